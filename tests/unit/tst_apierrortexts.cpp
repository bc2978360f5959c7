// The error model in words: summaries per kind and status, server texts in the best locale,
// and the details text for a support ticket.

#include "core/model/apierror.h"
#include "core/net/networkerrors.h"
#include "core/model/retryafter.h"

#include <QSet>
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

class TestApiErrorTexts : public QObject
{
    Q_OBJECT

private slots:
    void rateLimitSummaries()
    {
        QCOMPARE(parse(429, {}, {}, "7").summary(),
            QStringLiteral("Too many requests: the server asks Passdesk to wait 7 second(s)."));
        QVERIFY(
            parse(429, {}, {}, "99999").summary().contains(QString::number(maxRetryAfterSeconds)));
        QCOMPARE(parse(429, {}, {}, {}).summary(),
            QStringLiteral("Too many requests: the server asks Passdesk to wait a moment."));
    }

    void bestLocaleIsChosen()
    {
        const ApiError error = parse(400, R"({"messages":[
            {"locale":"en-US","localeOrigin":"DEFAULT","text":"Invalid."},
            {"locale":"de-DE","localeOrigin":"REQUEST","text":"Ungültig."},
            {"locale":"fr-FR","localeOrigin":"REQUEST","text":"Invalide."}],
            "causes":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"Too long."},
            {"locale":"de-DE","localeOrigin":"REQUEST","text":"Zu lang."}]})");
        QCOMPARE(error.serverTexts({ QStringLiteral("de-AT") }),
            (QStringList { QStringLiteral("Ungültig."), QStringLiteral("Zu lang.") }));
        QCOMPARE(error.serverTexts({ QStringLiteral("fr-FR") }),
            (QStringList { QStringLiteral("Invalide."), QStringLiteral("Too long.") }));
        QCOMPARE(error.serverTexts({ QStringLiteral("ja-JP") }),
            (QStringList { QStringLiteral("Invalid."), QStringLiteral("Too long.") }));
        QVERIFY(!error.usedDefaultLocale({ QStringLiteral("de-DE") }));
        QVERIFY(error.usedDefaultLocale({ QStringLiteral("fr-FR") })); // the cause fell back
        QVERIFY(error.usedDefaultLocale({ QStringLiteral("ja-JP") }));
        const QString details = error.detailsText(german);
        QVERIFY(details.contains(QStringLiteral("Ungültig.")));
        QVERIFY(!details.contains(QLatin1String("Invalide.")));
    }

    void everyKindHasItsOwnWords()
    {
        QSet<QString> summaries;
        QSet<QString> names;
        const QList<ApiError::Kind> kinds { ApiError::Kind::Network, ApiError::Kind::Timeout,
            ApiError::Kind::Tls, ApiError::Kind::Http, ApiError::Kind::UnreadableBody,
            ApiError::Kind::TooLarge, ApiError::Kind::Redirect, ApiError::Kind::Canceled,
            ApiError::Kind::Unsupported, ApiError::Kind::InvalidInput,
            ApiError::Kind::HeadersTooLarge, ApiError::Kind::Undecodable };
        for (const ApiError::Kind kind : kinds) {
            ApiError error;
            error.kind = kind;
            error.httpStatus = kind == ApiError::Kind::Redirect ? 302 : 0;
            QVERIFY(error.isError());
            QVERIFY(!error.summary().isEmpty());
            summaries.insert(error.summary());
            names.insert(apiErrorKindName(kind));
        }
        names.insert(apiErrorKindName(ApiError::Kind::None));
        QCOMPARE(summaries.size(), kinds.size());
        QCOMPARE(names.size(), kinds.size() + 1);
        QVERIFY(!names.contains(QString()));
        QVERIFY(!ApiError {}.isError());
        QVERIFY(ApiError {}.summary().isEmpty());
    }

    void httpStatusesHaveTheirOwnSummary()
    {
        QCOMPARE(parse(400, {}).summary(),
            QStringLiteral("The server refused the request as invalid (HTTP 400)."));
        QCOMPARE(parse(401, {}).summary(),
            QStringLiteral("The server did not accept Passdesk's credentials (HTTP 401)."));
        QCOMPARE(parse(403, {}).summary(),
            QStringLiteral("This API client is not allowed to do that (HTTP 403)."));
        QCOMPARE(parse(502, {}).summary(),
            QStringLiteral("The server had an internal problem (HTTP 502)."));
        QSet<QString> distinct;
        for (int status : { 400, 401, 403, 404, 409, 418, 429, 500 }) {
            const QString summary = parse(status, {}).summary();
            QVERIFY2(
                status == 429 || summary.contains(QString::number(status)), qPrintable(summary));
            distinct.insert(summary);
        }
        QCOMPARE(distinct.size(), 8);
    }

    void networkErrorsSpeakPlainly()
    {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.technicalDetail = describeNetworkError(QNetworkReply::ConnectionRefusedError);
        QCOMPARE(error.serverTexts({}), QStringList { error.technicalDetail });
        QVERIFY(error.detailsText({}).contains(error.technicalDetail));
    }

    void invalidInputAndUnreadableBody()
    {
        const ApiError invalid = ApiError::invalidInput(QStringLiteral("Enter the uid."));
        QCOMPARE(invalid.kind, ApiError::Kind::InvalidInput);
        QVERIFY(invalid.summary().contains(QLatin1String("Enter the uid.")));
        QVERIFY(invalid.serverTexts({}).isEmpty()); // the reason is already the summary
        const ApiError unreadable = ApiError::unreadableBody(
            QStringLiteral("Not JSON."), "<html><title>Login</title></html>");
        QCOMPARE(unreadable.kind, ApiError::Kind::UnreadableBody);
        QCOMPARE(unreadable.technicalDetail, QStringLiteral("Not JSON."));
        QCOMPARE(unreadable.bodySummary, QStringLiteral("Login"));
        QVERIFY(ApiError::unreadableBody(QStringLiteral("Empty.")).bodySummary.isEmpty());
    }

    void detailsTextHasWhatATicketNeeds()
    {
        ApiError error = parse(429,
            R"({"detailCode":"429 Too Many","trackingId":"tid-9","messages":[{"locale":"en-US","text":"Slow down."}],"causes":[{"locale":"en-US","text":"Because."}]})",
            "application/json", "42", "req-7");
        error.operation = QStringLiteral("Save password org config");
        error.technicalDetail = QStringLiteral("Qt says hi");
        const QString details = error.detailsText({});
        for (const char *part : { "Operation: Save password org config", "Error: Too many requests",
                 "Kind: HTTP error", "HTTP status: 429", "detailCode: 429 Too Many",
                 "trackingId: tid-9", "SLPT-Request-ID: req-7", "Slow down.", "Because.",
                 "Retry-After: 42 s", "Detail: Qt says hi" })
            QVERIFY2(details.contains(QLatin1String(part)), part);
        QVERIFY(!details.contains(QLatin1String("Certificate")));

        const QString sparse = parse(404, {}, {}, {}, {}).detailsText({});
        QVERIFY(sparse.contains(QLatin1String("HTTP status: 404")));
        for (const char *absent :
            { "trackingId", "detailCode", "SLPT-Request-ID", "Retry-After", "Operation" })
            QVERIFY2(!sparse.contains(QLatin1String(absent)), absent);

        const QString shapes
            = parse(401, R"({"error":"invalid_client","error_description":"Bad credentials"})")
                  .detailsText({});
        QVERIFY(shapes.contains(QLatin1String("invalid_client")));
        QVERIFY(shapes.contains(QLatin1String("Bad credentials")));
        QVERIFY(parse(502, "<title>Bad Gateway</title>", "text/html")
                    .detailsText({})
                    .contains(QLatin1String("Bad Gateway")));
    }

    void detailsTextShowsTheCertificate()
    {
        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        tls.certificate = CertificateInfo { QStringLiteral("CN=acme.example"),
            QStringLiteral("CN=Evil CA"), QStringLiteral("AA:BB:CC"),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()),
            { QStringLiteral("The certificate is self-signed, and untrusted") } };
        const QString details = tls.detailsText({});
        for (const char *part : { "CN=acme.example", "CN=Evil CA", "AA:BB:CC", "self-signed",
                 "Valid from", "Valid until", "TLS" })
            QVERIFY2(details.contains(QLatin1String(part)), part);
    }
};

QTEST_APPLESS_MAIN(TestApiErrorTexts)
#include "tst_apierrortexts.moc"
