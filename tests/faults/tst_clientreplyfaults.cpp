// The API client against replies that break on the way, over real loopback sockets (a raw TCP
// responder): connections refused, closed, reset or gone silent, bodies cut short, endless or
// malformed (broken JSON, wrong types, HTML, broken error bodies, gzip that does not inflate),
// at the API and at the token endpoint. Each case checks the error kind, words a person
// understands, and that the server saw exactly the requests the caller asked for: writes and
// token requests are never repeated. Refusals (rate limits, TLS, a redirect to another host,
// input) are in tst_clientrefusalfaults.

#include "clientfaultrig.h"

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;

class TestClientReplyFaults : public QObject, private ClientFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void scriptedAnswers_data();
    void scriptedAnswers();
    void digitTokenPostIsNeverRepeated_data();
    void digitTokenPostIsNeverRepeated();
    void configWritesAreNeverRepeated();
    void connectionRefused();
    void endlessBodyIsCutAtTheCap();
    void tokenEndpointTransferFaults_data();
    void tokenEndpointTransferFaults();
};

void TestClientReplyFaults::scriptedAnswers_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status"); // what the error carries; 0 when no status arrived
    QTest::addColumn<QString>("words"); // part of what the user reads
    QTest::addColumn<int>("sent"); // GETs the server saw for one call

    const QByteArray json = QByteArrayLiteral("application/json");
    auto send = [](int status, const QByteArray &type, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        return RawResponder::response(status, type, body, headers);
    };
    // Qt itself sends an idempotent GET once more on a new connection when the server closes
    // the first before any byte of an answer (RFC 9110 allows it); once, never a storm. Writes
    // are never repeated (digitTokenPostIsNeverRepeated, configWritesAreNeverRepeated).
    QTest::newRow("closed before answering")
        << Act::Close << QByteArray() << ApiError::Kind::Network << 0
        << QStringLiteral("could not reach the server") << 2;
    QTest::newRow("reset before answering")
        << Act::Reset << QByteArray() << ApiError::Kind::Network << 0
        << QStringLiteral("could not reach the server") << 2;
    QTest::newRow("closed in the middle of the body")
        << Act::Send << partialResponse(500, 100) << ApiError::Kind::Network << 0
        << QStringLiteral("closed the connection before the answer was complete") << 1;
    QTest::newRow("reset in the middle of the body")
        << Act::SendThenReset << partialResponse(500, 100) << ApiError::Kind::Network << 0
        << QStringLiteral("could not reach the server") << 1;
    QTest::newRow("headers, then silence")
        << Act::SendThenHang << partialResponse(500, 0) << ApiError::Kind::Timeout << 0
        << QStringLiteral("took too long to answer") << 1;
    QTest::newRow("declares more than 1 MiB")
        << Act::SendThenHang << partialResponse(64 * 1024 * 1024, 10) << ApiError::Kind::TooLarge
        << 200 << QStringLiteral("over 1 MiB") << 1;
    QTest::newRow("truncated JSON")
        << Act::Send << send(200, json, R"({"digitTokenLength": 8,)")
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("could not be read") << 1;
    QTest::newRow("malformed JSON")
        << Act::Send << send(200, json, R"({digitTokenLength: 8})")
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("could not be read") << 1;
    QTest::newRow("length as a string")
        << Act::Send << send(200, json, R"({"digitTokenLength":"8"})")
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("digitTokenLength") << 1;
    QTest::newRow("null everywhere")
        << Act::Send
        << send(200, json,
               R"({"customInstructionsEnabled":null,"digitTokenEnabled":null,"digitTokenDurationMinutes":null,"digitTokenLength":null})")
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("customInstructionsEnabled")
        << 1;
    QTest::newRow("an array instead of an object")
        << Act::Send << send(200, json, "[1,2,3]") << ApiError::Kind::UnreadableBody << 200
        << QStringLiteral("not a JSON object") << 1;
    QTest::newRow("empty body with 200")
        << Act::Send << send(200, json, {}) << ApiError::Kind::UnreadableBody << 200
        << QStringLiteral("could not be read") << 1;
    QTest::newRow("HTML with 200")
        << Act::Send
        << send(200, "text/html",
               "<html><head><title>Down for maintenance</title></head><body>x</body></html>")
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("Down for maintenance") << 1;
    QTest::newRow("HTML with 502")
        << Act::Send
        << send(502, "text/html",
               "<html><head><title>502 Bad Gateway</title></head><body><h1>x</h1></body></html>")
        << ApiError::Kind::Http << 502 << QStringLiteral("502 Bad Gateway") << 1;
    QTest::newRow("messages as an object")
        << Act::Send
        << send(400, json,
               R"({"detailCode":"400.1 Bad Request Content","messages":{"locale":"en-US","text":"x"}})")
        << ApiError::Kind::Http << 400 << QStringLiteral("refused the request as invalid") << 1;
    QTest::newRow("null everywhere in an error")
        << Act::Send
        << send(400, json,
               R"({"detailCode":null,"trackingId":null,"messages":null,"causes":[null,{"text":null}]})")
        << ApiError::Kind::Http << 400 << QStringLiteral("refused the request as invalid") << 1;
    QTest::newRow("wrong types in an error")
        << Act::Send
        << send(500, json, R"({"detailCode":5,"trackingId":[],"messages":[{"text":7}]})")
        << ApiError::Kind::Http << 500 << QStringLiteral("internal problem (HTTP 500)") << 1;
    QTest::newRow("302 to plain http")
        << Act::Send
        << send(302, {}, {}, { { "Location", "http://127.0.0.1:9/v2025/password-org-config" } })
        << ApiError::Kind::Redirect << 302 << QStringLiteral("does not follow redirects") << 1;
    QTest::newRow("gzip that does not inflate")
        << Act::Send
        << send(200, json, "this is not gzip at all", { { "Content-Encoding", "gzip" } })
        << ApiError::Kind::Undecodable << 200 << QStringLiteral("could not be unpacked") << 1;
}

