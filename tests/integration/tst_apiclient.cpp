// The API client against the sandbox tenant, over real loopback HTTP.

#include "core/auth/accesstokenprovider.h"
#include "replycapture.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Passdesk::ApiVersion)

namespace {
constexpr int waitMs = 10000;
const QString configPath = QStringLiteral("/password-org-config");
const QString tokenPath = QStringLiteral("/oauth/token");
const QString digitPath = QStringLiteral("/generate-password-reset-token/digit");
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getsOrgConfigWithStandardHeaders();
    void acceptLanguageFollowsUiLanguages();
    void cachesAccessTokenAcrossRequests();
    void fetchesNewTokenWhenOldOneIsNearExpiry();
    void renewsTokenOnceAfter401();
    void neverLoopsOnRepeated401();
    void wrongSecretGivesTokenEndpointError();
    void forbiddenCarriesLocalizedServerMessages();
    void badRequestIsLocalizedByAcceptLanguage();
    void rateLimitCarriesRetryAfter();
    void putSendsOnlyChangedFields();
    void readOnlyConnectionSendsNoWrite();
    void createsConfigWhenNoneExists();
    void experimentalHeaderFollowsVersion_data();
    void experimentalHeaderFollowsVersion();
    void v3RefusesDigitTokenWithoutSending();
    void numericDigitTokenIsRepairedExactly();
    void digitTokenKeepsLeadingZeros();
    void findsIdentitiesByPrefix();
    void invalidDigitTokenRequestIsRefusedBeforeSending();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestApiClient::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
}

void TestApiClient::cleanup()
{
    m_fixture.reset();
}

void TestApiClient::getsOrgConfigWithStandardHeaders()
{
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->config.digitTokenLength, 6);

    const auto requests = m_fixture->server.requests();
    QCOMPARE(requests.size(), 2); // token, then config
    const auto &get = requests.last();
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.path, QStringLiteral("/v2025/password-org-config"));
    QVERIFY(get.headers.value("authorization").startsWith("Bearer "));
    QCOMPARE(get.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(get.headers.value("user-agent").startsWith("Passdesk/"));
    QVERIFY(!get.headers.contains("x-sailpoint-experimental"));
}

void TestApiClient::acceptLanguageFollowsUiLanguages()
{
    m_fixture->client.setUiLanguages({QStringLiteral("de-DE")});
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(m_fixture->server.requests().last().headers.value("accept-language"),
             QByteArray("de-DE,de;q=0.9,en;q=0.5"));
}

void TestApiClient::cachesAccessTokenAcrossRequests()
{
    auto first = capture(m_fixture->client.getOrgConfig());
    auto second = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(first->done && second->done, waitMs);
    auto third = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(third->done, waitMs);
    QVERIFY(!third->error.isError());
    // Concurrent callers share one token request; later ones reuse the cached token.
    QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 1);
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), 3);
    QVERIFY(m_fixture->client.grantedScopes().contains(QStringLiteral("idn:password-org-config:manage")));
}

void TestApiClient::fetchesNewTokenWhenOldOneIsNearExpiry()
{
    // A one-second token is inside the renewal margin at once, so every call renews it.
    m_fixture->server.setTokenLifetimeSeconds(1);
    auto first = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(first->done, waitMs);
    auto second = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(second->done, waitMs);
    QVERIFY(!second->error.isError());
    QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 2);
}

void TestApiClient::renewsTokenOnceAfter401()
{
    auto first = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(first->done, waitMs);
    m_fixture->server.expireAllTokens();
    auto second = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(second->done, waitMs);
    QVERIFY2(!second->error.isError(), qPrintable(second->error.summary()));
    QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 2);
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), 3);
}

void TestApiClient::neverLoopsOnRepeated401()
{
    m_fixture->server.setRejectAllTokens(true);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome->error.httpStatus, 401);
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), 2);
    QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 2);
}

void TestApiClient::wrongSecretGivesTokenEndpointError()
{
    m_fixture->connection.clientSecret = QStringLiteral("not-the-secret");
    m_fixture->client.setConnection(m_fixture->connection);
    auto outcome = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.httpStatus, 401);
    QCOMPARE(outcome->error.errorCode, QStringLiteral("invalid_client"));
    QVERIFY(!outcome->error.requestId.isEmpty());
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), 0);
}

