// Passdesk as main() starts it (PassdeskApp), with an in-memory keychain and a temporary config
// dir, against a sandbox tenant on loopback: choosing the tenant at start, switching with
// unsaved edits, the read-only lock, wrong and missing secrets, no keychain, sign out.

#include "accesstokenprovider.h"
#include "apiclient.h"
#include "appsettings.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "mainwindow.h"
#include "panels.h"
#include "passdeskapp.h"
#include "sandboxfixture.h"
#include "secretvault.h"
#include "tenantsession.h"
#include "tenantswitcher.h"
#include "tokendialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
const QString configPath = QStringLiteral("/password-org-config");

// PassdeskApp owns its keychain; this one hands everything to the test's in-memory keychain, so
// the test can look inside and keep it across restarts.
class ForwardingSecretStore final : public SecretStore
{
public:
    explicit ForwardingSecretStore(MemorySecretStore *target)
        : m_target(target)
    { }
    void read(const QString &key, QObject *context, Callback callback) override
    {
        m_target->read(key, context, std::move(callback));
    }
    void write(
        const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
        m_target->write(key, secret, context, std::move(callback));
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        m_target->remove(key, context, std::move(callback));
    }

private:
    MemorySecretStore *m_target;
};
} // namespace

class TestTenantSwitching : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<Sandbox::SandboxServer>();
        QVERIFY(m_server->listen());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_ids.clear();
    }

    void cleanup()
    {
        m_app.reset();
        m_keychain.reset();
        m_server.reset();
        m_configDir.reset();
    }

    void startsOnTheLastUsedTenant()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Acme helpdesk"), QStringLiteral("sandbox-helpdesk"));
        setLastUsed(m_ids.at(1));
        QVERIFY(start().isEmpty());
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(combo()->currentText(), QStringLiteral("Acme helpdesk"));
        QCOMPARE(label("tenantNameLabel")->text(), QStringLiteral("Acme helpdesk"));
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Test tenant"));
        QVERIFY(!m_app->sandboxRunning()); // the embedded sandbox starts only when used
    }

    void theComboWidensForALongerNameAddedLater()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        const int before = combo()->width();
        Tenant longer;
        longer.displayName = QStringLiteral("Acme Corporation, Northern Europe production");
        longer.address = m_server->baseUrl().toString();
        longer.clientId = QStringLiteral("sandbox-admin");
        longer.testTenant = true;
        QVERIFY(!m_app->session()->store()->save(longer).isEmpty());
        QTRY_VERIFY(combo()->width() > before);
        QVERIFY(combo()->sizeHint().width()
            > combo()->fontMetrics().horizontalAdvance(longer.displayName));
    }

    void tenantOptionChoosesByNameAndRefusesUnknownNames()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Globex"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start(QStringLiteral("globex")).isEmpty());
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        m_app.reset();

        const QString error = start(QStringLiteral("Initech"));
        QVERIFY(error.contains(QLatin1String("Initech")));
        QVERIFY(error.contains(QLatin1String("Acme admin")));
        QVERIFY(error.contains(QLatin1String("Globex")));
        QVERIFY(m_app->mainWindow() == nullptr);
    }

    void switchingWithUnsavedEditsAsksAndKeepsThemOnKeepEditing()
    {
        addTenant(QStringLiteral("First"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Second"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        const bool before = custom->isChecked();
        QTRY_VERIFY(custom->isEnabled());
        QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(4, custom->height() / 2));
        QCOMPARE(custom->isChecked(), !before);

        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("keepEditingButton")));
        QTRY_VERIFY(!visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QCOMPARE(m_app->session()->activeId(), m_ids.at(0));
        QCOMPARE(combo()->currentText(), QStringLiteral("First"));
        QCOMPARE(custom->isChecked(), !before);
        QVERIFY(window()->isWindowModified());

        // The combo asks the same way; this time the edit is discarded on purpose.
        combo()->setFocus();
        QTest::keyClick(combo(), Qt::Key_Down);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QCOMPARE(combo()->currentText(), QStringLiteral("First")); // not switched yet
        m_server->clearRequests();
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("discardAndSwitchButton")));
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(combo()->currentText(), QStringLiteral("Second"));
        QCOMPARE(custom->isChecked(), before);
        QVERIFY(!window()->isWindowModified());
        QCOMPARE(m_server->requestCount("GET", configPath), 1);
        QCOMPARE(m_server->requestCount("PUT", configPath), 0);
    }

    void tenantNamesInTheQuestionAreShownAsTyped()
    {
        addTenant(QStringLiteral("Acme <b>EU</b>"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("R&D"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        QTRY_VERIFY(custom->isEnabled());
        custom->click();
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        // The question is rich text; the names are the user's words and stay text.
        const QString text
            = visibleTopLevel<QMessageBox>(QStringLiteral("switchTenantMessageBox"))->text();
        QVERIFY2(text.contains(QLatin1String("Acme &lt;b&gt;EU&lt;/b&gt;")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("R&amp;D")), qPrintable(text));
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("keepEditingButton")));
    }

    void switchingWithoutEditsIsOneKeystroke()
    {
        addTenant(QStringLiteral("First"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Second"), QStringLiteral("sandbox-helpdesk"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QVERIFY(!visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-helpdesk")));
        // Ctrl+3 is the embedded sandbox, started on first use.
        QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        QVERIFY(m_app->sandboxRunning());
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Sandbox"));
        // Signed in to the embedded sandbox and its config shown.
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-admin")));
    }

    void productionIsMarkedAndTheLockBlocksWrites()
    {
        addTenant(QStringLiteral("Acme production"), QStringLiteral("sandbox-admin"),
            /*production=*/true, /*locked=*/true);
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Production"));
        QCOMPARE(child<PanelLabel>(window(), "environmentBadgeLabel")->panelStyle().background,
            QColor(0xc6, 0x28, 0x28));
        auto *notice = child<QLabel>(window(), "configReadOnlyLabel");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("locked read-only")));
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        QVERIFY(!custom->isEnabled());
        QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
        QCOMPARE(m_server->requestCount("PUT", configPath), 0);
        QCOMPARE(m_server->requestCount("POST", configPath), 0);
    }

    void wrongSecretShowsTheTokenEndpointsError()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"), false, false,
            QStringLiteral("wrong-secret"));
        QVERIFY(start().isEmpty());
        auto *summary = child<QLabel>(window(), "errorSummaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            summary->isVisible() && summary->text().contains(QLatin1String("401")), waitMs);
        QVERIFY(!child<QLabel>(window(), "errorMessagesLabel")->text().isEmpty());
        QCOMPARE(m_server->requestCount("GET", configPath), 0);
    }

    void missingSecretIsAskedForAndRemembered()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"), false, false, QString());
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QWidget *prompt = visibleTopLevel(QStringLiteral("secretPromptDialog"));
        QCOMPARE(m_server->requests().size(), 0);
        auto *remember = child<QCheckBox>(prompt, "rememberSecretPromptCheckBox");
        QVERIFY(remember->isEnabled() && remember->isChecked());
        auto *ok = child<QPushButton>(prompt, "secretPromptOkButton");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(prompt, "secretPromptLineEdit"),
            sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QTRY_VERIFY(
            m_keychain->contains(QStringLiteral("tenant/%1/client-secret").arg(m_ids.at(0))));
        QVERIFY(!child<QLabel>(window(), "keychainNoticeLabel")->isVisible());
        assertNoSecretInConfigDir();
    }

    void withoutKeychainItSaysSoOnceAndKeepsTheSecretForTheSession()
    {
        m_keychain->setAvailable(false);
        addTenant(
            QStringLiteral("First"), QStringLiteral("sandbox-admin"), false, false, QString());
        addTenant(
            QStringLiteral("Second"), QStringLiteral("sandbox-admin"), false, false, QString());
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QWidget *prompt = visibleTopLevel(QStringLiteral("secretPromptDialog"));
        QVERIFY(!child<QCheckBox>(prompt, "rememberSecretPromptCheckBox")->isEnabled());
        QVERIFY(child<QLabel>(prompt, "secretPromptNoteLabel")
                    ->text()
                    .contains(QLatin1String("this session only")));
        auto *notice = child<QLabel>(window(), "keychainNoticeLabel");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("never writes them to a file")));
        QTest::keyClicks(child<QLineEdit>(prompt, "secretPromptLineEdit"),
            sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QVERIFY(clickInWindow(
            QStringLiteral("secretPromptDialog"), QStringLiteral("secretPromptOkButton")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);

        // Away and back: the secret is still known this session, and nobody is told twice.
        QSignalSpy told(m_app->session()->vault(), &SecretVault::keychainUnavailable);
        window()->activateWindow(); // the closed prompt had the focus
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("secretPromptDialog")), waitMs);
        QVERIFY(clickInWindow(
            QStringLiteral("secretPromptDialog"), QStringLiteral("secretPromptCancelButton")));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(!visibleTopLevel(QStringLiteral("secretPromptDialog")));
        QCOMPARE(told.count(), 0);
        assertNoSecretInConfigDir();
    }

    void signOutForgetsTheTokenAndTheLookedUpCallers()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        TokenDialog *dialog = m_app->mainWindow()->openTokenDialog();
        auto *lookup = dialog->findChild<IdentityLookup *>();
        QVERIFY(lookup);
        QTest::keyClicks(child<QLineEdit>(dialog, "userIdLineEdit"), QStringLiteral("ab"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup->cachedResultCount() > 0, waitMs);
        QVERIFY(m_app->client()->accessTokens()->hasToken());
        auto *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QCOMPARE(lookup->cachedResultCount(), 0);
        QVERIFY(!m_app->client()->accessTokens()->hasToken());
    }

