#include "sandboxstate.h"

#include "sandboxdirectory.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Passdesk::Sandbox {

namespace {

const QString scopeRead = QStringLiteral("idn:password-org-config:read");
const QString scopeManage = QStringLiteral("idn:password-org-config:manage");
const QString scopeWrite = QStringLiteral("idn:password-org-config:write");
const QString scopeDigit = QStringLiteral("idn:password-digit-token:create");
const QString scopeDefault = QStringLiteral("sp:scopes:default");
const QString scopeAll = QStringLiteral("sp:scopes:all");

enum class Route { Unknown, Config, DigitToken, Identities };

struct RouteMatch
{
    Route route = Route::Unknown;
    QString version;
};

RouteMatch matchRoute(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    static const QStringList versioned {QStringLiteral("v3"), QStringLiteral("beta"), QStringLiteral("v2024"),
                                        QStringLiteral("v2025"), QStringLiteral("v2026")};
    if (segments == QStringList {QStringLiteral("password-org-config"), QStringLiteral("v1")})
        return {Route::Config, QStringLiteral("v1")};
    if (segments == QStringList {QStringLiteral("generate-password-reset-token"), QStringLiteral("v1"), QStringLiteral("digit")})
        return {Route::DigitToken, QStringLiteral("v1")};
    if (segments.isEmpty() || !versioned.contains(segments.first()))
        return {};
    const QString version = segments.first();
    const QStringList rest = segments.mid(1);
    if (rest == QStringList {QStringLiteral("password-org-config")})
        return {Route::Config, version};
    if (rest == QStringList {QStringLiteral("public-identities")})
        return {Route::Identities, version};
    if (rest == QStringList {QStringLiteral("generate-password-reset-token"), QStringLiteral("digit")}
        && version != QLatin1String("v3"))
        return {Route::DigitToken, version};
    return {};
}

bool hasAnyScope(const QStringList &granted, const QStringList &wanted)
{
    return granted.contains(scopeAll)
        || std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &scope) { return granted.contains(scope); });
}

void checkInteger(const QJsonObject &object, const QString &key, int minimum, int maximum, Causes &causes)
{
    if (!object.contains(key))
        return;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number)
        causes.append({Text::NotInteger, {key}});
    else if (number < minimum || number > maximum)
        causes.append({Text::OutOfRange, {key, QString::number(minimum), QString::number(maximum)}});
}

