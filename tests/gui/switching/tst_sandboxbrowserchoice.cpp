// Issue 19's "done when" as a new user meets it: the first-run assistant, the embedded
// sandbox, "Sign in with the browser" picked there, the helpdesk agent signed in on the
// sandbox's own page (a scripted browser), a caller looked up and a token generated, the
// config form read only for them, sign out, the org admin signed in and a config change saved.
// Then the choice is remembered, and the Tenants menu changes it back to the built-in client.

#include "browsersignindialog.h"
#include "browsersigninsteps.h"
#include "configpage.h"
#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/tenants/tenantsession.h"
#include "embeddedsandbox.h"
#include "firstrunassistant.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "tenantswitcher.h"
#include "tokendialog.h"

#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
} // namespace

class TestSandboxBrowserChoice : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_app = makePassdesk(m_configDir->path());
        m_app->session()->setBrowserOpener([](const QUrl &) { return true; }); // no real browser
    }

    void cleanup()
    {
        m_app.reset();
        m_configDir.reset();
    }

    void aNewUserPicksBrowserSignInForTheSandbox()
    {
        QVERIFY(m_app->start().isEmpty());
        FirstRunAssistant *assistant = m_app->firstRunAssistant();
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        // How to sign in is asked only once the sandbox is chosen.
        QVERIFY(!assistant->findChild<QRadioButton *>(
            QStringLiteral("sandboxBrowserSignInRadioButton")));
        click(child<QRadioButton>(assistant, "useSandboxRadioButton"));
        auto *browser = child<QRadioButton>(assistant, "sandboxBrowserSignInRadioButton");
        auto *apiClient = child<QRadioButton>(assistant, "sandboxApiClientRadioButton");
        QTRY_VERIFY(browser->isVisible() && apiClient->isVisible());
        QVERIFY(apiClient->isChecked()); // the default: no sign-in step
        QVERIFY(browser->text().contains(QLatin1String("browser")));
        QVERIFY(!child<QWidget>(assistant, "sandboxSignInWidget")->accessibleName().isEmpty());
        click(browser);
        QVERIFY(browser->isChecked() && !apiClient->isChecked());
        QVERIFY(child<QRadioButton>(assistant, "useSandboxRadioButton")->isChecked());
        auto *finish = child<QPushButton>(assistant, "assistantFinishButton");
        QTRY_VERIFY(finish->isVisible());
        QTest::mouseClick(finish, Qt::LeftButton);

        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QTRY_COMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        QCOMPARE(m_app->session()->sandboxSignIn(), TenantSession::SandboxSignIn::Browser);
        QVERIFY(m_app->settings()->sandboxBrowserSignIn()); // remembered

        // The first request finds no sign-in: the browser sign-in dialog asks.
        BrowserSignInDialog *dialog = steps().waitForSignInDialog();
        QVERIFY(dialog);
        QCOMPARE(m_app->client()->connection().authMethod, AuthMethod::BrowserSignIn);
        steps().signIn(dialog, QStringLiteral("Dana.Okafor"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);

        // A helpdesk agent sees the config read only, and says why; looks a caller up and
        // generates a token for them.
        steps().configIsReadOnlyFor(QStringLiteral("Dana.Okafor with the user level Helpdesk"));
        m_app->mainWindow()->generateTokenAction()->trigger();
        auto *tokens = window()->findChild<TokenDialog *>();
        steps().generateATokenForMaria(tokens);
        if (QTest::currentTestFailed())
            return;
        tokens->close();

        // Sign out; the org admin signs in and saves a change.
        steps().signOut();
        steps().orgAdminSignsInAndSavesAConfigValue();
    }

    void theTenantsMenuSwitchesTheSandboxBackToItsApiClient()
    {
        // Remembered from an earlier run: the sandbox signs in with the browser.
        AppSettings(m_configDir->path()).setSandboxBrowserSignIn(true);
        m_app = makePassdesk(m_configDir->path(), /*sandbox=*/true);
        m_app->session()->setBrowserOpener([](const QUrl &) { return true; });
        QVERIFY(m_app->start().isEmpty());
        QVERIFY(steps().waitForSignInDialog());
        QCOMPARE(m_app->client()->connection().authMethod, AuthMethod::BrowserSignIn);

        // The submenu is made when the Tenants menu first opens.
        auto *tenants = window()->findChild<QMenu *>(QStringLiteral("tenantMenu"));
        QVERIFY(tenants);
        QVERIFY(!window()->findChild<QMenu *>(QStringLiteral("sandboxSignInMenu")));
        m_app->mainWindow()->tenantSwitcher()->openBrowserSignIn()->reject();
        tenants->popup(window()->mapToGlobal(QPoint(20, 20)));
        QTRY_VERIFY(tenants->isVisible());
        auto *menu = window()->findChild<QMenu *>(QStringLiteral("sandboxSignInMenu"));
        QVERIFY(menu);
        QVERIFY(tenants->actions().contains(menu->menuAction()));
        auto *browser = menu->findChild<QAction *>(QStringLiteral("sandboxBrowserSignInAction"));
        auto *apiClient
            = menu->findChild<QAction *>(QStringLiteral("sandboxApiClientSignInAction"));
        QVERIFY(browser && apiClient);
        QVERIFY(browser->isChecked() && !apiClient->isChecked());
        tenants->close();

        apiClient->trigger();
        QVERIFY(apiClient->isChecked() && !browser->isChecked());
        // The built-in client (the org admin's personal access token) signs in, no dialog.
        QTRY_COMPARE(m_app->client()->connection().authMethod, AuthMethod::ClientCredentials);
        QCOMPARE(m_app->client()->connection().clientId, QStringLiteral("sandbox-admin"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Grace.Hopper (Org admin)"));
        QVERIFY(!m_app->mainWindow()->tenantSwitcher()->openBrowserSignIn());
        QVERIFY(!m_app->settings()->sandboxBrowserSignIn());
        QCOMPARE(AppSettings(m_configDir->path()).sandboxBrowserSignIn(), false);
    }

private:
    static void click(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    BrowserSignInSteps steps() const { return { *m_app, *m_app->sandbox()->server() }; }
    QWidget *window() const { return m_app->mainWindow(); }
    QLabel *label(const char *name) const { return child<QLabel>(window(), name); }
    bool loaded() const { return steps().loaded(); }

    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
};

QTEST_MAIN(TestSandboxBrowserChoice)
#include "tst_sandboxbrowserchoice.moc"