void TestApiClient::forbiddenCarriesLocalizedServerMessages()
{
    m_fixture->connect(QStringLiteral("sandbox-helpdesk"));
    m_fixture->client.setUiLanguages({QStringLiteral("de-DE")});
    OrgConfigChange change;
    change.digitTokenLength = 8;
    auto outcome = capture(m_fixture->client.updateOrgConfig(change));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.httpStatus, 403);
    QVERIFY(!outcome->error.trackingId.isEmpty());
    QVERIFY(!outcome->error.messages.isEmpty());
    const LocalizedText *best = bestLocalizedText(outcome->error.messages, {QStringLiteral("de-DE")});
    QVERIFY(best);
    QVERIFY(best->locale.startsWith(QLatin1String("de")));
    QCOMPARE(best->localeOrigin, QStringLiteral("REQUEST"));
    QVERIFY(!outcome->error.usedDefaultLocale({QStringLiteral("de-DE")}));
}

void TestApiClient::badRequestIsLocalizedByAcceptLanguage()
{
    m_fixture->client.setUiLanguages({QStringLiteral("fr-FR")});
    DigitTokenRequest request;
    request.userId = QStringLiteral("nobody.at.all");
    auto outcome = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.httpStatus, 400);
    QVERIFY(!outcome->error.causes.isEmpty());
    QVERIFY(outcome->error.causes.first().locale.startsWith(QLatin1String("fr")));
    QVERIFY(outcome->error.serverTexts({QStringLiteral("fr-FR")}).join(u' ').contains(QLatin1String("nobody.at.all")));

    // For a language the sandbox does not speak, the English Passdesk always adds is used.
    m_fixture->client.setUiLanguages({QStringLiteral("fi-FI")});
    auto fallback = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(fallback->done, waitMs);
    QCOMPARE(fallback->error.causes.first().locale, QStringLiteral("en-US"));
}

void TestApiClient::rateLimitCarriesRetryAfter()
{
    m_fixture->server.setRateLimit(2, 30);
    auto first = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(first->done, waitMs);
    auto second = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(second->done, waitMs);
    auto third = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(third->done, waitMs);
    QVERIFY(third->error.isRateLimited());
    QVERIFY(third->error.retryAfterSeconds.has_value());
    QVERIFY(*third->error.retryAfterSeconds >= 1);
    QVERIFY(*third->error.retryAfterSeconds <= 30);
    QVERIFY(third->error.serverTexts({}).join(u' ').contains(QLatin1String("Rate Limit Exceeded")));
}

void TestApiClient::putSendsOnlyChangedFields()
{
    OrgConfigChange change;
    change.digitTokenDurationMinutes = 12;
    auto outcome = capture(m_fixture->client.updateOrgConfig(change));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->config.digitTokenDurationMinutes, 12);
    const auto put = m_fixture->server.requests().last();
    QCOMPARE(put.method, QByteArray("PUT"));
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(body.keys(), QStringList {QStringLiteral("digitTokenDurationMinutes")});
    QCOMPARE(put.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenDurationMinutes")).toInt(), 12);
}

void TestApiClient::readOnlyConnectionSendsNoWrite()
{
    m_fixture->connection.readOnly = true;
    m_fixture->client.setConnection(m_fixture->connection);
    OrgConfigChange change;
    change.digitTokenEnabled = false;
    auto update = capture(m_fixture->client.updateOrgConfig(change));
    auto create = capture(m_fixture->client.createOrgConfig(OrgConfig {}));
    QTRY_VERIFY_WITH_TIMEOUT(update->done && create->done, waitMs);
    QCOMPARE(update->error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(create->error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(!m_fixture->client.canManageConfig());
    QCOMPARE(m_fixture->server.requests().size(), 0);
}

void TestApiClient::createsConfigWhenNoneExists()
{
    m_fixture->server.removeOrgConfig();
    auto missing = capture(m_fixture->client.getOrgConfig());
    QTRY_VERIFY_WITH_TIMEOUT(missing->done, waitMs);
    QVERIFY(missing->configMissing);

    OrgConfig config;
    config.digitTokenEnabled = true;
    config.digitTokenLength = 9;
    auto created = capture(m_fixture->client.createOrgConfig(config));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, waitMs);
    QVERIFY2(!created->error.isError(), qPrintable(created->error.summary()));
    QCOMPARE(created->config, config);
    QCOMPARE(m_fixture->server.requestCount("POST", configPath), 1);
}

void TestApiClient::experimentalHeaderFollowsVersion_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("experimental");
    QTest::newRow("v2025") << ApiVersion::V2025 << QStringLiteral("/v2025/generate-password-reset-token/digit") << true;
    QTest::newRow("v2024") << ApiVersion::V2024 << QStringLiteral("/v2024/generate-password-reset-token/digit") << true;
    QTest::newRow("v2026") << ApiVersion::V2026 << QStringLiteral("/v2026/generate-password-reset-token/digit") << true;
    QTest::newRow("beta") << ApiVersion::Beta << QStringLiteral("/beta/generate-password-reset-token/digit") << false;
    QTest::newRow("service-v1") << ApiVersion::ServiceV1 << QStringLiteral("/generate-password-reset-token/v1/digit") << true;
}

