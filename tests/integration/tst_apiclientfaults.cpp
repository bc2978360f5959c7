// The API client when the server or the network misbehaves: timeouts, dropped connections,
// cancellation, HTML error pages, 500s and oversized answers, over real loopback HTTP.

#include "replycapture.h"
#include "sandboxfixture.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

namespace {
constexpr int waitMs = 10000;
} // namespace

class TestApiClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void transferTimeoutGivesTimeoutError();
    void droppedConnectionGivesNetworkError();
    void abortCancelsInFlightRequest();
    void htmlErrorPageIsSummarised();
    void serverErrorCarriesTrackingId();
    void oversizedBodyIsRefused();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestApiClientFaults::transferTimeoutGivesTimeoutError()
{
    auto warmUp = capture(m_fixture->client.getOrgConfig()); // token first, without delay
    QTRY_VERIFY_WITH_TIMEOUT(warmUp->done, waitMs);
    m_fixture->server.setResponseDelay(3s);
    m_fixture->client.setTransferTimeout(200ms);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY(!outcome->error.summary().isEmpty());
}

void TestApiClientFaults::droppedConnectionGivesNetworkError()
{
    m_fixture->server.setDropConnections(true);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY(!outcome->error.technicalDetail.isEmpty());
}

void TestApiClientFaults::abortCancelsInFlightRequest()
{
    m_fixture->server.setResponseDelay(2s);
    OrgConfigReply *reply = m_fixture->client.getOrgConfig();
    auto outcome = capture(reply);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requests().size(), 1, waitMs); // the token request
    reply->abort();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Canceled);
}

void TestApiClientFaults::htmlErrorPageIsSummarised()
{
    auto warmUp = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(warmUp->done, waitMs);
    m_fixture->server.setHtmlResponse(502);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.httpStatus, 502);
    QVERIFY(!outcome->error.bodySummary.isEmpty());
    QVERIFY(!outcome->error.bodySummary.contains(u'<'));
    QVERIFY(outcome->error.bodySummary.size() <= 200);
}

void TestApiClientFaults::serverErrorCarriesTrackingId()
{
    auto warmUp = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(warmUp->done, waitMs);
    m_fixture->server.setServerError(true);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.httpStatus, 500);
    QCOMPARE(outcome->error.trackingId.size(), 32);
    QVERIFY(!outcome->error.requestId.isEmpty());
    QVERIFY(outcome->error.detailsText({}).contains(outcome->error.trackingId));
}

void TestApiClientFaults::oversizedBodyIsRefused()
{
    // A server that answers with 2 MiB: QtHttpServer on loopback, no hand-written HTTP.
    QHttpServer server;
    server.route(QStringLiteral("/oauth/token"), [] {
        return QHttpServerResponse(QJsonObject {{QStringLiteral("access_token"), QStringLiteral("t")},
                                                {QStringLiteral("expires_in"), 600}});
    });
    server.route(QStringLiteral("/v2025/password-org-config"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(2 * 1024 * 1024, ' '));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    ConnectionSettings connection;
    connection.apiRoot = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    connection.clientId = QStringLiteral("client");
    connection.clientSecret = QStringLiteral("secret");
    m_fixture->client.setConnection(connection);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.kind, ApiError::Kind::TooLarge);
    QVERIFY(outcome->error.summary().contains(QLatin1String("1 MiB")));
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclientfaults.moc"
