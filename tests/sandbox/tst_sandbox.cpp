// The sandbox tenant seen from a plain HTTP client: the contract's rules that Passdesk's own
// client never breaks, so its tests cannot show them.

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Passdesk::Sandbox;

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_token = fetchToken(QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"));
        QVERIFY(!m_token.isEmpty());
    }

    void experimentalHeaderRule()
    {
        const QByteArray body = R"({"userId":"Abby.Smith","length":8})";
        auto withoutHeader = send("POST", QStringLiteral("/v2025/generate-password-reset-token/digit"), body);
        QCOMPARE(withoutHeader.status, 400);
        QCOMPARE(withoutHeader.json.value(QLatin1String("error")).toString(), QStringLiteral("Experimental Header is missing or invalid."));
        auto beta = send("POST", QStringLiteral("/beta/generate-password-reset-token/digit"), body);
        QCOMPARE(beta.status, 200);
        QCOMPARE(beta.json.value(QLatin1String("digitToken")).toString().size(), 8);
        auto v3 = send("POST", QStringLiteral("/v3/generate-password-reset-token/digit"), body);
        QCOMPARE(v3.status, 404);
    }

    void errorsAreLocalizedWithFallback()
    {
        auto german = send("PUT", QStringLiteral("/v2025/password-org-config"), R"({"digitTokenLength":"8"})", "de-DE,de;q=0.9");
        QCOMPARE(german.status, 400);
        const QJsonObject message = german.json.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(message.value(QLatin1String("locale")).toString(), QStringLiteral("de-DE"));
        QCOMPARE(message.value(QLatin1String("localeOrigin")).toString(), QStringLiteral("REQUEST"));
        QCOMPARE(german.json.value(QLatin1String("trackingId")).toString().size(), 32);
        auto unknown = send("PUT", QStringLiteral("/v2025/password-org-config"), R"({"digitTokenLength":5.5})", "xx");
        const QJsonObject fallback = unknown.json.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(fallback.value(QLatin1String("locale")).toString(), QStringLiteral("en-US"));
        QCOMPARE(fallback.value(QLatin1String("localeOrigin")).toString(), QStringLiteral("DEFAULT"));
        for (const char *language : {"es", "ja", "fr"}) {
            auto localized = send("GET", QStringLiteral("/v2025/nothing-here"), {}, language);
            QCOMPARE(localized.status, 404);
            QVERIFY(localized.json.value(QLatin1String("messages")).toArray().first().toObject()
                        .value(QLatin1String("locale")).toString().startsWith(QLatin1String(language)));
        }
    }

    void validationRefusesWrongTypesAndRanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("string") << QByteArray(R"({"digitTokenLength":"8"})");
        QTest::newRow("fraction") << QByteArray(R"({"digitTokenDurationMinutes":5.5})");
        QTest::newRow("range") << QByteArray(R"({"digitTokenLength":19})");
        QTest::newRow("null") << QByteArray(R"({"digitTokenEnabled":null})");
        QTest::newRow("unknown") << QByteArray(R"({"colour":"blue"})");
        QTest::newRow("not json") << QByteArray("nope");
    }

    void validationRefusesWrongTypesAndRanges()
    {
        QFETCH(QByteArray, body);
        auto reply = send("PUT", QStringLiteral("/v2025/password-org-config"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json.value(QLatin1String("causes")).toArray().isEmpty());
        QCOMPARE(m_server->orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 6);
    }

    void everyResponseCarriesARequestId()
    {
        for (const QString &path : {QStringLiteral("/v2025/password-org-config"), QStringLiteral("/nowhere")}) {
            auto reply = send("GET", path, {});
            QVERIFY(!reply.requestId.isEmpty());
        }
        QVERIFY(!m_lastRequestId.isEmpty()); // the token endpoint's answer had one too
    }

    void missingTokenAndMissingScope()
    {
        const QString saved = m_token;
        m_token.clear();
        auto anonymous = send("GET", QStringLiteral("/v2025/password-org-config"), {});
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.json.contains(QLatin1String("error")));
        m_token = fetchToken(QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"));
        auto forbidden = send("POST", QStringLiteral("/v2025/generate-password-reset-token/digit"), R"({"userId":"Abby.Smith"})");
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.json.value(QLatin1String("detailCode")).toString(), QStringLiteral("403 Forbidden"));
        m_token = saved;
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_server->setRateLimit(2, 30);
        send("GET", QStringLiteral("/v2025/password-org-config"), {});
        send("GET", QStringLiteral("/v2025/password-org-config"), {});
        auto limited = send("GET", QStringLiteral("/v2025/password-org-config"), {});
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.retryAfter.toInt() >= 1);
        QCOMPARE(limited.json.value(QLatin1String("message")).toString(), QStringLiteral(" Rate Limit Exceeded "));
        // Another API version has its own budget.
        QCOMPARE(send("GET", QStringLiteral("/v3/password-org-config"), {}).status, 200);
    }

    void disabledDigitTokensAreRefused()
    {
        QJsonObject config = *m_server->orgConfig();
        config.insert(QStringLiteral("digitTokenEnabled"), false);
        m_server->setOrgConfig(config);
        auto refused = send("POST", QStringLiteral("/beta/generate-password-reset-token/digit"), R"({"userId":"Abby.Smith"})");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json.value(QLatin1String("causes")).toArray().first().toObject()
                    .value(QLatin1String("text")).toString().contains(QLatin1String("disabled")));
    }

    void tokensAreRandomDigitsOfTheRequestedLength()
    {
        QSet<QString> seen;
        for (int length : {6, 12, 18}) {
            auto reply = send("POST", QStringLiteral("/beta/generate-password-reset-token/digit"),
                              QStringLiteral(R"({"userId":"abby.smith","length":%1})").arg(length).toUtf8());
            const QString digits = reply.json.value(QLatin1String("digitToken")).toString();
            QCOMPARE(digits.size(), length);
            QVERIFY(std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); }));
            seen.insert(digits);
        }
        QCOMPARE(seen.size(), 3);
    }

    void numericModeWritesTheNumberLiterally()
    {
        m_server->setNumericDigitToken(true);
        m_server->setNextDigitToken(QStringLiteral("001234567890123456"));
        auto reply = send("POST", QStringLiteral("/beta/generate-password-reset-token/digit"), R"({"userId":"Abby.Smith","length":18})");
        QVERIFY(reply.body.contains("\"digitToken\":1234567890123456,"));
    }

    void executablePrintsUrlAndClients()
    {
        QProcess process;
        process.start(QStringLiteral(PASSDESK_SANDBOX_EXECUTABLE), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("sandbox-helpdesk-secret")
                                     || process.state() != QProcess::Running,
                                 10000);
        QVERIFY(output.contains("http://127.0.0.1:"));
        QVERIFY(output.contains("sandbox-admin"));
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        process.waitForFinished();
    }

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QByteArray requestId;
        QByteArray retryAfter;
    };

    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &language = "en-US")
    {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("Accept-Language", language);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.requestId = reply->rawHeader("SLPT-Request-ID");
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

    QString fetchToken(const QString &id, const QString &secret)
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/oauth/token"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, "grant_type=client_credentials&client_id=" + id.toUtf8()
                                                           + "&client_secret=" + secret.toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        m_lastRequestId = reply->rawHeader("SLPT-Request-ID");
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json.value(QLatin1String("access_token")).toString();
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
    QByteArray m_lastRequestId;
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
