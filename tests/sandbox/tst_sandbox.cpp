// The sandbox tenant seen from a plain HTTP client: OAuth, authorization, the org config and the
// contract's rules that Passdesk's own client never breaks, so its tests cannot show them.

#include "sandboxhttp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {
const QString configPath = QStringLiteral("/v2025/password-org-config");
} // namespace

class TestSandbox final : public QObject
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

    void baseUrlIsTheLoopbackRoot()
    {
        QCOMPARE(m_server->baseUrl().toString(),
            QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        QVERIFY(m_server->port() != 0);
    }

    void wildcardListenStillGivesAReachableUrl()
    {
        SandboxServer any;
        QVERIFY(any.listen(QHostAddress::Any));
        QCOMPARE(any.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(any.port()));
        SandboxHttp http(any);
        QVERIFY(http.signIn(QStringLiteral("sandbox-readonly")));
    }

    void tokenGrantsTheClientsScopes()
    {
        const HttpReply reply = m_http->tokenRequest(SandboxHttp::credentials(
            QStringLiteral("sandbox-helpdesk"), QStringLiteral("sandbox-helpdesk-secret")));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.value(QLatin1String("access_token")).toString().isEmpty());
        QCOMPARE(
            reply.json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(reply.json.value(QLatin1String("expires_in")).toInt(), 750);
        const QStringList scopes
            = reply.json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '));
        QVERIFY(scopes.contains(QStringLiteral("idn:password-digit-token:create")));
        QVERIFY(!scopes.contains(QStringLiteral("idn:password-org-config:manage")));
        QCOMPARE(reply.json.value(QLatin1String("jti")).toString().size(), 36);
        QVERIFY(!reply.header("SLPT-Request-ID").isEmpty());
    }

    void tokenFailures_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret")
            << SandboxHttp::credentials(QStringLiteral("sandbox-admin"), QStringLiteral("nope"))
            << 401 << QStringLiteral("invalid_client");
        QTest::newRow("unknown client") << SandboxHttp::credentials(QStringLiteral("stranger"),
            QStringLiteral("x")) << 401 << QStringLiteral("invalid_client");
        QTest::newRow("other grant")
            << QByteArray("grant_type=password&client_id=sandbox-admin&client_secret=x") << 400
            << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no client id") << QByteArray("grant_type=client_credentials&client_secret=x")
                                      << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no grant") << QByteArray(
            "client_id=sandbox-admin&client_secret=sandbox-admin-secret")
                                  << 400 << QStringLiteral("invalid_request");
    }

    void tokenFailures()
    {
        QFETCH(QByteArray, form);
        QFETCH(int, status);
        QFETCH(QString, error);
        const HttpReply reply = m_http->tokenRequest(form);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QLatin1String("error")).toString(), error);
        QVERIFY(!reply.json.value(QLatin1String("error_description")).toString().isEmpty());
        QVERIFY(!reply.header("SLPT-Request-ID").isEmpty());
    }

    void missingOrUnknownTokenIs401()
    {
        m_http->token.clear();
        const HttpReply anonymous = m_http->send("GET", configPath);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.json.value(QLatin1String("error"))
                    .toString()
                    .startsWith(QLatin1String("JWT validation failed")));
        m_http->token = QStringLiteral("forged");
        QCOMPARE(m_http->send("GET", configPath).status, 401);
    }

    void helpdeskMayNotChangeTheConfig()
    {
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-helpdesk")));
        m_http->language = "de-DE,de;q=0.9,en;q=0.5";
        const HttpReply reply = m_http->send("PUT", configPath, R"({"digitTokenLength":8})");
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json.value(QLatin1String("detailCode")).toString(),
            QStringLiteral("403 Forbidden"));
        QCOMPARE(reply.json.value(QLatin1String("trackingId")).toString().size(), 32);
        const QJsonObject message
            = reply.json.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(message.value(QLatin1String("locale")).toString(), QStringLiteral("de-DE"));
        QCOMPARE(
            message.value(QLatin1String("localeOrigin")).toString(), QStringLiteral("REQUEST"));
        QVERIFY(message.value(QLatin1String("text")).toString().contains(QLatin1String("Server")));
        QVERIFY(
            reply.firstText("causes").contains(QLatin1String("idn:password-org-config:manage")));
        QVERIFY(reply.firstText("causes").contains(QLatin1String("fehlt")));
        QCOMPARE(m_server->orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 6);
        // Reading stays allowed.
        QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void putChangesOnlyTheFieldsSent()
    {
        const HttpReply reply = m_http->send("PUT", configPath, R"({"digitTokenLength":8})");
        QCOMPARE(reply.status, 200);
        const QJsonObject expected { { QStringLiteral("customInstructionsEnabled"), false },
            { QStringLiteral("digitTokenEnabled"), true },
            { QStringLiteral("digitTokenDurationMinutes"), 5 },
            { QStringLiteral("digitTokenLength"), 8 } };
        QCOMPARE(reply.json, expected);
        QCOMPARE(*m_server->orgConfig(), expected);
        QCOMPARE(m_http->send("GET", QStringLiteral("/password-org-config/v1")).json, expected);
    }

    void validationRefusesWrongTypesAndRanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("string") << QByteArray(R"({"digitTokenLength":"8"})")
                                << QStringList { QStringLiteral("digitTokenLength") };
        QTest::newRow("fraction") << QByteArray(R"({"digitTokenDurationMinutes":5.5})")
                                  << QStringList { QStringLiteral("digitTokenDurationMinutes") };
        QTest::newRow("too long") << QByteArray(R"({"digitTokenLength":19})")
                                  << QStringList { QStringLiteral("digitTokenLength"),
                                         QStringLiteral("6"), QStringLiteral("18") };
        QTest::newRow("zero minutes")
            << QByteArray(R"({"digitTokenDurationMinutes":0})")
            << QStringList { QStringLiteral("digitTokenDurationMinutes"), QStringLiteral("60") };
        QTest::newRow("null") << QByteArray(R"({"digitTokenEnabled":null})")
                              << QStringList { QStringLiteral("digitTokenEnabled") };
        QTest::newRow("bool as string")
            << QByteArray(R"({"customInstructionsEnabled":"true"})")
            << QStringList { QStringLiteral("customInstructionsEnabled") };
        QTest::newRow("unknown") << QByteArray(R"({"colour":"blue"})")
                                 << QStringList { QStringLiteral("colour") };
        QTest::newRow("array") << QByteArray("[1,2]") << QStringList { QStringLiteral("JSON") };
        QTest::newRow("not json") << QByteArray("nope") << QStringList { QStringLiteral("JSON") };
    }

    void validationRefusesWrongTypesAndRanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, mentions);
        const HttpReply reply = m_http->send("PUT", configPath, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QLatin1String("detailCode")).toString(),
            QStringLiteral("400.1 Bad Request Content"));
        QVERIFY(!reply.firstText("messages").isEmpty());
        const QString cause = reply.firstText("causes");
        for (const QString &mention : mentions)
            QVERIFY2(cause.contains(mention), qPrintable(cause));
        QCOMPARE(m_server->orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 6);
    }

    void everyProblemIsACause()
    {
        const HttpReply reply
            = m_http->send("PUT", configPath, R"({"digitTokenLength":40,"digitTokenEnabled":1})");
        QCOMPARE(reply.texts("causes").size(), 2);
    }

    void missingConfigAnswers404AndPostCreatesIt()
    {
        m_server->removeOrgConfig();
        const HttpReply missing = m_http->send("GET", configPath);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QLatin1String("trackingId")).toString().size(), 32);
        QCOMPARE(m_http->send("PUT", configPath, R"({"digitTokenLength":8})").status, 404);
        QVERIFY(!m_server->orgConfig());

        const HttpReply created = m_http->send("POST", configPath, R"({"digitTokenEnabled":true})");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value(QLatin1String("customInstructionsEnabled")), QJsonValue(false));
        QCOMPARE(created.json.value(QLatin1String("digitTokenEnabled")), QJsonValue(true));
        QCOMPARE(created.json.value(QLatin1String("digitTokenDurationMinutes")).toInt(), 5);
        QCOMPARE(created.json.value(QLatin1String("digitTokenLength")).toInt(), 6);
        QCOMPARE(m_http->send("GET", configPath).json, created.json);

        const HttpReply again = m_http->send("POST", configPath, R"({"digitTokenEnabled":false})");
        QCOMPARE(again.status, 400);
        QVERIFY(again.firstText("causes").contains(QLatin1String("already")));
    }

    void acceptLanguagePicksTheLocale_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("origin");
        QTest::newRow("de") << QByteArray("de") << QStringLiteral("de-DE")
                            << QStringLiteral("REQUEST");
        QTest::newRow("q-values") << QByteArray("en;q=0.3, fr-CA;q=0.8, ja-JP;q=0.9")
                                  << QStringLiteral("ja-JP") << QStringLiteral("REQUEST");
        QTest::newRow("skip unknown") << QByteArray("xx-YY, es;q=0.5") << QStringLiteral("es-ES")
                                      << QStringLiteral("REQUEST");
        QTest::newRow("unknown") << QByteArray("xx") << QStringLiteral("en-US")
                                 << QStringLiteral("DEFAULT");
        QTest::newRow("wildcard") << QByteArray("*") << QStringLiteral("en-US")
                                  << QStringLiteral("DEFAULT");
    }

    void acceptLanguagePicksTheLocale()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, locale);
        QFETCH(QString, origin);
        m_http->language = header;
        const HttpReply reply = m_http->send("GET", QStringLiteral("/v2025/nothing-here"));
        QCOMPARE(reply.status, 404);
        const QJsonObject message
            = reply.json.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(message.value(QLatin1String("locale")).toString(), locale);
        QCOMPARE(message.value(QLatin1String("localeOrigin")).toString(), origin);
    }

    void everyResponseCarriesARequestId()
    {
        for (const QString &path :
            { configPath, QStringLiteral("/nowhere"), QStringLiteral("/v3/public-identities") }) {
            const HttpReply reply = m_http->send("GET", path);
            QVERIFY2(!reply.header("SLPT-Request-ID").isEmpty(), qPrintable(path));
        }
        m_http->token.clear();
        QVERIFY(!m_http->send("GET", configPath).header("SLPT-Request-ID").isEmpty());
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_server->setRateLimit(2, 30);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        const HttpReply limited = m_http->send("GET", configPath);
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 30);
        QCOMPARE(limited.json.value(QLatin1String("message")).toString(),
            QStringLiteral(" Rate Limit Exceeded "));
        QVERIFY(!limited.header("SLPT-Request-ID").isEmpty());
        // Another API version, and another client, have budgets of their own.
        QCOMPARE(m_http->send("GET", QStringLiteral("/v3/password-org-config")).status, 200);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-readonly")));
        QCOMPARE(m_http->send("GET", configPath).status, 200);
        m_server->setRateLimit(0, 10);
        QVERIFY(m_http->signIn(QStringLiteral("sandbox-admin")));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_http->send("GET", configPath).status, 200);
    }

    void executablePrintsUrlAndClients()
    {
        QProcess process;
        process.start(QStringLiteral(PASSDESK_SANDBOX_EXECUTABLE),
            { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(process.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += process.readAllStandardOutput()).contains("sandbox-readonly-secret")
                || process.state() != QProcess::Running,
            10000);
        QVERIFY(QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+"))
                    .match(QString::fromUtf8(output))
                    .hasMatch());
        QVERIFY(output.contains("sandbox-admin-secret"));
        QVERIFY(output.contains("idn:password-org-config:manage"));
        // Every client with its kind in words, and the people one can sign in as.
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += process.readAllStandardOutput()).contains("Serving until"), 10000);
        for (const char *line :
            { "sandbox-admin / sandbox-admin-secret, personal access token of Grace.Hopper:",
                "sandbox-app / sandbox-app-secret, app-only API client:",
                "passdesk-desktop / -, browser sign-in, public client, no secret:",
                "Grace.Hopper, Grace Hopper: Org admin", "Dana.Okafor, Dana Okafor: Helpdesk",
                "Maria.Garcia, Maria Garcia: User", "/oauth/authorize" })
            QVERIFY2(output.contains(line), line);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        process.waitForFinished();
    }

    void executableRefusesABadPort()
    {
        QProcess process;
        process.start(QStringLiteral(PASSDESK_SANDBOX_EXECUTABLE),
            { QStringLiteral("--port"), QStringLiteral("seventy") });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
