// ApiClient::preconnect opens the connection to a tenant before the first request (while the
// keychain is read and the window is made): it sends nothing, and the first request goes over
// that very connection, for http and for https (where the TLS handshake is the slow part).
// The far ends here only accept and watch which bytes arrive, on which connection.

#include "core/api/apiclient.h"
#include "core/net/replyguard.h"
#include "tlsfixtures.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;

// The first connection `server` accepts.
QTcpSocket *firstConnection(QTcpServer &server)
{
    if (!server.hasPendingConnections()
        && !QTest::qWaitFor([&] { return server.hasPendingConnections(); }, waitMs))
        return nullptr;
    return server.nextPendingConnection();
}

// Preconnects to `server`, then sends one request: it must be the first thing that arrives on
// the preconnected connection, and no second connection may be opened for it.
void expectFirstRequestOverThePreconnection(QTcpServer &server, const QString &scheme)
{
    QUrl apiRoot;
    apiRoot.setScheme(scheme);
    apiRoot.setHost(QStringLiteral("127.0.0.1"));
    apiRoot.setPort(server.serverPort());
    QNetworkAccessManager network;
    ApiClient client(&network);

    client.preconnect(apiRoot);
    QTcpSocket *preconnected = firstConnection(server); // a QSslServer hands on after the handshake
    QVERIFY(preconnected);
    if (auto *tls = qobject_cast<QSslSocket *>(preconnected))
        QVERIFY(tls->isEncrypted());
    QCOMPARE(preconnected->bytesAvailable(), 0);

    // A request as Passdesk makes them (ReplyGuard::prepare: its protocol, which the preconnect
    // offers too; Qt reuses a connection only for requests of the kind it was opened for).
    QNetworkRequest request(apiRoot.resolved(QUrl(QStringLiteral("/probe"))));
    ReplyGuard::prepare(request, RequestLimits {});
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(preconnected->bytesAvailable() > 0, waitMs);
    QVERIFY(preconnected->readAll().startsWith("GET /probe HTTP/1.1"));
    QVERIFY(!server.hasPendingConnections());
    reply->abort();
}

} // namespace

class TestPreconnect : public QObject
{
    Q_OBJECT

private slots:
    void httpOpensTheConnectionTheFirstRequestUses()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        expectFirstRequestOverThePreconnection(server, QStringLiteral("http"));
    }

    void httpsFinishesTheHandshakeTheFirstRequestUses()
    {
        const QSslCertificate certificate = testCertificate();
        const QSslKey key = testKey();
        QVERIFY(!certificate.isNull() && !key.isNull());
        const auto trusted = trustForThisTest(certificate);

        QSslServer server;
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(certificate);
        serverTls.setPrivateKey(key);
        serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(serverTls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        expectFirstRequestOverThePreconnection(server, QStringLiteral("https"));
    }

    void otherSchemesAreLeftAlone()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.preconnect(QUrl(QStringLiteral("ftp://127.0.0.1:21")));
        client.preconnect(QUrl());
        QVERIFY(network.findChildren<QNetworkReply *>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreconnect)
#include "tst_preconnect.moc"
