// Parsing throughput of the two parsers that run on the UI thread for every answer: the error
// model (ApiError::fromHttpResponse) and the identity list (PublicIdentity::listFromJson), with
// bodies of realistic size and bodies just under the client's 1 MiB cap.

#include "core/api/apiclient.h"
#include "core/model/apierror.h"
#include "benchcommon.h"
#include "core/model/publicidentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <functional>

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

constexpr qint64 capBytes = ApiClient::maxBodyBytes;

QJsonObject message(const QString &locale, const QString &text)
{
    return { { QStringLiteral("locale"), locale },
        { QStringLiteral("localeOrigin"), QStringLiteral("REQUEST") },
        { QStringLiteral("text"), text } };
}

QJsonObject errorCause(int i)
{
    return message(QStringLiteral("en-US"),
        QStringLiteral("The value of field 'digitTokenLength' (%1) is out of range: it must be "
                       "from 6 to 18, inclusive.")
            .arg(19 + i));
}

// A 400 as a tenant sends it: the message in three locales and `causeCount` causes.
QByteArray errorBody(int causeCount)
{
    QJsonArray causes;
    for (int i = 0; i < causeCount; ++i)
        causes.append(errorCause(i));
    const QJsonObject dto { { QStringLiteral("detailCode"),
                                QStringLiteral("400.1 Bad Request Content") },
        { QStringLiteral("trackingId"), QStringLiteral("e7eab60924f64aa284175b9fa3309599") },
        { QStringLiteral("messages"),
            QJsonArray { message(QStringLiteral("en-US"),
                             QStringLiteral("The request was syntactically correct but its content "
                                            "is semantically invalid.")),
                message(QStringLiteral("de-DE"),
                    QStringLiteral("Die Anfrage war syntaktisch korrekt, ihr Inhalt ist aber "
                                   "semantisch ungültig.")),
                message(QStringLiteral("fr-FR"),
                    QStringLiteral("La requête était syntaxiquement correcte mais son "
                                   "contenu est sémantiquement invalide.")) } },
        { QStringLiteral("causes"), causes } };
    return QJsonDocument(dto).toJson(QJsonDocument::Compact);
}

// What a proxy in front of the tenant may send instead: an HTML page, mostly script.
QByteArray htmlBody(qint64 size)
{
    QByteArray html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><script>";
    const QByteArray line
        = "var telemetry = {host: 'edge-17', region: 'eu-central-1', retry: true};\n";
    while (html.size() + line.size() + 200 < size)
        html += line;
    html += "</script></head><body><h1>Bad Gateway</h1><p>The upstream server did not "
            "answer.</p></body></html>";
    return html;
}

QJsonObject identity(int i)
{
    const QString first = QStringLiteral("Alison%1").arg(i);
    const QString alias = QStringLiteral("%1.Ferguson").arg(first);
    return { { QStringLiteral("id"),
                 QStringLiteral("2c9180857182305e01719937%1").arg(i, 8, 10, QLatin1Char('0')) },
        { QStringLiteral("name"), QStringLiteral("%1 Ferguson").arg(first) },
        { QStringLiteral("alias"), alias },
        { QStringLiteral("email"), QString(alias.toLower() + QStringLiteral("@acme-solar.com")) },
        { QStringLiteral("status"), QStringLiteral("Active") },
        { QStringLiteral("identityState"), QStringLiteral("ACTIVE") },
        { QStringLiteral("manager"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("IDENTITY") },
                { QStringLiteral("id"), QStringLiteral("2c9180a46faadee4016fb4e018c20639") },
                { QStringLiteral("name"), QStringLiteral("Thomas Edison") } } },
        { QStringLiteral("attributes"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("country") },
                { QStringLiteral("name"), QStringLiteral("Country") },
                { QStringLiteral("value"), QStringLiteral("US") } } } } };
}

// A page of `count` identities as the contract describes them (manager and attributes included).
QByteArray identityList(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(identity(i));
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

// The largest list of that shape under the cap, joined from compact entries (fast to build).
QByteArray identityListNearCap()
{
    QByteArray body = "[";
    for (int i = 0;; ++i) {
        const QByteArray entry = QJsonDocument(identity(i)).toJson(QJsonDocument::Compact);
        if (body.size() + entry.size() + 2 > capBytes)
            break;
        if (i > 0)
            body += ',';
        body += entry;
    }
    return body + ']';
}

// An error DTO with as many causes as fit under the cap.
QByteArray errorBodyNearCap()
{
    const QByteArray empty = errorBody(0);
    const QByteArray cause = QJsonDocument(QJsonArray { errorCause(0) })
                                 .toJson(QJsonDocument::Compact)
                                 .mid(1)
                                 .chopped(1);
    QByteArray causes;
    while (empty.size() + causes.size() + cause.size() + 1 <= capBytes)
        causes += (causes.isEmpty() ? QByteArray() : QByteArray(",")) + cause;
    QByteArray body = empty;
    return body.replace("\"causes\":[]", QByteArray("\"causes\":[" + causes + ']'));
}

// Parses for at least `minimumMs` of this thread's CPU time and returns bodies per CPU second
// (the machine may be shared; CPU time does not count the time others had the core).
double bodiesPerSecond(const std::function<bool()> &parse, int minimumMs)
{
    if (!parse())
        return -1;
    qint64 count = 0;
    const qint64 start = clockNs(CLOCK_THREAD_CPUTIME_ID);
    qint64 elapsed = 0;
    do {
        for (int i = 0; i < 8; ++i) {
            if (!parse())
                return -1;
        }
        count += 8;
        elapsed = clockNs(CLOCK_THREAD_CPUTIME_ID) - start;
    } while (elapsed < qint64(minimumMs) * 1000000);
    return double(count) * 1e9 / double(elapsed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int minimumMs = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    struct Case
    {
        QString name;
        QByteArray body;
        std::function<bool(const QByteArray &)> parse;
    };
    const auto errorParse = [&](const QByteArray &contentType) {
        return [&now, contentType](const QByteArray &body) {
            const ApiError error
                = ApiError::fromHttpResponse(400, body, contentType, {}, "req-1", now);
            return error.kind == ApiError::Kind::Http
                && (!error.messages.isEmpty() || !error.bodySummary.isEmpty());
        };
    };
    const auto identityParse = [](int expected) {
        return [expected](const QByteArray &body) {
            QString error;
            const auto list = PublicIdentity::listFromJson(body, &error);
            return list && (expected < 0 || list->size() == expected);
        };
    };
    const QByteArray nearCapList = identityListNearCap();
    const QList<Case> cases {
        { QStringLiteral("error-realistic"), errorBody(2), errorParse("application/json") },
        { QStringLiteral("error-cap-json"), errorBodyNearCap(), errorParse("application/json") },
        { QStringLiteral("error-cap-html"), htmlBody(capBytes), errorParse("text/html") },
        { QStringLiteral("identities-realistic"), identityList(20), identityParse(20) },
        { QStringLiteral("identities-cap"), nearCapList, identityParse(-1) },
    };
    bool ok = true;
    for (const Case &c : cases) {
        const double rate = bodiesPerSecond([&] { return c.parse(c.body); }, minimumMs);
        ok = ok && rate > 0;
        printResult({ { QStringLiteral("program"), QStringLiteral("parse") },
            { QStringLiteral("case"), c.name },
            { QStringLiteral("bodyBytes"), double(c.body.size()) },
            { QStringLiteral("bodiesPerSecond"), rate },
            { QStringLiteral("msPerBody"), rate > 0 ? 1000.0 / rate : -1.0 } });
    }
    return ok ? 0 : 1;
}
