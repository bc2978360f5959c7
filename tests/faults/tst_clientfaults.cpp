// The API client against servers that misbehave on purpose, over real loopback sockets: a raw
// TCP responder for byte-level faults, the sandbox in TLS mode with a self-signed certificate,
// a port where nothing listens. Each case checks the error kind, words a person understands,
// and that the server saw exactly the requests the caller asked for (no hidden retries).

#include "faulttesting.h"
#include "replycapture.h"
#include "sandboxfixture.h"

#include <QSslSocket>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;
using Act = RawResponder::Act;

Q_DECLARE_METATYPE(Passdesk::ApiError::Kind)
Q_DECLARE_METATYPE(Passdesk::Testing::RawResponder::Act)

namespace {

// Everything the user would read about an error, in one string.
QString shownText(const ApiError &error)
{
    return (QStringList { error.summary() } + error.serverTexts({ QStringLiteral("en-US") }))
        .join(u'\n');
}

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_raw = std::make_unique<RawResponder>();
        QVERIFY(m_raw->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setConnection(connectionTo(m_raw->baseUrl()));
        m_client->setTransferTimeout(400ms); // the silent server's case; all others answer at once
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_raw.reset();
    }

    void scriptedAnswers_data();
    void scriptedAnswers();
    void digitTokenPostIsNeverRepeated_data();
    void digitTokenPostIsNeverRepeated();
    void configWritesAreNeverRepeated();
    void connectionRefused();
    void redirectToAnotherHostReachesNothingThere();
    void endlessBodyIsCutAtTheCap();
    void retryAfterForms_data();
    void retryAfterForms();
    void tokenEndpointRateLimitSendsOneTokenRequest();
    void tokenEndpointServerErrorCarriesTrackingId();
    void tokenEndpointTransferFaults_data();
    void tokenEndpointTransferFaults();
    void selfSignedCertificateIsRefusedWithItsDetails();
    void lookupInputIsCheckedBeforeSending_data();
    void lookupInputIsCheckedBeforeSending();

private:
    std::shared_ptr<ReplyOutcome> loadConfig()
    {
        auto outcome = capture(m_client->getOrgConfig());
        if (!QTest::qWaitFor([&] { return outcome->done; }, faultWaitMs))
            qWarning("no answer in time");
        return outcome;
    }

    std::unique_ptr<RawResponder> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestClientFaults::scriptedAnswers_data()
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
        << ApiError::Kind::UnreadableBody << 200 << QStringLiteral("could not be read") << 1;
}

void TestClientFaults::scriptedAnswers()
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

void TestClientFaults::digitTokenPostIsNeverRepeated_data()
{
    addBrokenTransferRows();
    QTest::newRow("closed before answering")
        << Act::Close << QByteArray() << ApiError::Kind::Network;
}

// A repeated POST is a second token for the caller: whatever the server does, one click is
// one request.
void TestClientFaults::digitTokenPostIsNeverRepeated()
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

void TestClientFaults::configWritesAreNeverRepeated()
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

void TestClientFaults::connectionRefused()
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

void TestClientFaults::redirectToAnotherHostReachesNothingThere()
{
    RawResponder elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray location = elsewhere.baseUrl().toEncoded() + "/v2025/password-org-config";
    m_raw->setAnswer(
        orgConfigSuffix, RawResponder::send(302, {}, {}, { { "Location", location } }));
    auto outcome = loadConfig();
    QCOMPARE(outcome->error.kind, ApiError::Kind::Redirect);
    QVERIFY(outcome->error.technicalDetail.contains(QString::fromLatin1(location)));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
    // The bearer token never travels to the other host: it saw no connection at all.
    QCOMPARE(elsewhere.connectionCount(), 0);
}

void TestClientFaults::endlessBodyIsCutAtTheCap()
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

void TestClientFaults::retryAfterForms_data()
{
    QTest::addColumn<QByteArray>("header"); // empty: no Retry-After at all
    QTest::addColumn<int>("seconds"); // -1: none given
    QTest::addColumn<bool>("capped");
    const QByteArray inTwoMinutes = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
    QTest::newRow("seconds") << QByteArray("7") << 7 << false;
    QTest::newRow("HTTP date") << inTwoMinutes << 120 << false;
    QTest::newRow("negative") << QByteArray("-5") << -1 << false;
    QTest::newRow("absurdly large") << QByteArray("99999999999") << 3600 << true;
    QTest::newRow("missing") << QByteArray() << -1 << false;
}

void TestClientFaults::retryAfterForms()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QFETCH(bool, capped);
    const QByteArray body
        = R"({"detailCode":"429 Too Many Requests","messages":[{"locale":"en-US","text":"Slow down."}]})";
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(429, "application/json", body,
            header.isEmpty() ? QList<QPair<QByteArray, QByteArray>> {} : retryAfter(header)));
    auto outcome = loadConfig();
    QVERIFY(outcome->error.isRateLimited());
    if (seconds < 0) {
        QVERIFY(!outcome->error.retryAfterSeconds);
        QVERIFY(outcome->error.summary().contains(QLatin1String("wait a moment")));
    } else {
        QVERIFY(outcome->error.retryAfterSeconds);
        QVERIFY2(qAbs(*outcome->error.retryAfterSeconds - seconds) <= 2,
            qPrintable(QString::number(*outcome->error.retryAfterSeconds)));
    }
    QCOMPARE(outcome->error.retryAfterCapped, capped);
    QVERIFY(shownText(outcome->error).contains(QLatin1String("Slow down.")));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix),
        1); // Passdesk waits for the user, never retries by itself
}

