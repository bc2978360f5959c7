// PKCE and token claims without a network: RFC 7636's own example, the verifier's alphabet and
// length, and what Passdesk reads from an access token's payload (no signature check).

#include "core/auth/pkce.h"
#include "core/auth/tokenanswer.h"
#include "core/auth/tokenclaims.h"

#include <QTest>

using namespace Passdesk;

namespace {
QString jwtWith(const QByteArray &payload)
{
    const auto part = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + part(payload) + '.' + part("signature"));
}
} // namespace

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void theChallengeIsRfc7636sExample()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedVerifiersAreValidAndDiffer()
    {
        const Pkce first = Pkce::generate();
        const Pkce second = Pkce::generate();
        QCOMPARE(first.verifier.size(), 43);
        QVERIFY(Pkce::isValidVerifier(first.verifier));
        QCOMPARE(first.challenge, Pkce::challengeFor(first.verifier));
        QVERIFY(first.verifier != second.verifier);
        QVERIFY(!Pkce::isValidVerifier("short"));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(43, '+')));
        QVERIFY(randomUrlSafeText(24) != randomUrlSafeText(24));
    }

    void userTokensSayWhoAndWhichLevel()
    {
        const TokenClaims claims = TokenClaims::fromAccessToken(jwtWith(R"({"client_id":"passdesk-desktop","identity_id":"2c91808","user_name":"Dana.Okafor","authorities":["HELPDESK"],"strong_auth":true})"));
        QVERIFY(claims.wellFormed);
        QVERIFY(claims.hasUser());
        QVERIFY(claims.strongAuth);
        QCOMPARE(claims.level(), UserLevel::Helpdesk);
        QCOMPARE(claims.describe(), QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"));
        QCOMPARE(TokenClaims::fromAccessToken(jwtWith(R"({"user_name":"Grace.Hopper","authorities":["ORG_ADMIN"]})"))
                     .level(),
            UserLevel::OrgAdmin);
        QCOMPARE(TokenClaims::fromAccessToken(jwtWith(R"({"user_name":"Maria.Garcia","authorities":[]})"))
                     .describe(),
            QStringLiteral("Signed in as Maria.Garcia (User)"));
    }

    void appOnlyTokensHaveNoUser()
    {
        const TokenClaims claims
            = TokenClaims::fromAccessToken(jwtWith(R"({"client_id":"sandbox-app"})"));
        QVERIFY(claims.wellFormed);
        QVERIFY(!claims.hasUser());
        QCOMPARE(claims.describe(), QStringLiteral("API client sandbox-app, no user"));
    }

    void opaqueOrOddTokensSayNothing()
    {
        QVERIFY(!TokenClaims::fromAccessToken(QStringLiteral("opaque-token")).wellFormed);
        QVERIFY(TokenClaims::fromAccessToken(QStringLiteral("opaque-token")).describe().isEmpty());
        // A name with a bidi override is not shown.
        const TokenClaims odd = TokenClaims::fromAccessToken(
            jwtWith(R"({"user_name":"evil\u202Egnp.exe"})"));
        QVERIFY(odd.userName.isEmpty());
    }

    void tokenAnswersWithHeaderBreakingCharactersAreRefused()
    {
        const TokenAnswer good = TokenAnswer::parse(
            R"({"access_token":"a.b.c","refresh_token":"r-1","expires_in":60,"scope":"x y"})");
        QVERIFY(good.problem.isEmpty());
        QCOMPARE(good.refreshToken, QStringLiteral("r-1"));
        QCOMPARE(good.scopes, QStringList({ QStringLiteral("x"), QStringLiteral("y") }));
        const TokenAnswer injected
            = TokenAnswer::parse(R"({"access_token":"a\r\nX-Evil: 1","expires_in":60})");
        QVERIFY(!injected.problem.isEmpty());
        QVERIFY(injected.accessToken.isEmpty());
        const TokenAnswer badRefresh
            = TokenAnswer::parse(R"({"access_token":"abc","refresh_token":"r 1"})");
        QVERIFY(!badRefresh.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