void TestClientReplyFaults::scriptedAnswers()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, words);
    QFETCH(int, sent);
    m_raw->setAnswer(orgConfigSuffix, { act, bytes });

    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, kind);
    QCOMPARE(outcome->error.httpStatus, status);
    QVERIFY2(shownText(outcome->error).contains(words, Qt::CaseInsensitive),
        qPrintable(shownText(outcome->error)));
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), sent); // Passdesk itself never retries

    // The next attempt is one more request, and works once the server behaves.
    m_raw->setAnswer(orgConfigSuffix, RawResponder::send(200, "application/json", validConfigJson));
    auto again = loadConfig();
    QVERIFY2(!again->error.isError(), qPrintable(again->error.summary()));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), sent + 1);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
}

// The ways a transfer breaks that both the token endpoint and a digit token POST must survive.
static void addBrokenTransferRows()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("reset before answering")
        << Act::Reset << QByteArray() << ApiError::Kind::Network;
    QTest::newRow("reset in the middle of the body")
        << Act::SendThenReset << partialResponse(500, 100) << ApiError::Kind::Network;
    QTest::newRow("headers, then silence")
        << Act::SendThenHang << partialResponse(500, 0) << ApiError::Kind::Timeout;
}

void TestClientReplyFaults::digitTokenPostIsNeverRepeated_data()
{
    addBrokenTransferRows();
    QTest::newRow("closed before answering")
        << Act::Close << QByteArray() << ApiError::Kind::Network;
}

// A repeated POST is a second token for the caller: whatever the server does, one click is
// one request.
void TestClientReplyFaults::digitTokenPostIsNeverRepeated()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(ApiError::Kind, kind);
    m_raw->setAnswer(digitSuffix, { act, bytes });
    DigitTokenRequest request;
    request.userId = QStringLiteral("abby.smith");
    auto outcome = capture(m_client->generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, faultWaitMs);
    QCOMPARE(outcome->error.kind, kind);
    QCOMPARE(m_raw->requestCount(digitSuffix), 1);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
}

void TestClientReplyFaults::configWritesAreNeverRepeated()
{
    m_raw->setAnswer(orgConfigSuffix, { Act::Reset, {} });
    OrgConfigChange change;
    change.digitTokenLength = 9;
    auto put = capture(m_client->updateOrgConfig(change));
    QTRY_VERIFY_WITH_TIMEOUT(put->done, faultWaitMs);
    QCOMPARE(put->error.kind, ApiError::Kind::Network);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
    auto post = capture(m_client->createOrgConfig(OrgConfig {}));
    QTRY_VERIFY_WITH_TIMEOUT(post->done, faultWaitMs);
    QCOMPARE(post->error.kind, ApiError::Kind::Network);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 2);
    QCOMPARE(m_raw->requests().last().method, QByteArray("POST"));
}

void TestClientReplyFaults::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    m_client->setConnection(connectionTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    auto outcome = loadConfig();
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("refused the connection")),
        qPrintable(shownText(outcome->error)));
    QCOMPARE(m_client->accessTokens()->tokenRequestCount(), 1);
}

void TestClientReplyFaults::endlessBodyIsCutAtTheCap()
{
    m_raw->setAnswer(orgConfigSuffix, { Act::Endless, openEndedHeaders() });
    auto outcome = loadConfig();
    QCOMPARE(outcome->error.kind, ApiError::Kind::TooLarge);
    QVERIFY(outcome->error.summary().contains(QLatin1String("1 MiB")));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
    // The client stopped reading soon after the cap, long before the responder's own limit.
    QVERIFY2(m_raw->endlessBytesWritten() < 16 * 1024 * 1024,
        qPrintable(QString::number(m_raw->endlessBytesWritten())));
}

void TestClientReplyFaults::tokenEndpointTransferFaults_data()
{
    addBrokenTransferRows();
    QTest::newRow("a body that never ends")
        << Act::Endless << openEndedHeaders() << ApiError::Kind::TooLarge;
    QTest::newRow("HTML with 200")
        << Act::Send
        << RawResponder::response(200, "text/html", "<html><title>Proxy</title></html>")
        << ApiError::Kind::UnreadableBody;
}

void TestClientReplyFaults::tokenEndpointTransferFaults()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(ApiError::Kind, kind);
    m_raw->setAnswer(tokenSuffix, { act, bytes });
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, kind);
    QVERIFY(!outcome->error.summary().isEmpty());
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 0);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1); // never repeated: the secret goes out once
    QVERIFY(m_raw->endlessBytesWritten() < 16 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestClientReplyFaults)
#include "tst_clientreplyfaults.moc"
