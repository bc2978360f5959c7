#include "sandboxresponses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Passdesk::Sandbox {

namespace {

QJsonObject localizedMessage(const ResponseLocale &locale, const QString &text)
{
    return QJsonObject { { QStringLiteral("locale"), locale.tag },
        { QStringLiteral("localeOrigin"), locale.origin }, { QStringLiteral("text"), text } };
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

QString newTrackingId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

SandboxReply jsonReply(int status, const QJsonValue &value)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply errorDto(int status, const QString &detailCode, const ResponseLocale &locale,
    Text message, const Causes &causes)
{
    QJsonArray causeArray;
    for (const auto &cause : causes)
        causeArray.append(
            localizedMessage(locale, localizedText(cause.first, locale.tag, cause.second)));
    return jsonReply(status,
        QJsonObject { { QStringLiteral("detailCode"), detailCode },
            { QStringLiteral("trackingId"), newTrackingId() },
            { QStringLiteral("messages"),
                QJsonArray { localizedMessage(locale, localizedText(message, locale.tag)) } },
            { QStringLiteral("causes"), causeArray } });
}

SandboxReply oauthError(int status, const char *error, const char *description)
{
    return jsonReply(status,
        QJsonObject { { QStringLiteral("error"), QLatin1String(error) },
            { QStringLiteral("error_description"), QLatin1String(description) } });
}

SandboxReply bareError(int status, const QString &error)
{
    return jsonReply(status, QJsonObject { { QStringLiteral("error"), error } });
}

SandboxReply rateLimitReply(int retryAfterSeconds)
{
    SandboxReply reply = jsonReply(429,
        QJsonObject { { QStringLiteral("message"), QStringLiteral(" Rate Limit Exceeded ") } });
    reply.headers.append(
        { QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(1, retryAfterSeconds)) });
    return reply;
}

// What a corporate proxy or load balancer sends instead of JSON.
SandboxReply htmlProxyPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>") + title
        + QByteArrayLiteral(
            "</title><style>body{font-family:sans-serif}</style></head><body>\n<h1>")
        + title
        + QByteArrayLiteral(
            "</h1>\n<p>The proxy server could not handle the request. Please try again later.</p>\n"
            "<hr><address>sandbox-proxy</address>\n</body></html>\n");
    return reply;
}

} // namespace Passdesk::Sandbox
