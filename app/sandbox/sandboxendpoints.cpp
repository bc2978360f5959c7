// The tenant's endpoints past routing and authorization: the org config, digit tokens and the
// public identity lookup, each validating its input as the contract describes.

#include "sandboxdirectory.h"
#include "sandboxstate.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Passdesk::Sandbox {

namespace {

void checkInteger(
    const QJsonObject &object, const QString &key, int minimum, int maximum, Causes &causes)
{
    if (!object.contains(key))
        return;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number)
        causes.append({ Text::NotInteger, { key } });
    else if (number < minimum || number > maximum)
        causes.append(
            { Text::OutOfRange, { key, QString::number(minimum), QString::number(maximum) } });
}

// The config fields a PUT or POST may carry, with the contract's types and ranges.
Causes validateConfigFields(const QJsonObject &object)
{
    Causes causes;
    static const QStringList known { QStringLiteral("customInstructionsEnabled"),
        QStringLiteral("digitTokenEnabled"), QStringLiteral("digitTokenDurationMinutes"),
        QStringLiteral("digitTokenLength") };
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            causes.append({ Text::UnknownField, { key } });
    }
    for (const QString &key : { known.at(0), known.at(1) }) {
        if (object.contains(key) && !object.value(key).isBool())
            causes.append({ Text::NotBoolean, { key } });
    }
    checkInteger(object, known.at(2), 1, 60, causes);
    checkInteger(object, known.at(3), 6, 18, causes);
    return causes;
}

QString randomDigits(int length)
{
    QString digits;
    for (int i = 0; i < length; ++i)
        digits += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return digits;
}

} // namespace

SandboxReply SandboxState::orgConfig(const RecordedRequest &request, const ResponseLocale &locale)
{
    const QString badRequest = QStringLiteral("400.1 Bad Request Content");
    if (request.method == "GET") {
        if (!config)
            return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
                { { Text::ConfigMissing, {} } });
        return jsonReply(200, *config);
    }
    if (request.method != "PUT" && request.method != "POST")
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
            { { Text::UnknownPath, { request.path } } });
    if (request.method == "PUT" && !config)
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
            { { Text::ConfigMissing, {} } });
    if (request.method == "POST" && config)
        return errorDto(400, badRequest, locale, Text::BadRequest, { { Text::ConfigExists, {} } });

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return errorDto(400, badRequest, locale, Text::BadRequest, { { Text::NotAnObject, {} } });
    const QJsonObject fields = document.object();
    if (const Causes causes = validateConfigFields(fields); !causes.isEmpty())
        return errorDto(400, badRequest, locale, Text::BadRequest, causes);

    QJsonObject updated = request.method == "PUT"
        ? *config
        : QJsonObject { { QStringLiteral("customInstructionsEnabled"), false },
              { QStringLiteral("digitTokenEnabled"), false },
              { QStringLiteral("digitTokenDurationMinutes"), 5 },
              { QStringLiteral("digitTokenLength"), 6 } };
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        updated.insert(it.key(), it.value());
    config = updated;
    return jsonReply(200, updated);
}

