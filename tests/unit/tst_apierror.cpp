// Every error shape the contract README lists becomes the one error model.

#include "core/model/apierror.h"
#include "core/model/retryafter.h"

#include <QTest>
#include <QTimeZone>

using namespace Passdesk;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

ApiError parse(int status, const QByteArray &body,
    const QByteArray &contentType = "application/json", const QByteArray &retryAfter = {},
    const QByteArray &requestId = "slpt-1")
{
    return ApiError::fromHttpResponse(status, body, contentType, retryAfter, requestId, now);
}

const QStringList german { QStringLiteral("de-DE"), QStringLiteral("de") };
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void errorResponseDto()
    {
        const ApiError error = parse(400,
            R"({"detailCode":"400.1 Bad Request Content","trackingId":"e7eab60924f64aa284175b9fa3309599",
            "messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"The request was syntactically correct but its content is semantically invalid."}],
            "causes":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"digitTokenLength must be at most 18."}]})");
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QVERIFY(error.isError());
        QVERIFY(!error.isRateLimited());
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.detailCode, QStringLiteral("400.1 Bad Request Content"));
        QCOMPARE(error.trackingId, QStringLiteral("e7eab60924f64aa284175b9fa3309599"));
        QCOMPARE(error.requestId, QStringLiteral("slpt-1"));
        QCOMPARE(error.messages,
            (QList<LocalizedText> { { QStringLiteral("en-US"), QStringLiteral("DEFAULT"),
                QStringLiteral("The request was syntactically correct but its content is "
                               "semantically invalid.") } }));
        QCOMPARE(error.serverTexts({}),
            (QStringList { error.messages.first().text,
                QStringLiteral("digitTokenLength must be at most 18.") }));
        QVERIFY(error.usedDefaultLocale(german));
        QVERIFY(error.bodySummary.isEmpty());
    }

    void nullsEverywhereDoNotBreakIt()
    {
        const ApiError error = parse(
            500, R"({"detailCode":null,"trackingId":null,"causes":null,"error":null,"message":null,
            "messages":[null,1,"text",[],{},{"text":null},{"locale":null,"localeOrigin":null,"text":"An internal fault occurred."}]})");
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.detailCode.isEmpty());
        QVERIFY(error.trackingId.isEmpty());
        QVERIFY(error.causes.isEmpty());
        QCOMPARE(error.messages,
            (QList<LocalizedText> {
                { QString(), QString(), QStringLiteral("An internal fault occurred.") } }));
        QCOMPARE(error.serverTexts(german),
            QStringList { QStringLiteral("An internal fault occurred.") });
        QVERIFY(!error.usedDefaultLocale(german));
        QCOMPARE(error.summary(), QStringLiteral("The server had an internal problem (HTTP 500)."));
    }

    void messagesOfTheWrongTypeKeepTheRest()
    {
        const ApiError error = parse(400,
            R"({"messages":{"text":"not a list"},"causes":"nope","detailCode":7,"trackingId":"t1"})");
        QVERIFY(error.messages.isEmpty());
        QVERIFY(error.causes.isEmpty());
        QVERIFY(error.detailCode.isEmpty());
        QCOMPARE(error.trackingId, QStringLiteral("t1"));
        QVERIFY(error.serverTexts({}).isEmpty());
    }

    void otherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("errorDescription");
        QTest::addColumn<QString>("trackingId");
        QTest::addColumn<QStringList>("serverTexts");
        QTest::newRow("error") << QByteArray(R"({"error":"JWT validation failed: JWT is expired"})")
                               << QStringLiteral("JWT validation failed: JWT is expired")
                               << QString() << QString()
                               << QStringList { QStringLiteral(
                                      "JWT validation failed: JWT is expired") };
        QTest::newRow("experimental header")
            << QByteArray(R"({"error":"Experimental Header is missing or invalid."})")
            << QStringLiteral("Experimental Header is missing or invalid.") << QString()
            << QString()
            << QStringList { QStringLiteral("Experimental Header is missing or invalid.") };
        QTest::newRow("oauth") << QByteArray(
            R"({"error":"invalid_client","error_description":"Bad credentials"})")
                               << QStringLiteral("invalid_client")
                               << QStringLiteral("Bad credentials") << QString()
                               << QStringList { QStringLiteral("Bad credentials"),
                                      QStringLiteral("invalid_client") };
        QTest::newRow("message trimmed")
            << QByteArray(R"({"message":" Rate Limit Exceeded "})") << QString()
            << QStringLiteral("Rate Limit Exceeded") << QString()
            << QStringList { QStringLiteral("Rate Limit Exceeded") };
        QTest::newRow("errorName") << QByteArray(
            R"({"errorName":"IllegalArgument","errorMessage":"Bad userId","trackingId":"abc"})")
                                   << QStringLiteral("IllegalArgument")
                                   << QStringLiteral("Bad userId") << QStringLiteral("abc")
                                   << QStringList { QStringLiteral("Bad userId"),
                                          QStringLiteral("IllegalArgument") };
    }

    void otherShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QFETCH(QString, errorDescription);
        QFETCH(QString, trackingId);
        QFETCH(QStringList, serverTexts);
        const ApiError error = parse(401, body);
        QCOMPARE(error.errorCode, errorCode);
        QCOMPARE(error.errorDescription, errorDescription);
        QCOMPARE(error.trackingId, trackingId);
        QCOMPARE(error.serverTexts(german), serverTexts);
        QVERIFY(error.bodySummary.isEmpty());
        QVERIFY(error.messages.isEmpty());
    }

    void unknownJsonIsExcerpted()
    {
        const ApiError object = parse(400, R"({"status":"failed","error":{"code":17}})");
        QVERIFY(object.errorCode.isEmpty());
        QVERIFY2(
            object.bodySummary.contains(QLatin1String("failed")), qPrintable(object.bodySummary));
        QCOMPARE(object.serverTexts({}), QStringList { object.bodySummary });
        QCOMPARE(parse(400, "[1, 2]").bodySummary, QStringLiteral("[1, 2]"));
        QCOMPARE(parse(400, "\"just text\"").bodySummary, QStringLiteral("\"just text\""));
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::addColumn<bool>("capped");
        QTest::newRow("429 seconds") << 429 << QByteArray("7") << 7 << false;
        QTest::newRow("429 http date")
            << 429 << QByteArray("Sun, 22 Nov 2026 12:00:30 GMT") << 30 << false;
        QTest::newRow("429 past date")
            << 429 << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0 << false;
        QTest::newRow("429 missing") << 429 << QByteArray() << -1 << false;
        QTest::newRow("429 invalid") << 429 << QByteArray("soon") << -1 << false;
        QTest::newRow("429 negative") << 429 << QByteArray("-1") << -1 << false;
        QTest::newRow("429 huge") << 429 << QByteArray("99999999999999999999")
                                  << maxRetryAfterSeconds << true;
        QTest::newRow("503 seconds") << 503 << QByteArray("120") << 120 << false;
        QTest::newRow("503 http date")
            << 503 << QByteArray("Sun, 22 Nov 2026 12:01:00 GMT") << 60 << false;
        QTest::newRow("400 ignores it") << 400 << QByteArray("5") << -1 << false;
        QTest::newRow("500 ignores it") << 500 << QByteArray("5") << -1 << false;
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QFETCH(bool, capped);
        const ApiError error
            = parse(status, R"({"message":" Rate Limit Exceeded "})", "application/json", header);
        QCOMPARE(error.retryAfterSeconds, seconds < 0 ? std::nullopt : std::optional<int>(seconds));
        QCOMPARE(error.retryAfterCapped, capped);
        QCOMPARE(error.isRateLimited(), status == 429);
    }

    void requestIdHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("plain") << QByteArray("a1b2c3d4e5") << QStringLiteral("a1b2c3d4e5");
        QTest::newRow("spaces") << QByteArray("  a1b2 ") << QStringLiteral("a1b2");
        QTest::newRow("control characters") << QByteArray("a1\x01"
                                                          "b2\r\n")
                                            << QStringLiteral("a1b2");
        QTest::newRow("missing") << QByteArray() << QString();
        QTest::newRow("overlong") << QByteArray(5000, 'z') << QString(200, u'z');
    }

    void requestIdHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, requestId);
        QCOMPARE(parse(500, {}, {}, {}, header).requestId, requestId);
    }

    void htmlIsSummarisedNotDumped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("summary");
        QTest::newRow("title") << QByteArray("<!DOCTYPE html><html><head><title>502 Bad   "
                                             "Gateway</title></head><body><h1>Bad Gateway</h1>"
            + QByteArray(100000, 'x') + "</body></html>")
                               << QByteArray("text/html; charset=utf-8")
                               << QStringLiteral("502 Bad Gateway");
        QTest::newRow("heading") << QByteArray(
            "<html><body><h2>Service <b>down</b></h2></body></html>")
                                 << QByteArray("text/html") << QStringLiteral("Service down");
        QTest::newRow("empty title, heading")
            << QByteArray("<title> </title><h1 class=x>Forbidden</h1>") << QByteArray("TEXT/HTML")
            << QStringLiteral("Forbidden");
        QTest::newRow("unlabelled")
            << QByteArray("  <html><title>Maintenance</title></html>")
            << QByteArray("application/octet-stream") << QStringLiteral("Maintenance");
        QTest::newRow("entities") << QByteArray(
            "<title>Bad &amp; Ugly &#8211; nginx &#x263A; &lt;x&gt; &bogus;</title>")
                                  << QByteArray("text/html")
                                  << QStringLiteral("Bad & Ugly \u2013 nginx \u263A <x> &bogus;");
        QTest::newRow("scripts, styles, comments")
            << QByteArray(
                   "<html><head><style>body{color:red}</style><script>var a = 1;</script>"
                   "<!-- backend db01 --></head><body><p>Access denied by policy</p></body></html>")
            << QByteArray("text/html") << QStringLiteral("Access denied by policy");
        QTest::newRow("long title") << QByteArray("<title>" + QByteArray(500, 'T') + "</title>")
                                    << QByteArray("text/html") << QString(200, u'T');
        QTest::newRow("no text") << QByteArray("<html><body></body></html>")
                                 << QByteArray("text/html") << QString();
    }

    void htmlIsSummarisedNotDumped()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, summary);
        const ApiError error = parse(502, body, contentType);
        QCOMPARE(error.bodySummary, summary);
        QCOMPARE(ApiError::unreadableBody(QStringLiteral("x"), body).bodySummary, summary);
    }

    void otherBodiesAreExcerpted()
    {
        const ApiError text = parse(
            500, QByteArray("upstream\x01 connect\terror\n") + QByteArray(500, 'y'), "text/plain");
        QVERIFY2(text.bodySummary.startsWith(QLatin1String("upstream connect error yyy")),
            qPrintable(text.bodySummary));
        QCOMPARE(text.bodySummary.size(), 200);
        QCOMPARE(text.serverTexts({}), QStringList { text.bodySummary });
        const ApiError truncated = parse(400, "{\"detailCode\":\"400.1");
        QVERIFY(truncated.detailCode.isEmpty());
        QCOMPARE(truncated.bodySummary, QStringLiteral("{\"detailCode\":\"400.1"));
        const ApiError binary
            = parse(500, QByteArray("\xff\xfe\x00\x01ok", 6), "application/octet-stream");
        QVERIFY(binary.bodySummary.endsWith(QLatin1String("ok")));
        const ApiError empty = parse(503, "  \r\n ");
        QVERIFY(empty.bodySummary.isEmpty());
        QVERIFY(empty.serverTexts({}).isEmpty());
        QCOMPARE(empty.summary(), QStringLiteral("The server had an internal problem (HTTP 503)."));
    }

    void secretsAreMaskedInExcerpts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("secret");
        QTest::newRow("access token")
            << QByteArray(R"({"access_token":"abc.def.ghi","expires_in":"soon"})")
            << QStringLiteral("abc.def.ghi");
        QTest::newRow("refresh token, number")
            << QByteArray(R"({"refresh_token":123456789,"x":1})") << QStringLiteral("123456789");
        QTest::newRow("digit token") << QByteArray(R"({"digitToken":"90877130","requestId":"r"})")
                                     << QStringLiteral("90877130");
        QTest::newRow("client secret")
            << QByteArray(R"({"client_secret" : "s3cr3t"})") << QStringLiteral("s3cr3t");
        QTest::newRow("cut off") << QByteArray("{\"access_token\":\"abcdefghijkl")
                                 << QStringLiteral("abcdefghijkl");
        QTest::newRow("form") << QByteArray(
            "grant_type=client_credentials&client_secret=s3cr3t&x=1")
                              << QStringLiteral("s3cr3t");
        QTest::newRow("jwt in text")
            << QByteArray("token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl rejected")
            << QStringLiteral("eyJhbGciOiJSUzI1NiJ9");
    }

    void secretsAreMaskedInExcerpts()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, secret);
        for (const ApiError &error :
            { ApiError::unreadableBody(QStringLiteral("Unexpected answer."), body),
                parse(400, body, "text/plain") }) {
            QVERIFY2(!error.bodySummary.contains(secret), qPrintable(error.bodySummary));
            QVERIFY2(
                error.bodySummary.contains(QLatin1String("***")), qPrintable(error.bodySummary));
            QVERIFY(!error.detailsText({}).contains(secret));
        }
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
