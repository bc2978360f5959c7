// The API client when someone says no, over real loopback sockets: the server (429 with every
// form of Retry-After, the token endpoint's 429 and 500), a certificate Passdesk must not trust
// (the sandbox in TLS mode), a redirect Passdesk must not follow, and input Passdesk refuses
// before sending. Each case checks the error kind, the words a person reads, and that no hidden
// request was made. Broken transfers and bodies are in tst_clientreplyfaults.

#include "clientfaultrig.h"
#include "sandboxfixture.h"

#include <QSslSocket>

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;

class TestClientRefusalFaults : public QObject, private ClientFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void redirectToAnotherHostReachesNothingThere();
    void retryAfterForms_data();
    void retryAfterForms();
    void tokenEndpointRateLimitSendsOneTokenRequest();
    void tokenEndpointServerErrorCarriesTrackingId();
    void selfSignedCertificateIsRefusedWithItsDetails();
    void lookupInputIsCheckedBeforeSending_data();
    void lookupInputIsCheckedBeforeSending();
};

void TestClientRefusalFaults::redirectToAnotherHostReachesNothingThere()
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

void TestClientRefusalFaults::retryAfterForms_data()
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

void TestClientRefusalFaults::retryAfterForms()
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

void TestClientRefusalFaults::tokenEndpointRateLimitSendsOneTokenRequest()
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

void TestClientRefusalFaults::tokenEndpointServerErrorCarriesTrackingId()
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

void TestClientRefusalFaults::selfSignedCertificateIsRefusedWithItsDetails()
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

void TestClientRefusalFaults::lookupInputIsCheckedBeforeSending_data()
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

void TestClientRefusalFaults::lookupInputIsCheckedBeforeSending()
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

QTEST_GUILESS_MAIN(TestClientRefusalFaults)
#include "tst_clientrefusalfaults.moc"