private:
    QString start(const QString &tenant = {})
    {
        StartupOptions options;
        options.configDir = m_configDir->path();
        options.tenant = tenant;
        options.language = QStringLiteral("en");
        m_app = std::make_unique<PassdeskApp>(
            options, std::make_unique<ForwardingSecretStore>(m_keychain.get()));
        return m_app->start();
    }

    void addTenant(const QString &name, const QString &clientId, bool production = false,
        bool locked = false, std::optional<QString> secret = std::nullopt)
    {
        AppSettings settings(m_configDir->path());
        TenantStore store(settings.backend());
        Tenant tenant;
        tenant.displayName = name;
        tenant.address = m_server->baseUrl().toString();
        tenant.clientId = clientId;
        tenant.testTenant = !production;
        tenant.readOnly = locked;
        tenant.id = store.save(tenant);
        m_ids.append(tenant.id);
        const QString value = secret.value_or(sandboxSecretFor(clientId));
        if (value.isEmpty())
            return;
        bool done = false;
        QObject context;
        const bool available = m_keychain->isAvailable();
        m_keychain->setAvailable(true);
        m_keychain->write(tenant.secretKey(), value, &context,
            [&done](const SecretStore::Result &) { done = true; });
        QTRY_VERIFY(done);
        m_keychain->setAvailable(available);
    }

    void setLastUsed(const QString &id)
    {
        AppSettings settings(m_configDir->path());
        TenantStore(settings.backend()).setLastUsedId(id);
    }

    void assertNoSecretInConfigDir()
    {
        m_app->settings()->backend()->sync();
        QDirIterator it(
            m_configDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const auto &client : Sandbox::builtInClients())
                QVERIFY2(
                    !bytes.contains(client.clientSecret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);
    }

    QWidget *window() const { return m_app->mainWindow(); }
    QComboBox *combo() const { return m_app->mainWindow()->tenantSwitcher()->comboBox(); }
    QLabel *label(const char *name) const { return child<QLabel>(window(), name); }
    bool loaded() const
    {
        return label("configStatusLabel")->text().startsWith(QLatin1String("Loaded"));
    }

    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<PassdeskApp> m_app;
    QStringList m_ids;
};

QTEST_MAIN(TestTenantSwitching)
#include "tst_tenantswitching.moc"
