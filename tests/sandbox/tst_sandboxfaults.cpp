// The sandbox's misbehaviour switches and its request log, which the client's tests rely on.

#include "sandboxhttp.h"

#include <QElapsedTimer>
#include <QTest>

using namespace std::chrono_literals;
using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {
const QString configPath = QStringLiteral("/v2025/password-org-config");
} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<SandboxHttp>(*m_server);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
    }

    void requestsAreRecordedAsTheyArrive()
    {
        QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
        m_server->clearRequests();
        m_http->send("PUT", configPath, R"({"digitTokenLength":7})", { { "X-Custom", "yes" } });
        QCOMPARE(received.size(), 1);
        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        const RecordedRequest &put = requests.first();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.path, configPath);
        QCOMPARE(put.body, QByteArray(R"({"digitTokenLength":7})"));
        QCOMPARE(put.headers.value("x-custom"), QByteArray("yes"));
        QVERIFY(put.headers.value("authorization").startsWith("Bearer "));
        QCOMPARE(put.clientId, QStringLiteral("sandbox-admin"));
        QCOMPARE(put.status, 200);
        QCOMPARE(received.first().first().value<RecordedRequest>().path, configPath);

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        m_http->get(QStringLiteral("/v2025/public-identities"), query);
        QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("limit")),
            QStringLiteral("5"));
        QCOMPARE(m_server->requestCount("PUT", QStringLiteral("/password-org-config")), 1);
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/password-org-config")), 0);
        m_http->signIn(QStringLiteral("sandbox-readonly"));
        QCOMPARE(m_server->requestCount("POST", QStringLiteral("/oauth/token")), 1);
        QVERIFY(m_server->requests().last().clientId.isEmpty());
    }

    void delayedAnswersDoNotBlock()
    {
        m_server->clearRequests();
        m_server->setResponseDelay(400ms);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *first = m_http->start("GET", m_http->url(configPath));
        QNetworkReply *second
            = m_http->start("GET", m_http->url(QStringLiteral("/v3/password-org-config")));
        // The second arrives while the first still waits: the delay does not hold up the event
        // loop.
        QTRY_COMPARE(m_server->requestCount("GET", QStringLiteral("/password-org-config")), 2);
        QVERIFY(!first->isFinished());
        QCOMPARE(m_server->requests().first().status, 0);
        QCOMPARE(m_server->requests().last().status, 0);
        const HttpReply firstReply = SandboxHttp::finish(first);
        const HttpReply secondReply = SandboxHttp::finish(second);
        QCOMPARE(firstReply.status, 200);
        QCOMPARE(secondReply.status, 200);
        QVERIFY(clock.elapsed() >= 400);
        QCOMPARE(m_server->requests().last().status, 200);
    }

    void abandonedDelayedRequestIsHarmless()
    {
        m_server->setResponseDelay(200ms);
        QNetworkReply *reply = m_http->start("GET", m_http->url(configPath));
        QTRY_COMPARE(m_server->requestCount("GET", QStringLiteral("/password-org-config")), 1);
        reply->abort();
        reply->deleteLater();
        m_server->setResponseDelay(0ms);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        // The server goes away with an answer still pending.
        m_server->setResponseDelay(10s);
        m_http->start("GET", m_http->url(configPath));
        QTRY_COMPARE(m_server->requestCount("GET", QStringLiteral("/password-org-config")), 3);
        m_server.reset();
    }

    void droppedConnectionHasNoAnswer()
    {
        m_server->setDropConnections(true);
        const HttpReply reply = m_http->send("GET", configPath);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(m_server->requests().last().status, 0);
        // The token endpoint keeps working, and so does everything once the switch is off.
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        m_server->setDropConnections(false);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void droppedTokenEndpoint()
    {
        m_server->setDropTokenEndpoint(true);
        const HttpReply dropped = m_http->tokenRequest(SandboxHttp::credentials(
            QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret")));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/oauth/token"));
        QCOMPARE(m_server->requests().last().status, 0);
        // API routes still answer to a token already held.
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        m_server->setDropTokenEndpoint(false);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
    }

    void htmlErrorPage()
    {
        m_server->setHtmlResponse(502);
        const HttpReply reply = m_http->send("GET", configPath);
        QCOMPARE(reply.status, 502);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("<html>"));
        QVERIFY(!reply.header("SLPT-Request-ID").isEmpty());
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        m_server->setHtmlResponse(0);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void serverErrorHasATrackingId()
    {
        m_server->setServerError(true);
        const HttpReply reply = m_http->send("GET", configPath);
        QCOMPARE(reply.status, 500);
        const QString trackingId = reply.json.value(QLatin1String("trackingId")).toString();
        QCOMPARE(trackingId.size(), 32);
        QVERIFY(std::all_of(trackingId.cbegin(), trackingId.cend(),
            [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); }));
        QVERIFY(!reply.firstText("messages").isEmpty());
        m_server->setServerError(false);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void expiredTokensNeedANewOne()
    {
        m_server->expireAllTokens();
        const HttpReply expired = m_http->send("GET", configPath);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value(QLatin1String("error")).toString(),
            QStringLiteral("JWT validation failed: JWT is expired"));
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void shortLifetimeExpiresByItself()
    {
        m_server->setTokenLifetimeSeconds(1);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->send("GET", configPath).status, 401, 5000);
    }

    void rejectAllTokens()
    {
        m_server->setRejectAllTokens(true);
        QCOMPARE(m_http->send("GET", configPath).status, 401);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        QCOMPARE(m_http->send("GET", configPath).status, 401);
        m_server->setRejectAllTokens(false);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void addedClientsCanSignIn()
    {
        m_server->addClient({ QStringLiteral("custom"), QStringLiteral("s3cret&+="),
            { QStringLiteral("sp:scopes:all") }, QStringLiteral("everything") });
        const HttpReply token = m_http->tokenRequest(
            SandboxHttp::credentials(QStringLiteral("custom"), QStringLiteral("s3cret&+=")));
        QCOMPARE(token.status, 200);
        m_http->token = token.json.value(QLatin1String("access_token")).toString();
        QCOMPARE(m_http->send("PUT", configPath, R"({"digitTokenLength":9})").status, 200);
    }

    void tokenEndpointIsRateLimitedPerClient()
    {
        m_server->setRateLimit(1, 60);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-helpdesk")));
        const HttpReply limited = m_http->tokenRequest(SandboxHttp::credentials(
            QStringLiteral("sandbox-helpdesk"), QStringLiteral("sandbox-helpdesk-secret")));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-readonly")));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