void TestApiClient::experimentalHeaderFollowsVersion()
{
    QFETCH(ApiVersion, version);
    QFETCH(QString, path);
    QFETCH(bool, experimental);
    m_fixture->connect(QStringLiteral("sandbox-admin"), version);
    DigitTokenRequest request;
    request.userId = m_fixture->server.identities().first().alias;
    auto outcome = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    const auto post = m_fixture->server.requests().last();
    QCOMPARE(post.path, path);
    QCOMPARE(post.headers.value("x-sailpoint-experimental") == "true", experimental);
}

void TestApiClient::v3RefusesDigitTokenWithoutSending()
{
    m_fixture->connect(QStringLiteral("sandbox-admin"), ApiVersion::V3);
    DigitTokenRequest request;
    request.userId = QStringLiteral("Abby.Smith");
    auto outcome = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Unsupported);
    QVERIFY(outcome->error.technicalDetail.contains(QLatin1String("v3")));
    QCOMPARE(m_fixture->server.requests().size(), 0);
}

void TestApiClient::numericDigitTokenIsRepairedExactly()
{
    m_fixture->server.setNumericDigitToken(true);
    m_fixture->server.setNextDigitToken(QStringLiteral("012345678901234567"));
    DigitTokenRequest request;
    request.userId = m_fixture->server.identities().first().alias;
    request.length = 18;
    auto outcome = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->token.digits, QStringLiteral("012345678901234567"));
    QVERIFY(outcome->token.sentAsNumber);
    QCOMPARE(outcome->token.restoredZeros, 1);
    QVERIFY(!outcome->token.requestId.isEmpty());
}

void TestApiClient::digitTokenKeepsLeadingZeros()
{
    m_fixture->server.setNextDigitToken(QStringLiteral("00123456"));
    DigitTokenRequest request;
    request.userId = m_fixture->server.identities().first().alias;
    request.length = 8;
    request.durationMinutes = 3;
    auto outcome = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
    QCOMPARE(outcome->token.digits, QStringLiteral("00123456"));
    QVERIFY(!outcome->token.sentAsNumber);
    QCOMPARE(outcome->token.restoredZeros, 0);
    const QJsonObject body = QJsonDocument::fromJson(m_fixture->server.requests().last().body).object();
    QCOMPARE(body.value(QLatin1String("length")).toInt(), 8);
    QCOMPARE(body.value(QLatin1String("durationMinutes")).toInt(), 3);
}

void TestApiClient::findsIdentitiesByPrefix()
{
    const auto target = m_fixture->server.identities().first();
    auto byAlias = capture(m_fixture->client.findIdentities(target.alias.left(3)));
    auto byEmail = capture(m_fixture->client.findIdentities(target.email.left(5)));
    auto byLastName = capture(m_fixture->client.findIdentities(target.lastName));
    QTRY_VERIFY_WITH_TIMEOUT(byAlias->done && byEmail->done && byLastName->done, waitMs);
    for (const auto &outcome : {byAlias, byEmail, byLastName}) {
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
        const bool found = std::any_of(outcome->identities.cbegin(), outcome->identities.cend(),
                                       [&](const PublicIdentity &identity) { return identity.alias == target.alias; });
        QVERIFY(found);
    }
    auto none = capture(m_fixture->client.findIdentities(QStringLiteral("zzzz\"q")));
    QTRY_VERIFY_WITH_TIMEOUT(none->done, waitMs);
    QVERIFY(!none->error.isError());
    QVERIFY(none->identities.isEmpty());
}

void TestApiClient::invalidDigitTokenRequestIsRefusedBeforeSending()
{
    DigitTokenRequest request;
    request.userId = QStringLiteral("bad\nuser");
    auto controlChars = capture(m_fixture->client.generateDigitToken(request));
    request.userId = QStringLiteral("Abby.Smith");
    request.length = 19;
    auto tooLong = capture(m_fixture->client.generateDigitToken(request));
    QTRY_VERIFY_WITH_TIMEOUT(controlChars->done && tooLong->done, waitMs);
    QCOMPARE(controlChars->error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(tooLong->error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_fixture->server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
