// The sandbox inside Passdesk (sandbox mode): it serves on loopback from the thread that made
// it, and making it past QtHttpServer 6.4's TLS loading leaves no trace: Qt's plugin paths and
// TLS warnings are as they were, and https works afterwards as it did before.

#include "embeddedsandbox.h"
#include "sandboxhttp.h"
#include "sandboxserver.h"
#include "tlsfixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestEmbeddedSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Made before anything in this process has used TLS, as in `passdesk --sandbox`.
        m_pluginPaths = QCoreApplication::libraryPaths();
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>();
    }

    void listensOnLoopbackAndServesTheOrgConfig()
    {
        const QUrl apiRoot = m_sandbox->apiRoot();
        QVERIFY(apiRoot.isValid());
        QCOMPARE(apiRoot.scheme(), QStringLiteral("http"));
        QCOMPARE(apiRoot.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(apiRoot.port() > 0);
        SandboxHttp http(*m_sandbox->server());
        QVERIFY(http.signIn(QStringLiteral("sandbox-admin")));
        const HttpReply config = http.send("GET", QStringLiteral("/v3/password-org-config"));
        QCOMPARE(config.status, 200);
        QVERIFY(config.json.contains(QLatin1String("digitTokenLength")));
    }

    void leavesPluginPathsAndTlsWarningsAsTheyWere()
    {
        QCOMPARE(QCoreApplication::libraryPaths(), m_pluginPaths);
        QVERIFY(!m_pluginPaths.isEmpty());
        const QLoggingCategory tls("qt.network.ssl");
        QVERIFY(tls.isWarningEnabled());
    }

    void loadsNoTlsLibraryForPlainHttp()
    {
#ifdef Q_OS_LINUX
        // What WithoutTlsPluginScope is for: QtHttpServer 6.4's constructor would load OpenSSL.
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        QVERIFY(!maps.readAll().contains("libssl"));
#else
        QSKIP("reads /proc/self/maps");
#endif
    }

    void requestDumpsStayOutOfTheLog()
    {
        // QtHttpServer's debug output holds whole requests, client secrets included.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.*.debug=true"));
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
        const QLoggingCategory requests("qt.httpserver.request");
        QVERIFY(!requests.isDebugEnabled());
        const QLoggingCategory other("qt.network.ssl");
        QVERIFY(other.isDebugEnabled()); // the rule itself is in force
    }

    void httpsWorksAfterwards()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        const auto trusted = trustForThisTest(certificate);

        Sandbox::SandboxServer server;
        server.setTls(certificate, testKey());
        QVERIFY(server.listen());
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        SandboxHttp http(server);
        QVERIFY(http.signIn(QStringLiteral("sandbox-admin")));
    }

private:
    QStringList m_pluginPaths;
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestEmbeddedSandbox)
#include "tst_embeddedsandbox.moc"
