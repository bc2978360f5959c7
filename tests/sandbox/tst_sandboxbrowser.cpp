// The sandbox's browser sign-in, driven by a scripted browser over loopback: the authorize page,
// the redirect to a listener standing in for Passdesk, and the code exchange with PKCE.

#include "testbrowser.h"

#include <QTest>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {

const QString publicClient = QStringLiteral("passdesk-desktop");

QByteArray codeExchange(const QString &code, const QString &redirectUri, const QString &verifier)
{
    QByteArray form = "grant_type=authorization_code&client_id="
        + QUrl::toPercentEncoding(publicClient) + "&code=" + QUrl::toPercentEncoding(code)
        + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri);
    if (!verifier.isNull())
        form += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
    return form;
}

} // namespace

class TestSandboxBrowser final : public QObject
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
        QVERIFY(m_listener->port() != 0);
        m_pkce = Pkce::generate();
    }

    void oauthInfoNamesTheSandboxsOwnEndpoints()
    {
        const HttpReply info = m_http->send("GET", QStringLiteral("/oauth/info"));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json.value(QLatin1String("authorizeEndpoint")).toString(),
            m_server->authorizeUrl().toString());
        QCOMPARE(info.json.value(QLatin1String("tokenEndpoint")).toString(),
            m_http->url(QStringLiteral("/oauth/token")).toString());
    }

    void approvedSignInRedirectsToTheListenerAndTheCodeBuysUserTokens_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("plain") << QStringLiteral("Q2xhc3NpYy1zdGF0ZQ");
        QTest::newRow("odd characters") << QStringLiteral("a b&c=d+e/?#%é\"<");
    }

    void approvedSignInRedirectsToTheListenerAndTheCodeBuysUserTokens()
    {
        QFETCH(QString, state);
        const QString redirectUri = m_listener->redirectUri();
        const HttpReply answer
            = m_browser->signIn(m_browser->authorizeUrl(redirectUri, state, m_pkce.challenge),
                QStringLiteral("Dana.Okafor"));
        QCOMPARE(answer.status, 302);
        QVERIFY(answer.header("Location").startsWith(QByteArray(redirectUri.toLatin1() + '?')));
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->received.size(), 1, 10000);
        const QUrl callback = m_listener->received.first();
        QCOMPARE(callback.path(), QStringLiteral("/callback"));
        QCOMPARE(queryValue(callback, "state"), state);
        const QString code = queryValue(callback, "code");
        QVERIFY(code.size() >= 20);
        QVERIFY(queryValue(callback, "error").isEmpty());

        const HttpReply tokens
            = m_http->tokenRequest(codeExchange(code, redirectUri, m_pkce.verifier));
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(
            tokens.json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QVERIFY(!tokens.json.value(QLatin1String("refresh_token")).toString().isEmpty());
        QCOMPARE(tokens.json.value(QLatin1String("user_name")).toString(),
            QStringLiteral("Dana.Okafor"));
        const QJsonObject claims
            = jwtClaims(tokens.json.value(QLatin1String("access_token")).toString());
        QCOMPARE(claims.value(QLatin1String("client_id")).toString(), publicClient);
        QCOMPARE(
            claims.value(QLatin1String("user_name")).toString(), QStringLiteral("Dana.Okafor"));
        QCOMPARE(claims.value(QLatin1String("authorities")).toArray(),
            QJsonArray { QStringLiteral("HELPDESK") });
        QCOMPARE(claims.value(QLatin1String("strong_auth")).toBool(), true);
        QCOMPARE(tokens.json.value(QLatin1String("identity_id")).toString(),
            claims.value(QLatin1String("identity_id")).toString());

        m_http->token = tokens.json.value(QLatin1String("access_token")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/v2025/public-identities"), {}).status, 200);
        QCOMPARE(m_http
                     ->send("PUT", QStringLiteral("/v2025/password-org-config"),
                         R"({"digitTokenLength":8})")
                     .status,
            403);
    }

    void localhostIsAsGoodAs127001()
    {
        const QString redirectUri = m_listener->redirectUri(QStringLiteral("localhost"));
        const QUrl url
            = m_browser->authorizeUrl(redirectUri, QStringLiteral("s"), m_pkce.challenge);
        const auto form = TestBrowser::readForm(m_browser->get(url).body, url);
        QVERIFY(form);
        const HttpReply answer
            = m_browser->submit(*form, QStringLiteral("Maria.Garcia"), QStringLiteral("approve"));
        QCOMPARE(answer.status, 302);
        const QUrl location = QUrl::fromEncoded(answer.header("Location"));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.port(), int(m_listener->port()));
        QCOMPARE(m_http
                     ->tokenRequest(
                         codeExchange(queryValue(location, "code"), redirectUri, m_pkce.verifier))
                     .status,
            200);
    }

    void denyRedirectsWithAccessDenied()
    {
        const HttpReply answer
            = m_browser->signIn(m_browser->authorizeUrl(m_listener->redirectUri(),
                                    QStringLiteral("st-9"), m_pkce.challenge),
                {}, QStringLiteral("deny"));
        QCOMPARE(answer.status, 302);
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->received.size(), 1, 10000);
        const QUrl callback = m_listener->received.first();
        QCOMPARE(queryValue(callback, "error"), QStringLiteral("access_denied"));
        QCOMPARE(queryValue(callback, "state"), QStringLiteral("st-9"));
        QVERIFY(queryValue(callback, "code").isEmpty());
    }

    void pkceMismatchFailsAndSpendsTheCode()
    {
        const QString code = approvedCode();
        const Pkce other = Pkce::generate();
        HttpReply reply
            = m_http->tokenRequest(codeExchange(code, m_listener->redirectUri(), other.verifier));
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(reply.json.value(QLatin1String("error_description"))
                    .toString()
                    .contains(QLatin1String("PKCE")));
        reply
            = m_http->tokenRequest(codeExchange(code, m_listener->redirectUri(), m_pkce.verifier));
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void missingVerifierIsRefused()
    {
        const HttpReply reply
            = m_http->tokenRequest(codeExchange(approvedCode(), m_listener->redirectUri(), {}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    }

    void redirectUriMustMatchTheRequests()
    {
        const HttpReply reply = m_http->tokenRequest(codeExchange(
            approvedCode(), m_listener->redirectUri(QStringLiteral("localhost")), m_pkce.verifier));
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void expiredCodeFails_data()
    {
        QTest::addColumn<bool>("bornExpired");
        QTest::newRow("lifetime 0") << true;
        QTest::newRow("expired later") << false;
    }

    void expiredCodeFails()
    {
        QFETCH(bool, bornExpired);
        if (bornExpired)
            m_server->setCodeLifetimeSeconds(0);
        const QString code = approvedCode();
        if (!bornExpired)
            m_server->expireAllCodes();
        const HttpReply reply
            = m_http->tokenRequest(codeExchange(code, m_listener->redirectUri(), m_pkce.verifier));
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(reply.json.value(QLatin1String("error_description"))
                    .toString()
                    .contains(QLatin1String("expired")));
    }

    void reusedCodeFailsAndRevokesWhatItGave()
    {
        const QString code = approvedCode();
        const QByteArray exchange = codeExchange(code, m_listener->redirectUri(), m_pkce.verifier);
        const HttpReply first = m_http->tokenRequest(exchange);
        QCOMPARE(first.status, 200);
        m_http->token = first.json.value(QLatin1String("access_token")).toString();
        QCOMPARE(m_http->send("GET", QStringLiteral("/v2025/password-org-config")).status, 200);

        const HttpReply second = m_http->tokenRequest(exchange);
        QCOMPARE(second.status, 400);
        QCOMPARE(
            second.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(m_server->revokedSignIns(), 1);
        QCOMPARE(m_http->send("GET", QStringLiteral("/v2025/password-org-config")).status, 401);
        const HttpReply refresh = m_http->tokenRequest(
            "grant_type=refresh_token&client_id=passdesk-desktop&refresh_token="
            + QUrl::toPercentEncoding(first.json.value(QLatin1String("refresh_token")).toString()));
        QCOMPARE(
            refresh.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void grantsMatchTheirClients()
    {
        // The public client has no secret to sign in with, and confidential ones have no codes.
        HttpReply reply = m_http->tokenRequest(
            "grant_type=client_credentials&client_id=passdesk-desktop&client_secret=");
        QCOMPARE(reply.json.value(QLatin1String("error")).toString(),
            QStringLiteral("unauthorized_client"));
        reply = m_http->tokenRequest("grant_type=authorization_code&client_id=sandbox-app&client_"
                                     "secret=sandbox-app-secret&code=x&redirect_uri=x");
        QCOMPARE(reply.json.value(QLatin1String("error")).toString(),
            QStringLiteral("unauthorized_client"));
        reply = m_http->tokenRequest("grant_type=authorization_code&client_id=passdesk-desktop&"
                                     "client_secret=guess&code=x&redirect_uri=x");
        QCOMPARE(reply.status, 401);
        QCOMPARE(
            reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(m_listener->received.size(), 0);
    }

private:
    // Signs in as the org admin and returns the code the listener received.
    QString approvedCode()
    {
        const HttpReply answer
            = m_browser->signIn(m_browser->authorizeUrl(m_listener->redirectUri(),
                                    QStringLiteral("st"), m_pkce.challenge),
                QStringLiteral("Grace.Hopper"));
        if (answer.status != 302)
            return {};
        if (!QTest::qWaitFor([&] { return !m_listener->received.isEmpty(); }, 10000))
            return {};
        return queryValue(m_listener->received.takeFirst(), "code");
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<CallbackListener> m_listener;
    Pkce m_pkce;
};

QTEST_GUILESS_MAIN(TestSandboxBrowser)
#include "tst_sandboxbrowser.moc"
