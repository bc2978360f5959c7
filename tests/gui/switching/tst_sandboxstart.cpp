// `passdesk --sandbox` as main() runs it: the sandbox tenant runs inside Passdesk; Passdesk
// signs in to it and shows its org config, and leaves no sandbox listening when it ends.

#include "configpage.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "sandboxserver.h"
#include "core/tenants/tenantsession.h"

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

private:
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
};

QTEST_MAIN(TestSandboxStart)
#include "tst_sandboxstart.moc"
