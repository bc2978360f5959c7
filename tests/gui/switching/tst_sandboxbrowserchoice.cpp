// Issue 19's "done when" as a new user meets it: the first-run assistant, the embedded
// sandbox, "Sign in with the browser" picked there, the helpdesk agent signed in on the
// sandbox's own page (a scripted browser), a caller looked up and a token generated, the
// config form read only for them, sign out, the org admin signed in and a config change saved.
// Then the choice is remembered, and the Tenants menu changes it back to the built-in client.

#include "browsersignindialog.h"
#include "configpage.h"
#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/tenants/tenantsession.h"
#include "embeddedsandbox.h"
#include "firstrunassistant.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "sandboxserver.h"
#include "tenantswitcher.h"
#include "testbrowser.h"
#include "tokendialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
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
        m_app->session()->setBrowserOpener([this](const QUrl &url) {
            m_opened = url;
            return true;
        });
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
        BrowserSignInDialog *dialog = waitForSignInDialog();
        QVERIFY(dialog);
        QCOMPARE(m_app->client()->connection().authMethod, AuthMethod::BrowserSignIn);
        signIn(dialog, QStringLiteral("Dana.Okafor"));
        QTRY_COMPARE_WITH_TIMEOUT(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);

        // A helpdesk agent sees the config read only, and says why.
        QLabel *notice = label("configReadOnlyLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("Dana.Okafor with the user level Helpdesk")),
            qPrintable(notice->text()));
        QVERIFY(!child<QSpinBox>(window(), "digitTokenLengthSpinBox")->isEnabled());

        // ... looks a caller up and generates a token for them.
        m_app->mainWindow()->generateTokenAction()->trigger();
        auto *tokens = window()->findChild<TokenDialog *>();
        QVERIFY(tokens);
        QVERIFY(QTest::qWaitForWindowExposed(tokens));
        auto *userId = child<QLineEdit>(tokens, "userIdLineEdit");
        userId->setFocus();
        QTest::keyClicks(userId, QStringLiteral("Maria"));
        QAbstractItemView *popup = tokens->findChild<IdentityLookup *>()->suggestions();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), waitMs);
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(userId->text(), QStringLiteral("Maria.Garcia"));
        child<QCheckBox>(tokens, "callerVerifiedCheckBox")->setChecked(true);
        child<QPushButton>(tokens, "generateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(tokens, "tokenGroupBox")->isVisible(), waitMs);
        QVERIFY(!sandbox()->lastDigitToken().isEmpty());
        tokens->close();

        // Sign out; the org admin signs in and saves a change.
        m_app->mainWindow()->tenantSwitcher()->signOutAction()->trigger();
        QTRY_COMPARE(label("signedInLabel")->text(), QStringLiteral("Not signed in"));
        window()->findChild<QAction *>(QStringLiteral("configRefreshAction"))->trigger();
        dialog = waitForSignInDialog();
        QVERIFY(dialog);
        signIn(dialog, QStringLiteral("Grace.Hopper"));
        QTRY_COMPARE_WITH_TIMEOUT(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Grace.Hopper (Org admin)"), waitMs);
        auto *length = child<QSpinBox>(window(), "digitTokenLengthSpinBox");
        QTRY_VERIFY_WITH_TIMEOUT(loaded() && length->isEnabled(), waitMs);
        QVERIFY(!label("configReadOnlyLabel")->isVisible());
        length->setValue(length->value() == 8 ? 9 : 8);
        const int wanted = length->value();
        child<QPushButton>(window(), "configSaveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog")), waitMs);
        QVERIFY(clickInWindow(
            QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(
            sandbox()->orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), wanted,
            waitMs);
    }

    void theTenantsMenuSwitchesTheSandboxBackToItsApiClient()
    {
        // Remembered from an earlier run: the sandbox signs in with the browser.
        AppSettings(m_configDir->path()).setSandboxBrowserSignIn(true);
        m_app = makePassdesk(m_configDir->path(), /*sandbox=*/true);
        m_app->session()->setBrowserOpener([](const QUrl &) { return true; });
        QVERIFY(m_app->start().isEmpty());
        QVERIFY(waitForSignInDialog());
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

    QWidget *window() const { return m_app->mainWindow(); }
    Sandbox::SandboxServer *sandbox() const { return m_app->sandbox()->server(); }
    QLabel *label(const char *name) const { return child<QLabel>(window(), name); }
    bool loaded() const
    {
        return label("configStatusLabel")->text().startsWith(QLatin1String("Loaded"));
    }

    BrowserSignInDialog *waitForSignInDialog()
    {
        TenantSwitcher *switcher = m_app->mainWindow()->tenantSwitcher();
        if (!QTest::qWaitFor(
                [switcher] {
                    return switcher->openBrowserSignIn() != nullptr
                        && switcher->openBrowserSignIn()->isVisible();
                },
                waitMs))
            return nullptr;
        return switcher->openBrowserSignIn();
    }

    void signIn(BrowserSignInDialog *dialog, const QString &person)
    {
        QPointer<BrowserSignInDialog> guard(dialog);
        m_opened = {};
        child<QPushButton>(dialog, "browserSignInOpenButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), waitMs);
        TestBrowser browser(*sandbox());
        QCOMPARE(browser.signIn(m_opened, person).status, 302);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, waitMs); // accepted and gone
    }

    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
    QUrl m_opened;
};

QTEST_MAIN(TestSandboxBrowserChoice)
#include "tst_sandboxbrowserchoice.moc"