// The config fields a PUT or POST may carry, with the contract's types and ranges.
Causes validateConfigFields(const QJsonObject &object)
{
    Causes causes;
    static const QStringList known {QStringLiteral("customInstructionsEnabled"), QStringLiteral("digitTokenEnabled"),
                                    QStringLiteral("digitTokenDurationMinutes"), QStringLiteral("digitTokenLength")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            causes.append({Text::UnknownField, {key}});
    }
    for (const QString &key : {known.at(0), known.at(1)}) {
        if (object.contains(key) && !object.value(key).isBool())
            causes.append({Text::NotBoolean, {key}});
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

SandboxState::SandboxState()
    : clients(SandboxServer::builtInClients())
    , config(QJsonObject {{QStringLiteral("customInstructionsEnabled"), false},
                          {QStringLiteral("digitTokenEnabled"), true},
                          {QStringLiteral("digitTokenDurationMinutes"), 5},
                          {QStringLiteral("digitTokenLength"), 6}})
    , directory(seededIdentities())
{
}

const SandboxClient *SandboxState::client(const QString &clientId) const
{
    for (const SandboxClient &candidate : clients) {
        if (candidate.clientId == clientId)
            return &candidate;
    }
    return nullptr;
}

std::optional<SandboxReply> SandboxState::rateLimited(const QString &key)
{
    if (rateLimitRequests <= 0)
        return std::nullopt;
    Window &window = m_windows[key];
    const qint64 windowMs = qint64(rateLimitWindowSeconds) * 1000;
    if (!window.started.isValid() || window.started.elapsed() >= windowMs) {
        window.started.start();
        window.count = 0;
    }
    if (++window.count <= rateLimitRequests)
        return std::nullopt;
    const qint64 remainingMs = windowMs - window.started.elapsed();
    return rateLimitReply(int((remainingMs + 999) / 1000)); // round up: asking back early would fail again
}

quint64 SandboxState::record(const RecordedRequest &request)
{
    m_recorded.append(request);
    m_recordIds.append(m_nextRecordId);
    return m_nextRecordId++;
}

void SandboxState::setStatus(quint64 id, int status)
{
    const qsizetype index = m_recordIds.indexOf(id);
    if (index >= 0)
        m_recorded[index].status = status;
}

void SandboxState::clearRecorded()
{
    m_recorded.clear();
    m_recordIds.clear();
}

SandboxReply SandboxState::handle(RecordedRequest &request)
{
    const ResponseLocale locale = pickLocale(request.headers.value("accept-language"));
    if (request.path == QLatin1String("/oauth/token")) {
        if (request.method != "POST")
            return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound, {{Text::UnknownPath, {request.path}}});
        return tokenEndpoint(request);
    }
    if (dropConnections) {
        SandboxReply reply;
        reply.drop = true;
        return reply;
    }
    if (htmlStatus > 0)
        return htmlProxyPage(htmlStatus);
    const RouteMatch match = matchRoute(request.path);
    if (match.route == Route::Unknown)
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound, {{Text::UnknownPath, {request.path}}});

    const QByteArray authorization = request.headers.value("authorization").trimmed();
    if (!authorization.toLower().startsWith("bearer ") || authorization.mid(7).trimmed().isEmpty())
        return bareError(401, QStringLiteral("JWT validation failed: no JWT was presented"));
    const auto issued = tokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (rejectAllTokens || issued == tokens.constEnd())
        return bareError(401, QStringLiteral("JWT validation failed: JWT is invalid"));
    if (issued->expiresAt <= QDateTime::currentDateTimeUtc())
        return bareError(401, QStringLiteral("JWT validation failed: JWT is expired"));
    request.clientId = issued->clientId;
    if (auto limited = rateLimited(request.clientId + QLatin1Char('|') + match.version))
        return *limited;
    if (serverError)
        return errorDto(500, QStringLiteral("500.0 Internal Fault"), locale, Text::Internal);

    const SandboxClient *caller = client(request.clientId);
    const QStringList granted = caller ? caller->scopes : QStringList();
    QStringList needed;
    if (match.route == Route::Config)
        needed = request.method == "GET" ? QStringList {scopeRead, scopeManage} : QStringList {scopeManage, scopeWrite};
    else if (match.route == Route::DigitToken)
        needed = {scopeDigit};
    else
        needed = {scopeDefault};
    if (!hasAnyScope(granted, needed))
        return errorDto(403, QStringLiteral("403 Forbidden"), locale, Text::Forbidden, {{Text::MissingScope, {needed.first()}}});

    switch (match.route) {
    case Route::Config:
        return orgConfig(request, locale);
    case Route::DigitToken:
        if (match.version != QLatin1String("beta")
            && request.headers.value("x-sailpoint-experimental").compare("true", Qt::CaseInsensitive) != 0)
            return bareError(400, QStringLiteral("Experimental Header is missing or invalid."));
        return digitToken(request, locale);
    case Route::Identities:
        return publicIdentities(request, locale);
    case Route::Unknown:
        break;
    }
    return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound);
}

