// Which proxy Passdesk uses: the system's for a tenant out there, none for loopback (the
// sandbox), whatever the system says.

#include "core/api/apiclient.h"
#include "core/connection/proxyfactory.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Passdesk;

class TestProxyFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A proxy for everything, as a corporate desktop may have (libproxy reads these).
        qputenv("http_proxy", "http://proxy.example:3128");
        qputenv("https_proxy", "http://proxy.example:3128");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
    }

    void loopbackGoesDirect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("IPv4") << QStringLiteral("http://127.0.0.1:40123/v2025/password-org-config");
        QTest::newRow("IPv4 range") << QStringLiteral("http://127.8.9.10:8080/oauth/token");
        QTest::newRow("IPv6") << QStringLiteral("http://[::1]:40123/oauth/token");
        QTest::newRow("name") << QStringLiteral("http://localhost:40123/oauth/token");
        QTest::newRow("name, any case") << QStringLiteral("https://LocalHost/oauth/token");
    }

    void loopbackGoesDirect()
    {
        QFETCH(QString, url);
        ProxyFactory factory;
        const QList<QNetworkProxy> proxies
            = factory.queryProxy(QNetworkProxyQuery(QUrl(url), QNetworkProxyQuery::UrlRequest));
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }

    void otherHostsGetTheSystemsProxy()
    {
        ProxyFactory factory;
        for (const QString &url : { QStringLiteral("https://acme.api.identitynow.com/v2025/"),
                 QStringLiteral("http://10.0.0.5/oauth/token"),
                 QStringLiteral("https://localhost.example.com/"),
                 // Loopback as isLoopbackHost() says for plain http: a name under .localhost
                 // is not guaranteed to resolve to this machine.
                 QStringLiteral("http://sandbox.localhost:1/oauth/token") }) {
            const QNetworkProxyQuery query(QUrl(url), QNetworkProxyQuery::UrlRequest);
            const QList<QNetworkProxy> proxies = factory.queryProxy(query);
            QCOMPARE(proxies, QNetworkProxyFactory::systemProxyForQuery(query));
            QVERIFY2(!proxies.isEmpty(), qPrintable(url));
            QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
            QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy.example"));
            QCOMPARE(proxies.first().port(), quint16(3128));
        }
    }

    void theApiClientsNetworkUsesIt()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        QVERIFY(dynamic_cast<ProxyFactory *>(network.proxyFactory()));
    }
};

QTEST_GUILESS_MAIN(TestProxyFactory)
#include "tst_proxyfactory.moc"