void TestClientFaults::tokenEndpointRateLimitSendsOneTokenRequest()
{
    m_raw->setAnswer(tokenSuffix,
        RawResponder::send(429, "application/json",
            R"({"error":"rate_limited","error_description":"Too many token requests"})",
            retryAfter("30")));
    // Three requests at once share one token request, and all three hear why.
    auto config = capture(m_client->getOrgConfig());
    auto lookup = capture(m_client->findIdentities(QStringLiteral("ab")));
    DigitTokenRequest request;
    request.userId = QStringLiteral("abby.smith");
    auto token = capture(m_client->generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(config->done && lookup->done && token->done, faultWaitMs);
    for (const auto &outcome : { config, lookup, token }) {
        QVERIFY(outcome->error.isRateLimited());
        QCOMPARE(outcome->error.retryAfterSeconds.value_or(0), 30);
        QVERIFY(shownText(outcome->error).contains(QLatin1String("Too many token requests")));
    }
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
    QCOMPARE(m_raw->requests().size(), 1); // no API request without a token
    QCOMPARE(m_client->accessTokens()->tokenRequestCount(), 1);
}

void TestClientFaults::tokenEndpointServerErrorCarriesTrackingId()
{
    const QByteArray body
        = R"({"detailCode":"500.0 Internal Fault","trackingId":"0123456789abcdef0123456789abcdef",)"
          R"("messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"An internal fault occurred."}]})";
    m_raw->setAnswer(tokenSuffix, RawResponder::send(500, "application/json", body));
    auto outcome = loadConfig();
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 500);
    QCOMPARE(outcome->error.trackingId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(outcome->error.detailsText({}).contains(outcome->error.trackingId));
    QVERIFY(shownText(outcome->error).contains(QLatin1String("An internal fault occurred.")));
    QCOMPARE(m_raw->requests().size(), 1);

    auto again = loadConfig(); // the user's retry: exactly one more token request
    QCOMPARE(again->error.httpStatus, 500);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 2);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 0);
}

void TestClientFaults::tokenEndpointTransferFaults_data()
{
    addBrokenTransferRows();
    QTest::newRow("a body that never ends")
        << Act::Endless << openEndedHeaders() << ApiError::Kind::TooLarge;
    QTest::newRow("HTML with 200")
        << Act::Send
        << RawResponder::response(200, "text/html", "<html><title>Proxy</title></html>")
        << ApiError::Kind::UnreadableBody;
}

void TestClientFaults::tokenEndpointTransferFaults()
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

void TestClientFaults::selfSignedCertificateIsRefusedWithItsDetails()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    QVERIFY(!testCertificate().isNull());
    SandboxFixture fixture;
    fixture.server.setTls(testCertificate(), testKey());
    QVERIFY(fixture.start());
    QCOMPARE(fixture.connection.apiRoot.scheme(), QStringLiteral("https"));

    for (int attempt = 1; attempt <= 2; ++attempt) { // nothing is remembered as "accepted"
        auto outcome = capture(fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, faultWaitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Tls);
        QVERIFY(outcome->error.certificate);
        const CertificateInfo &info = *outcome->error.certificate;
        QVERIFY2(
            info.subject.contains(QLatin1String("Passdesk test-only")), qPrintable(info.subject));
        QCOMPARE(info.sha256Fingerprint, testCertificateFingerprint());
        QCOMPARE(info.notAfter.date().year(), testCertificate().expiryDate().date().year());
        QVERIFY(!info.problems.isEmpty());
        QVERIFY(
            outcome->error.summary().contains(QLatin1String("certificate could not be verified")));
        QVERIFY(outcome->error.detailsText({}).contains(info.sha256Fingerprint));
        QCOMPARE(fixture.client.accessTokens()->tokenRequestCount(), attempt);
        QVERIFY(fixture.server.requests().isEmpty()); // not even the token request got through
    }
}

void TestClientFaults::lookupInputIsCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("words");
    QTest::newRow("zero width space")
        << QStringLiteral("ab\u200Bby") << QStringLiteral("control characters");
    QTest::newRow("bidi override")
        << QStringLiteral("\u202Eabby") << QStringLiteral("control characters");
    QTest::newRow("newline") << QStringLiteral("ab\nby") << QStringLiteral("control characters");
    QTest::newRow("129 characters") << QString(129, u'a') << QStringLiteral("128");
}

void TestClientFaults::lookupInputIsCheckedBeforeSending()
{
    QFETCH(QString, prefix);
    QFETCH(QString, words);
    auto lookup = capture(m_client->findIdentities(prefix));
    DigitTokenRequest request;
    request.userId = prefix;
    auto token = capture(m_client->generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(lookup->done && token->done, faultWaitMs);
    for (const auto &outcome : { lookup, token }) {
        QCOMPARE(outcome->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(outcome->error.summary().contains(words), qPrintable(outcome->error.summary()));
    }
    QCOMPARE(m_raw->connectionCount(), 0); // not even a token was fetched
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