SandboxReply SandboxState::tokenEndpoint(const RecordedRequest &request)
{
    QByteArray form = request.body;
    form.replace('+', "%20"); // form encoding writes spaces as '+'
    const QUrlQuery fields(QString::fromUtf8(form));
    const QString grant = fields.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = fields.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = fields.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (grant.isEmpty())
        return oauthError(400, "invalid_request", "Missing grant type");
    if (grant != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type", "Unsupported grant type: the sandbox accepts client_credentials only");
    if (clientId.isEmpty() || !fields.hasQueryItem(QStringLiteral("client_secret")))
        return oauthError(400, "invalid_request", "client_id and client_secret are required");
    if (auto limited = rateLimited(QStringLiteral("token|") + clientId))
        return *limited;
    const SandboxClient *caller = client(clientId);
    if (!caller || caller->clientSecret != secret)
        return oauthError(401, "invalid_client", "Bad credentials");

    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString accessToken = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    tokens.insert(accessToken, {clientId, QDateTime::currentDateTimeUtc().addSecs(tokenLifetimeSeconds)});
    return jsonReply(200, QJsonObject {{QStringLiteral("access_token"), accessToken},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                       {QStringLiteral("expires_in"), tokenLifetimeSeconds},
                                       {QStringLiteral("scope"), caller->scopes.join(QLatin1Char(' '))},
                                       {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

SandboxReply SandboxState::orgConfig(const RecordedRequest &request, const ResponseLocale &locale)
{
    const QString badRequest = QStringLiteral("400.1 Bad Request Content");
    if (request.method == "GET") {
        if (!config)
            return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound, {{Text::ConfigMissing, {}}});
        return jsonReply(200, *config);
    }
    if (request.method != "PUT" && request.method != "POST")
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound, {{Text::UnknownPath, {request.path}}});
    if (request.method == "PUT" && !config)
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound, {{Text::ConfigMissing, {}}});
    if (request.method == "POST" && config)
        return errorDto(400, badRequest, locale, Text::BadRequest, {{Text::ConfigExists, {}}});

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return errorDto(400, badRequest, locale, Text::BadRequest, {{Text::NotAnObject, {}}});
    const QJsonObject fields = document.object();
    if (const Causes causes = validateConfigFields(fields); !causes.isEmpty())
        return errorDto(400, badRequest, locale, Text::BadRequest, causes);

    QJsonObject updated = request.method == "PUT" ? *config
                                                  : QJsonObject {{QStringLiteral("customInstructionsEnabled"), false},
                                                                 {QStringLiteral("digitTokenEnabled"), false},
                                                                 {QStringLiteral("digitTokenDurationMinutes"), 5},
                                                                 {QStringLiteral("digitTokenLength"), 6}};
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
        return errorDto(400, badRequest, locale, Text::BadRequest, {{Text::NotAnObject, {}}});
    const QJsonObject body = document.object();
    Causes causes;
    for (const QString &key : body.keys()) {
        if (key != QLatin1String("userId") && key != QLatin1String("length") && key != QLatin1String("durationMinutes"))
            causes.append({Text::UnknownField, {key}});
    }
    const QJsonValue userIdValue = body.value(QLatin1String("userId"));
    if (userIdValue.isUndefined() || (userIdValue.isString() && userIdValue.toString().isEmpty()))
        causes.append({Text::MissingUserId, {}});
    else if (!userIdValue.isString())
        causes.append({Text::NotString, {QStringLiteral("userId")}});
    checkInteger(body, QStringLiteral("length"), 6, 18, causes);
    checkInteger(body, QStringLiteral("durationMinutes"), 1, 60, causes);
    if (!causes.isEmpty())
        return errorDto(400, badRequest, locale, Text::BadRequest, causes);
    if (!config || !config->value(QLatin1String("digitTokenEnabled")).toBool())
        return errorDto(400, badRequest, locale, Text::BadRequest, {{Text::TokensDisabled, {}}});
    const QString userId = body.value(QLatin1String("userId")).toString();
    const bool known = std::any_of(directory.cbegin(), directory.cend(), [&](const SandboxIdentity &identity) {
        return identity.alias.compare(userId, Qt::CaseInsensitive) == 0;
    });
    if (!known)
        return errorDto(400, badRequest, locale, Text::BadRequest, {{Text::UnknownUser, {userId}}});

    const int length = body.value(QLatin1String("length")).toInt(6);
    QString digits = nextDigitToken.isEmpty() ? randomDigits(length) : std::exchange(nextDigitToken, {});
    lastDigitToken = digits;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!numericDigitToken)
        return jsonReply(200, QJsonObject {{QStringLiteral("digitToken"), digits}, {QStringLiteral("requestId"), requestId}});

    // As the documentation's example does: a bare JSON number, written by hand so that no
    // digit passes through a double. Leading zeros are lost, as they would be.
    QString number = digits;
    while (number.size() > 1 && number.startsWith(u'0'))
        number.remove(0, 1);
    SandboxReply reply;
    reply.body = QByteArrayLiteral("{\"digitToken\":") + number.toLatin1() + QByteArrayLiteral(",\"requestId\":\"")
        + requestId.toLatin1() + QByteArrayLiteral("\"}");
    return reply;
}

SandboxReply SandboxState::publicIdentities(const RecordedRequest &request, const ResponseLocale &locale)
{
    const QString filters = request.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
    const auto found = filterIdentities(directory, filters);
    if (!found)
        return errorDto(400, QStringLiteral("400.1 Bad Request Content"), locale, Text::BadRequest, {{Text::BadFilter, {filters}}});
    bool ok = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    limit = ok ? qBound(0, limit, 250) : 250;
    const int offset = qMax(0, request.query.queryItemValue(QStringLiteral("offset")).toInt());
    QJsonArray array;
    for (const SandboxIdentity &identity : found->mid(offset, limit))
        array.append(identityToJson(identity, directory));
    SandboxReply reply = jsonReply(200, array);
    if (request.query.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        reply.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(found->size())});
    return reply;
}

} // namespace Passdesk::Sandbox
