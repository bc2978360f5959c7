// `passdesk --sandbox` as main() runs it: the sandbox tenant runs inside Passdesk; Passdesk
// signs in to it and shows its org config, and leaves no sandbox listening when it ends.

#include "browsersignindialog.h"
#include "configpage.h"
#include "core/api/apiclient.h"
#include "core/secrets/memorysecretstore.h"
#include "tenantswitcher.h"
#include "testbrowser.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "sandboxserver.h"
#include "core/tenants/tenantsession.h"

#include <QLabel>
#include <QPushButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Passdesk;

namespace {
constexpr int waitMs = 10000;
} // namespace

class TestSandboxStart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_app = Testing::makePassdesk(m_configDir->path(), /*sandbox=*/true);
    }

    void cleanup()
    {
        m_app.reset();
        m_configDir.reset();
    }

    void showsTheSandboxesOrgConfigAndStopsItOnQuit()
    {
        QVERIFY(m_app->start().isEmpty());
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->configPage()->loadedConfig().has_value(), waitMs);
        QCOMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        Sandbox::EmbeddedSandbox *sandbox = m_app->sandbox();
        QVERIFY(sandbox);
        QCOMPARE(sandbox->server()->requestCount("GET", QStringLiteral("/password-org-config")), 1);
        const QUrl apiRoot = sandbox->apiRoot();

        m_app.reset(); // what quitting Passdesk does
        QTcpSocket probe;
        probe.connectToHost(apiRoot.host(), quint16(apiRoot.port()));
        QVERIFY(!probe.waitForConnected(waitMs));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void theBrowserClientSignsInWithTheBrowser()
    {
        // passdesk --sandbox --sandbox-client browser
        StartupOptions options;
        options.configDir = m_configDir->path();
        options.language = QStringLiteral("en");
        options.sandbox = true;
        options.sandboxClient = QStringLiteral("browser");
        m_app = std::make_unique<PassdeskApp>(options, std::make_unique<MemorySecretStore>());
        QUrl opened;
        m_app->session()->setBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        QVERIFY(m_app->start().isEmpty());
        TenantSwitcher *switcher = m_app->mainWindow()->tenantSwitcher();
        QTRY_VERIFY_WITH_TIMEOUT(switcher->openBrowserSignIn(), waitMs);
        QCOMPARE(m_app->client()->connection().authMethod, AuthMethod::BrowserSignIn);
        QCOMPARE(m_app->client()->connection().clientId, QStringLiteral("passdesk-desktop"));
        QPointer<BrowserSignInDialog> dialog = switcher->openBrowserSignIn();
        dialog->findChild<QPushButton *>(QStringLiteral("browserSignInOpenButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), waitMs);
        Testing::TestBrowser browser(*m_app->sandbox()->server());
        QCOMPARE(browser.signIn(opened, QStringLiteral("Dana.Okafor")).status, 302);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow()->configPage()->loadedConfig().has_value(), waitMs);
        QCOMPARE(m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
            QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
};

QTEST_MAIN(TestSandboxStart)
#include "tst_sandboxstart.moc"
