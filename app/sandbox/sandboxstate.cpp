// The tenant's front door: routing, bearer tokens, scopes, rate limits, the experimental header,
// the OAuth token endpoint and the request log.

#include "sandboxstate.h"

#include "sandboxdirectory.h"

#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

namespace Passdesk::Sandbox {

namespace {

const QString scopeRead = QStringLiteral("idn:password-org-config:read");
const QString scopeManage = QStringLiteral("idn:password-org-config:manage");
const QString scopeWrite = QStringLiteral("idn:password-org-config:write");
const QString scopeDigit = QStringLiteral("idn:password-digit-token:create");
const QString scopeDefault = QStringLiteral("sp:scopes:default");
const QString scopeAll = QStringLiteral("sp:scopes:all");

enum class Route
{
    Unknown,
    Config,
    DigitToken,
    Identities
};

struct RouteMatch
{
    Route route = Route::Unknown;
    QString version;
};

RouteMatch matchRoute(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    static const QStringList versioned { QStringLiteral("v3"), QStringLiteral("beta"),
        QStringLiteral("v2024"), QStringLiteral("v2025"), QStringLiteral("v2026") };
    if (segments == QStringList { QStringLiteral("password-org-config"), QStringLiteral("v1") })
        return { Route::Config, QStringLiteral("v1") };
    if (segments
        == QStringList { QStringLiteral("generate-password-reset-token"), QStringLiteral("v1"),
            QStringLiteral("digit") })
        return { Route::DigitToken, QStringLiteral("v1") };
    if (segments.isEmpty() || !versioned.contains(segments.first()))
        return {};
    const QString version = segments.first();
    const QStringList rest = segments.mid(1);
    if (rest == QStringList { QStringLiteral("password-org-config") })
        return { Route::Config, version };
    if (rest == QStringList { QStringLiteral("public-identities") })
        return { Route::Identities, version };
    if (rest
            == QStringList { QStringLiteral("generate-password-reset-token"),
                QStringLiteral("digit") }
        && version != QLatin1String("v3"))
        return { Route::DigitToken, version };
    return {};
}

bool hasAnyScope(const QStringList &granted, const QStringList &wanted)
{
    return granted.contains(scopeAll)
        || std::any_of(wanted.cbegin(), wanted.cend(),
            [&](const QString &scope) { return granted.contains(scope); });
}

} // namespace

SandboxState::SandboxState()
    : clients(builtInClients())
    , config(QJsonObject { { QStringLiteral("customInstructionsEnabled"), false },
          { QStringLiteral("digitTokenEnabled"), true },
          { QStringLiteral("digitTokenDurationMinutes"), 5 },
          { QStringLiteral("digitTokenLength"), 6 } })
    , directory(seededIdentities())
{ }

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
    return rateLimitReply(
        int((remainingMs + 999) / 1000)); // round up: asking back early would fail again
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
        if (dropTokenEndpoint) {
            SandboxReply reply;
            reply.drop = true;
            return reply;
        }
        if (request.method != "POST")
            return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
                { { Text::UnknownPath, { request.path } } });
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
        return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
            { { Text::UnknownPath, { request.path } } });

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
        needed = request.method == "GET" ? QStringList { scopeRead, scopeManage }
                                         : QStringList { scopeManage, scopeWrite };
    else if (match.route == Route::DigitToken)
        needed = { scopeDigit };
    else
        needed = { scopeDefault };
    if (!hasAnyScope(granted, needed))
        return errorDto(403, QStringLiteral("403 Forbidden"), locale, Text::Forbidden,
            { { Text::MissingScope, { needed.first() } } });

    switch (match.route) {
    case Route::Config:
        return orgConfig(request, locale);
    case Route::DigitToken:
        if (match.version != QLatin1String("beta")
            && request.headers.value("x-sailpoint-experimental")
                    .compare("true", Qt::CaseInsensitive)
                != 0)
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
    const QString secret
        = fields.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (grant.isEmpty())
        return oauthError(400, "invalid_request", "Missing grant type");
    if (grant != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
            "Unsupported grant type: the sandbox accepts client_credentials only");
    if (clientId.isEmpty() || !fields.hasQueryItem(QStringLiteral("client_secret")))
        return oauthError(400, "invalid_request", "client_id and client_secret are required");
    if (auto limited = rateLimited(QStringLiteral("token|") + clientId))
        return *limited;
    const SandboxClient *caller = client(clientId);
    if (!caller || caller->clientSecret != secret)
        return oauthError(401, "invalid_client", "Bad credentials");

    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString accessToken = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    tokens.insert(
        accessToken, { clientId, QDateTime::currentDateTimeUtc().addSecs(tokenLifetimeSeconds) });
    return jsonReply(200,
        QJsonObject { { QStringLiteral("access_token"), accessToken },
            { QStringLiteral("token_type"), QStringLiteral("bearer") },
            { QStringLiteral("expires_in"), tokenLifetimeSeconds },
            { QStringLiteral("scope"), caller->scopes.join(QLatin1Char(' ')) },
            { QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces) } });
}

} // namespace Passdesk::Sandbox
