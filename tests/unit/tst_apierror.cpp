// Every error shape the contract README lists becomes the one error model.

#include "apierror.h"

#include <QTest>

using namespace Passdesk;

namespace {
ApiError parse(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
               const QByteArray &retryAfter = {}, const QByteArray &requestId = "slpt-1")
{
    return ApiError::fromHttpResponse(status, body, contentType, retryAfter, requestId,
                                      QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
}
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void errorResponseDto()
    {
        const ApiError error = parse(400, R"({"detailCode":"400.1 Bad Request Content","trackingId":"e7eab60924f64aa284175b9fa3309599",
            "messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"The request was syntactically correct but its content is semantically invalid."}],
            "causes":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"digitTokenLength must be at most 18."}]})");
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.detailCode, QStringLiteral("400.1 Bad Request Content"));
        QCOMPARE(error.trackingId, QStringLiteral("e7eab60924f64aa284175b9fa3309599"));
        QCOMPARE(error.requestId, QStringLiteral("slpt-1"));
        QCOMPARE(error.messages.size(), 1);
        QCOMPARE(error.causes.first().text, QStringLiteral("digitTokenLength must be at most 18."));
        QCOMPARE(error.serverTexts({}).size(), 2);
        QVERIFY(error.usedDefaultLocale({QStringLiteral("de-DE")}));
    }

    void nullsEverywhereDoNotBreakIt()
    {
        const ApiError error = parse(500, R"({"detailCode":null,"trackingId":null,"messages":[null,{"locale":null,"localeOrigin":null,"text":"An internal fault occurred."},{"text":null}],"causes":null})");
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.detailCode.isEmpty());
        QCOMPARE(error.messages.size(), 1);
        QVERIFY(error.messages.first().locale.isEmpty());
        QVERIFY(error.summary().contains(QLatin1String("500")));
    }

    void messagesOfTheWrongTypeAreIgnored()
    {
        const ApiError error = parse(400, R"({"messages":{"text":"not a list"},"causes":"nope","trackingId":"t1"})");
        QVERIFY(error.messages.isEmpty());
        QVERIFY(error.causes.isEmpty());
        QCOMPARE(error.trackingId, QStringLiteral("t1"));
    }

    void oauthErrorShapes()
    {
        const ApiError plain = parse(401, R"({"error":"JWT validation failed: JWT is expired"})");
        QCOMPARE(plain.errorCode, QStringLiteral("JWT validation failed: JWT is expired"));
        QCOMPARE(plain.serverTexts({}), QStringList {plain.errorCode});
        const ApiError described = parse(401, R"({"error":"invalid_client","error_description":"Bad credentials"})");
        QCOMPARE(described.errorCode, QStringLiteral("invalid_client"));
        QCOMPARE(described.errorDescription, QStringLiteral("Bad credentials"));
        QCOMPARE(described.serverTexts({}), (QStringList {QStringLiteral("Bad credentials"), QStringLiteral("invalid_client")}));
        const ApiError experimental = parse(400, R"({"error":"Experimental Header is missing or invalid."})");
        QVERIFY(experimental.serverTexts({}).first().contains(QLatin1String("Experimental Header")));
    }

    void messageAndErrorNameShapes()
    {
        const ApiError message = parse(429, R"({"message":" Rate Limit Exceeded "})", "application/json", "7");
        QCOMPARE(message.errorDescription, QStringLiteral("Rate Limit Exceeded"));
        QVERIFY(message.isRateLimited());
        QCOMPARE(message.retryAfterSeconds, std::optional<int>(7));
        QVERIFY(message.summary().contains(QLatin1String("7 second")));
        const ApiError named = parse(400, R"({"errorName":"IllegalArgument","errorMessage":"Bad userId","trackingId":"abc"})");
        QCOMPARE(named.errorCode, QStringLiteral("IllegalArgument"));
        QCOMPARE(named.errorDescription, QStringLiteral("Bad userId"));
        QCOMPARE(named.trackingId, QStringLiteral("abc"));
    }

    void retryAfterAsHttpDateAndMissing()
    {
        const ApiError dated = parse(429, {}, {}, "Sun, 22 Nov 2026 12:00:30 GMT");
        QCOMPARE(dated.retryAfterSeconds, std::optional<int>(30));
        const ApiError missing = parse(429, {}, {}, {});
        QVERIFY(!missing.retryAfterSeconds);
        QVERIFY(!missing.summary().isEmpty());
        const ApiError huge = parse(429, {}, {}, "99999999999999");
        QVERIFY(huge.retryAfterCapped);
        const ApiError notRateLimited = parse(400, {}, {}, "5");
        QVERIFY(!notRateLimited.retryAfterSeconds);
    }

    void htmlIsSummarisedNotDumped()
    {
        QByteArray page = "<!DOCTYPE html><html><head><title>502 Bad   Gateway</title></head><body><h1>Bad Gateway</h1>";
        page += QByteArray(100000, 'x') + "</body></html>";
        const ApiError error = parse(502, page, "text/html");
        QCOMPARE(error.bodySummary, QStringLiteral("502 Bad Gateway"));
        const ApiError noTitle = parse(200 + 300, "<html><body><h2>Service <b>down</b></h2></body></html>", "text/html");
        QCOMPARE(noTitle.bodySummary, QStringLiteral("Service down"));
        const ApiError unlabelled = parse(503, "<html><title>Maintenance</title></html>", "application/octet-stream");
        QCOMPARE(unlabelled.bodySummary, QStringLiteral("Maintenance"));
    }

    void otherBodiesAreExcerpted()
    {
        const ApiError text = parse(500, QByteArray("upstream\x01 connect error ") + QByteArray(500, 'y'), "text/plain");
        QVERIFY(text.bodySummary.startsWith(QLatin1String("upstream connect error")));
        QVERIFY(text.bodySummary.size() <= 200);
        const ApiError empty = parse(503, {});
        QVERIFY(empty.serverTexts({}).isEmpty());
        QVERIFY(empty.summary().contains(QLatin1String("503")));
        const ApiError truncated = parse(400, "{\"detailCode\":\"400.1");
        QVERIFY(truncated.detailCode.isEmpty());
        QVERIFY(!truncated.bodySummary.isEmpty());
    }

    void bestLocaleIsChosen()
    {
        const ApiError error = parse(400, R"({"messages":[
            {"locale":"en-US","localeOrigin":"DEFAULT","text":"Invalid."},
            {"locale":"de-DE","localeOrigin":"REQUEST","text":"Ungültig."},
            {"locale":"fr-FR","localeOrigin":"REQUEST","text":"Invalide."}]})");
        QCOMPARE(error.serverTexts({QStringLiteral("de-AT")}), QStringList {QStringLiteral("Ungültig.")});
        QCOMPARE(error.serverTexts({QStringLiteral("fr-FR")}), QStringList {QStringLiteral("Invalide.")});
        QCOMPARE(error.serverTexts({QStringLiteral("ja-JP")}), QStringList {QStringLiteral("Invalid.")});
        QVERIFY(!error.usedDefaultLocale({QStringLiteral("de-DE")}));
        QVERIFY(error.usedDefaultLocale({QStringLiteral("ja-JP")}));
    }

    void everyKindHasItsOwnSummary()
    {
        QSet<QString> summaries;
        for (auto kind : {ApiError::Kind::Network, ApiError::Kind::Timeout, ApiError::Kind::Tls, ApiError::Kind::UnreadableBody,
                          ApiError::Kind::TooLarge, ApiError::Kind::Redirect, ApiError::Kind::Canceled,
                          ApiError::Kind::Unsupported, ApiError::Kind::InvalidInput}) {
            ApiError error;
            error.kind = kind;
            QVERIFY(!error.summary().isEmpty());
            QVERIFY(!apiErrorKindName(kind).isEmpty());
            summaries.insert(error.summary());
        }
        QCOMPARE(summaries.size(), 9);
        for (int status : {400, 401, 403, 404, 409, 418, 500, 502})
            QVERIFY(parse(status, {}).summary().contains(QString::number(status)));
    }

    void detailsTextHasWhatATicketNeeds()
    {
        ApiError error = parse(400, R"({"detailCode":"400.1 Bad Request Content","trackingId":"tid","messages":[{"locale":"en-US","text":"Bad."}],"causes":[{"locale":"en-US","text":"Because."}]})");
        error.operation = QStringLiteral("Save password org config");
        const QString details = error.detailsText({});
        for (const char *part : {"Save password org config", "HTTP status: 400", "400.1 Bad Request Content", "tid", "slpt-1", "Bad.", "Because."})
            QVERIFY2(details.contains(QLatin1String(part)), part);
        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        tls.certificate = CertificateInfo {QStringLiteral("CN=evil"), QStringLiteral("CN=evil"), QStringLiteral("AA:BB"), {}, {}, {}};
        QVERIFY(tls.detailsText({}).contains(QLatin1String("AA:BB")));
    }

    void invalidInputAndUnreadableBody()
    {
        const ApiError invalid = ApiError::invalidInput(QStringLiteral("Enter the uid."));
        QCOMPARE(invalid.kind, ApiError::Kind::InvalidInput);
        QVERIFY(invalid.summary().contains(QLatin1String("Enter the uid.")));
        const ApiError unreadable = ApiError::unreadableBody(QStringLiteral("Not JSON."), "<html><title>Login</title></html>");
        QCOMPARE(unreadable.kind, ApiError::Kind::UnreadableBody);
        QCOMPARE(unreadable.bodySummary, QStringLiteral("Login"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
