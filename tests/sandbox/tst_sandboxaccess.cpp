// Who may do what on the sandbox tenant: the claims each kind of token carries, the scopes of
// each user level, app-only tokens kept from the lookup, and refresh tokens that rotate and
// give the whole sign-in away when one is presented twice.

#include "testbrowser.h"

#include <QTest>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {

const QString configPath = QStringLiteral("/v2025/password-org-config");
const QString digitPath = QStringLiteral("/v2025/generate-password-reset-token/digit");
const QString lookupPath = QStringLiteral("/v2025/public-identities");
const QList<QPair<QByteArray, QByteArray>> experimental {
    { QByteArrayLiteral("X-SailPoint-Experimental"), QByteArrayLiteral("true") }
};

QByteArray refreshForm(const QString &refreshToken)
{
    return "grant_type=refresh_token&client_id=passdesk-desktop&refresh_token="
        + QUrl::toPercentEncoding(refreshToken);
}

QString text(const HttpReply &reply, const char *key)
{
    return reply.json.value(QLatin1String(key)).toString();
}

} // namespace

class TestSandboxAccess final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<SandboxHttp>(*m_server);
        m_browser = std::make_unique<TestBrowser>(*m_server);
        m_listener = std::make_unique<CallbackListener>();
    }

    void appOnlyTokensCarryNoUser()
    {
        const HttpReply reply = m_http->tokenRequest(SandboxHttp::credentials(
            QStringLiteral("sandbox-app"), QStringLiteral("sandbox-app-secret")));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.contains(QLatin1String("identity_id")));
        QVERIFY(!reply.json.contains(QLatin1String("user_name")));
        QVERIFY(!reply.json.contains(QLatin1String("refresh_token")));
        const QString token = text(reply, "access_token");
        const QStringList parts = token.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        const QJsonObject header = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts.first().toLatin1(), QByteArray::Base64UrlEncoding))
                                       .object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
        const QJsonObject claims = jwtClaims(token);
        for (const char *claim : { "tenant_id", "org", "client_id", "scope", "exp", "iat", "jti" })
            QVERIFY2(claims.contains(QLatin1String(claim)), claim);
        for (const char *claim : { "identity_id", "user_name", "authorities", "strong_auth" })
            QVERIFY2(!claims.contains(QLatin1String(claim)), claim);
        QCOMPARE(
            claims.value(QLatin1String("client_id")).toString(), QStringLiteral("sandbox-app"));
        QVERIFY(claims.value(QLatin1String("scope"))
                    .toArray()
                    .contains(QStringLiteral("idn:password-org-config:manage")));
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger()
                - claims.value(QLatin1String("iat")).toInteger(),
            750);
        QCOMPARE(claims.value(QLatin1String("jti")).toString(), text(reply, "jti"));
    }

    void appOnlyTokenCannotLookPeopleUp()
    {
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-app")));
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        QCOMPARE(m_http->send("PUT", configPath, R"({"digitTokenLength":9})").status, 200);
        QCOMPARE(m_http->send("POST", digitPath, R"({"userId":"Abby.Smith"})", experimental).status,
            200);
        m_http->language = "de-DE";
        const HttpReply lookup = m_http->get(lookupPath, {});
        QCOMPARE(lookup.status, 403);
        QCOMPARE(text(lookup, "detailCode"), QStringLiteral("403 Forbidden"));
        QVERIFY(!text(lookup, "trackingId").isEmpty());
        QCOMPARE(lookup.json.value(QLatin1String("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("locale"))
                     .toString(),
            QStringLiteral("de-DE"));
        QVERIFY2(lookup.firstText("causes").contains(QLatin1String("sandbox-app")),
            qPrintable(lookup.firstText("causes")));
        QVERIFY(lookup.firstText("causes").contains(QLatin1String("Benutzer")));
    }

    void personalAccessTokensAreTheirPersons_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("authority");
        QTest::newRow("admin") << "sandbox-admin"
                               << "Grace.Hopper"
                               << "ORG_ADMIN";
        QTest::newRow("helpdesk") << "sandbox-helpdesk"
                                  << "Dana.Okafor"
                                  << "HELPDESK";
        QTest::newRow("readonly") << "sandbox-readonly"
                                  << "Dana.Okafor"
                                  << "HELPDESK";
    }

    void personalAccessTokensAreTheirPersons()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, uid);
        QFETCH(QString, authority);
        const HttpReply reply
            = m_http->tokenRequest(SandboxHttp::credentials(clientId, builtInSecret(clientId)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(text(reply, "user_name"), uid);
        QVERIFY(!reply.json.contains(QLatin1String("refresh_token")));
        const QJsonObject claims = jwtClaims(text(reply, "access_token"));
        QCOMPARE(claims.value(QLatin1String("user_name")).toString(), uid);
        QCOMPARE(claims.value(QLatin1String("authorities")).toArray(), QJsonArray { authority });
        QCOMPARE(claims.value(QLatin1String("strong_auth")).toBool(true), false);
        const QList<SandboxIdentity> people = m_server->identities();
        const auto person = std::find_if(people.cbegin(), people.cend(),
            [&](const SandboxIdentity &identity) { return identity.alias == uid; });
        QVERIFY(person != people.cend());
        QCOMPARE(claims.value(QLatin1String("identity_id")).toString(), person->id);
        QCOMPARE(text(reply, "identity_id"), person->id);
        m_http->token = text(reply, "access_token");
        QCOMPARE(m_http->get(lookupPath, {}).status, 200);
    }

    void personalAccessTokenGetsNoMoreThanItsPersonsLevel()
    {
        m_server->addClient({ QStringLiteral("maria-pat"), QStringLiteral("maria-secret"),
            levelScopes(UserLevel::OrgAdmin), QStringLiteral("asks for everything"),
            ClientKind::PersonalAccessToken, QStringLiteral("Maria.Garcia") });
        const HttpReply reply = m_http->tokenRequest(
            SandboxHttp::credentials(QStringLiteral("maria-pat"), QStringLiteral("maria-secret")));
        QCOMPARE(text(reply, "scope"), QStringLiteral("sp:scopes:default"));
        m_http->token = text(reply, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 403);
        QCOMPARE(m_http->get(lookupPath, {}).status, 200);
    }

    void eachLevelMayDoWhatItsScopesSay_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("generate");
        QTest::newRow("org admin") << "Grace.Hopper"
                                   << "ORG_ADMIN" << 200 << 200 << 200;
        QTest::newRow("helpdesk") << "Dana.Okafor"
                                  << "HELPDESK" << 200 << 403 << 200;
        QTest::newRow("user") << "Maria.Garcia" << QString() << 403 << 403 << 403;
    }

    void eachLevelMayDoWhatItsScopesSay()
    {
        QFETCH(QString, uid);
        QFETCH(QString, authority);
        QFETCH(int, read);
        QFETCH(int, change);
        QFETCH(int, generate);
        const HttpReply tokens = browserSignIn(uid);
        QCOMPARE(tokens.status, 200);
        const QJsonObject claims = jwtClaims(text(tokens, "access_token"));
        QCOMPARE(claims.value(QLatin1String("authorities")).toArray(),
            authority.isEmpty() ? QJsonArray() : QJsonArray { authority });
        QCOMPARE(QJsonArray::fromStringList(text(tokens, "scope").split(QLatin1Char(' '))),
            claims.value(QLatin1String("scope")).toArray());
        m_http->token = text(tokens, "access_token");

        const QList<HttpReply> replies { m_http->send("GET", configPath),
            m_http->send("PUT", configPath, R"({"digitTokenLength":7})"),
            m_http->send("POST", digitPath, R"({"userId":"Abby.Smith"})", experimental) };
        QCOMPARE(replies.at(0).status, read);
        QCOMPARE(replies.at(1).status, change);
        QCOMPARE(replies.at(2).status, generate);
        for (const HttpReply &reply : replies) {
            if (reply.status != 403)
                continue;
            QCOMPARE(text(reply, "detailCode"), QStringLiteral("403 Forbidden"));
            QCOMPARE(reply.firstText("messages"),
                QStringLiteral("The server understood the request but refuses to authorize it."));
            QVERIFY2(
                reply.firstText("causes").startsWith(uid), qPrintable(reply.firstText("causes")));
            QVERIFY(reply.firstText("causes").contains(QLatin1String("idn:password-")));
            QVERIFY(reply.firstText("causes").contains(
                authority.isEmpty() ? QStringLiteral("(USER)") : QLatin1Char('(') + authority));
        }
        // Looking people up needs only a user: every level may.
        QCOMPARE(m_http->get(lookupPath, {}).status, 200);
    }

    void refreshRotates()
    {
        const HttpReply first = browserSignIn(QStringLiteral("Dana.Okafor"));
        const QString firstRefresh = text(first, "refresh_token");
        const HttpReply second = m_http->tokenRequest(refreshForm(firstRefresh));
        QCOMPARE(second.status, 200);
        const QString secondRefresh = text(second, "refresh_token");
        QVERIFY(!secondRefresh.isEmpty());
        QVERIFY(secondRefresh != firstRefresh);
        QVERIFY(text(second, "access_token") != text(first, "access_token"));
        QCOMPARE(text(second, "user_name"), QStringLiteral("Dana.Okafor"));
        QCOMPARE(
            jwtClaims(text(second, "access_token")).value(QLatin1String("authorities")).toArray(),
            QJsonArray { QStringLiteral("HELPDESK") });
        const HttpReply third = m_http->tokenRequest(refreshForm(secondRefresh));
        QCOMPARE(third.status, 200);
        m_http->token = text(third, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        QCOMPARE(m_server->revokedSignIns(), 0);
    }

    void reusedRefreshTokenRevokesTheWholeSignIn()
    {
        const HttpReply first = browserSignIn(QStringLiteral("Grace.Hopper"));
        const HttpReply second = m_http->tokenRequest(refreshForm(text(first, "refresh_token")));
        QCOMPARE(second.status, 200);
        // Someone presents the first refresh token again: a thief, or a client that lost track.
        const HttpReply reused = m_http->tokenRequest(refreshForm(text(first, "refresh_token")));
        QCOMPARE(reused.status, 400);
        QCOMPARE(text(reused, "error"), QStringLiteral("invalid_grant"));
        QCOMPARE(m_server->revokedSignIns(), 1);
        const HttpReply afterwards
            = m_http->tokenRequest(refreshForm(text(second, "refresh_token")));
        QCOMPARE(text(afterwards, "error"), QStringLiteral("invalid_grant"));
        for (const HttpReply *issued : { &first, &second }) {
            m_http->token = text(*issued, "access_token");
            QCOMPARE(m_http->send("GET", configPath).status, 401);
        }
        // Another sign-in is not touched.
        const HttpReply other = browserSignIn(QStringLiteral("Grace.Hopper"));
        m_http->token = text(other, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void refreshRefusals()
    {
        const HttpReply first = browserSignIn(QStringLiteral("Maria.Garcia"));
        HttpReply reply = m_http->tokenRequest(refreshForm(QStringLiteral("made-up")));
        QCOMPARE(text(reply, "error"), QStringLiteral("invalid_grant"));
        reply = m_http->tokenRequest("grant_type=refresh_token&client_id=passdesk-desktop");
        QCOMPARE(text(reply, "error"), QStringLiteral("invalid_request"));
        reply = m_http->tokenRequest("grant_type=refresh_token&client_id=sandbox-app&client_secret="
                                     "sandbox-app-secret&refresh_token="
            + QUrl::toPercentEncoding(text(first, "refresh_token")));
        QCOMPARE(text(reply, "error"), QStringLiteral("unauthorized_client"));
        m_server->setRefuseRefresh(true);
        reply = m_http->tokenRequest(refreshForm(text(first, "refresh_token")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(text(reply, "error"), QStringLiteral("invalid_grant"));
        m_server->setRefuseRefresh(false);
        QCOMPARE(m_http->tokenRequest(refreshForm(text(first, "refresh_token"))).status, 200);
    }

    void revokedSignInsEndTheirTokens()
    {
        const HttpReply before = browserSignIn(QStringLiteral("Dana.Okafor"));
        m_server->revokeAllSignIns();
        QCOMPARE(m_server->revokedSignIns(), 1);
        m_http->token = text(before, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 401);
        QCOMPARE(text(m_http->tokenRequest(refreshForm(text(before, "refresh_token"))), "error"),
            QStringLiteral("invalid_grant"));
        // Personal access tokens are no browser sign-ins, and later sign-ins work.
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-helpdesk")));
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        const HttpReply after = browserSignIn(QStringLiteral("Dana.Okafor"));
        QCOMPARE(m_http->tokenRequest(refreshForm(text(after, "refresh_token"))).status, 200);
    }

    void refreshedTokensFollowTheLifetimeSwitch()
    {
        m_server->setTokenLifetimeSeconds(5);
        const HttpReply first = browserSignIn(QStringLiteral("Dana.Okafor"));
        QCOMPARE(first.json.value(QLatin1String("expires_in")).toInt(), 5);
        m_server->expireAllTokens();
        m_http->token = text(first, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 401);
        const HttpReply renewed = m_http->tokenRequest(refreshForm(text(first, "refresh_token")));
        QCOMPARE(renewed.status, 200);
        m_http->token = text(renewed, "access_token");
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

private:
    // The whole browser sign-in as `uid`; returns the token endpoint's answer to the code.
    HttpReply browserSignIn(const QString &uid)
    {
        const Pkce pkce = Pkce::generate();
        const QString redirectUri = m_listener->redirectUri();
        m_listener->received.clear();
        HttpReply answer = m_browser->signIn(
            m_browser->authorizeUrl(redirectUri, QStringLiteral("state"), pkce.challenge), uid);
        if (answer.status != 302
            || !QTest::qWaitFor([&] { return !m_listener->received.isEmpty(); }, 10000))
            return answer;
        return m_http->tokenRequest("grant_type=authorization_code&client_id=passdesk-desktop&code="
            + QUrl::toPercentEncoding(queryValue(m_listener->received.first(), "code"))
            + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri)
            + "&code_verifier=" + QUrl::toPercentEncoding(pkce.verifier));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<CallbackListener> m_listener;
};

QTEST_GUILESS_MAIN(TestSandboxAccess)
#include "tst_sandboxaccess.moc"