SandboxReply SandboxState::digitToken(const RecordedRequest &request, const ResponseLocale &locale)
{
    const QString badRequest = QStringLiteral("400.1 Bad Request Content");
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return errorDto(400, badRequest, locale, Text::BadRequest, { { Text::NotAnObject, {} } });
    const QJsonObject body = document.object();
    Causes causes;
    for (const QString &key : body.keys()) {
        if (key != QLatin1String("userId") && key != QLatin1String("length")
            && key != QLatin1String("durationMinutes"))
            causes.append({ Text::UnknownField, { key } });
    }
    const QJsonValue userIdValue = body.value(QLatin1String("userId"));
    if (userIdValue.isUndefined() || (userIdValue.isString() && userIdValue.toString().isEmpty()))
        causes.append({ Text::MissingUserId, {} });
    else if (!userIdValue.isString())
        causes.append({ Text::NotString, { QStringLiteral("userId") } });
    checkInteger(body, QStringLiteral("length"), 6, 18, causes);
    checkInteger(body, QStringLiteral("durationMinutes"), 1, 60, causes);
    if (!causes.isEmpty())
        return errorDto(400, badRequest, locale, Text::BadRequest, causes);
    if (!config || !config->value(QLatin1String("digitTokenEnabled")).toBool())
        return errorDto(
            400, badRequest, locale, Text::BadRequest, { { Text::TokensDisabled, {} } });
    const QString userId = body.value(QLatin1String("userId")).toString();
    const bool known
        = std::any_of(directory.cbegin(), directory.cend(), [&](const SandboxIdentity &identity) {
              return identity.alias.compare(userId, Qt::CaseInsensitive) == 0;
          });
    if (!known)
        return errorDto(
            400, badRequest, locale, Text::BadRequest, { { Text::UnknownUser, { userId } } });

    const int length = body.value(QLatin1String("length")).toInt(6);
    QString digits
        = nextDigitToken.isEmpty() ? randomDigits(length) : std::exchange(nextDigitToken, {});
    lastDigitToken = digits;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!numericDigitToken)
        return jsonReply(200,
            QJsonObject { { QStringLiteral("digitToken"), digits },
                { QStringLiteral("requestId"), requestId } });

    // As the documentation's example does: a bare JSON number, written by hand so that no
    // digit passes through a double. Leading zeros are lost, as they would be.
    QString number = digits;
    while (number.size() > 1 && number.startsWith(u'0'))
        number.remove(0, 1);
    SandboxReply reply;
    reply.body = QByteArrayLiteral("{\"digitToken\":") + number.toLatin1()
        + QByteArrayLiteral(",\"requestId\":\"") + requestId.toLatin1() + QByteArrayLiteral("\"}");
    return reply;
}

SandboxReply SandboxState::publicIdentities(
    const RecordedRequest &request, const ResponseLocale &locale)
{
    const QString badRequest = QStringLiteral("400.1 Bad Request Content");
    // Reads a whole-number query parameter; notes a cause when it is not one in range.
    Causes causes;
    auto number = [&](const QString &name, int fallback, int minimum, int maximum) -> int {
        if (!request.query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const int value = request.query.queryItemValue(name).toInt(&ok);
        if (ok && value >= minimum && value <= maximum)
            return value;
        if (maximum == std::numeric_limits<int>::max())
            causes.append({ Text::QueryMinimum, { name, QString::number(minimum) } });
        else
            causes.append(
                { Text::QueryRange, { name, QString::number(minimum), QString::number(maximum) } });
        return fallback;
    };
    const int limit = number(QStringLiteral("limit"), 250, 0, 250);
    const int offset = number(QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
    if (!causes.isEmpty())
        return errorDto(400, badRequest, locale, Text::BadRequest, causes);

    const QString filters
        = request.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
    auto found = filterIdentities(directory, filters);
    if (!found)
        return errorDto(
            400, badRequest, locale, Text::BadRequest, { { Text::BadFilter, { filters } } });
    const QString sorters
        = request.query.queryItemValue(QStringLiteral("sorters"), QUrl::FullyDecoded);
    if (!sortIdentities(*found, sorters))
        return errorDto(
            400, badRequest, locale, Text::BadRequest, { { Text::BadSorter, { sorters } } });
    // add-core-filters would drop uncorrelated identities and ones without uid, last name or
    // email; every seeded identity passes, so it changes nothing here.

    QJsonArray array;
    for (const SandboxIdentity &identity : found->mid(offset, limit))
        array.append(identityToJson(identity, directory));
    SandboxReply reply = jsonReply(200, array);
    if (request.query.queryItemValue(QStringLiteral("count"))
            .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0)
        reply.headers.append(
            { QByteArrayLiteral("X-Total-Count"), QByteArray::number(found->size()) });
    return reply;
}

} // namespace Passdesk::Sandbox
