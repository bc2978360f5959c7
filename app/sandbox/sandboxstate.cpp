// The tenant's front door: routing, bearer tokens, scopes, rate limits, the experimental header,
// the OAuth endpoints and the request log.

#include "sandboxstate.h"

#include "sandboxauthorize.h"
#include "sandboxdirectory.h"

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
{
    clients.append(builtInBrowserClient());
    for (const SandboxPerson &person : builtInPeople()) {
        const auto identity = std::find_if(directory.cbegin(), directory.cend(),
            [&](const SandboxIdentity &candidate) { return candidate.alias == person.uid; });
        if (identity != directory.cend()) // always: people one signs in as are public identities
            people.append({ identity->id, identity->alias, identity->name, person.level });
    }
}

std::optional<SandboxUser> SandboxState::personOf(const SandboxClient &client) const
{
    if (client.kind != ClientKind::PersonalAccessToken)
        return std::nullopt;
    for (const SandboxUser &person : people) {
        if (person.uid == client.personUid)
            return person;
    }
    // A personal access token of someone not among the people: the directory's identity, as a
    // plain user.
    for (const SandboxIdentity &identity : directory) {
        if (identity.alias.compare(client.personUid, Qt::CaseInsensitive) == 0)
            return SandboxUser { identity.id, identity.alias, identity.name, UserLevel::User };
    }
    return std::nullopt;
}

SandboxReply SandboxState::oauthInfo() const
{
    QUrl authorize = apiRoot;
    authorize.setPath(QStringLiteral("/oauth/authorize"));
    QUrl token = apiRoot;
    token.setPath(QStringLiteral("/oauth/token"));
    return jsonReply(200,
        QJsonObject { { QStringLiteral("authorizeEndpoint"), authorize.toString() },
            { QStringLiteral("tokenEndpoint"), token.toString() } });
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
    if (request.path == QLatin1String("/oauth/info")) {
        if (request.method != "GET")
            return errorDto(404, QStringLiteral("404 Not found"), locale, Text::NotFound,
                { { Text::UnknownPath, { request.path } } });
        return oauthInfo();
    }
    if (request.path == QLatin1String("/oauth/authorize"))
        return AuthorizePage(clients, people, oauth).answer(request);
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
    const AccessToken *issued = nullptr;
    const SandboxOAuth::Validity validity
        = oauth.check(QString::fromLatin1(authorization.mid(7).trimmed()), &issued);
    if (rejectAllTokens || validity == SandboxOAuth::Validity::Unknown
        || validity == SandboxOAuth::Validity::Revoked)
        return bareError(401, QStringLiteral("JWT validation failed: JWT is invalid"));
    if (validity == SandboxOAuth::Validity::Expired)
        return bareError(401, QStringLiteral("JWT validation failed: JWT is expired"));
    request.clientId = issued->clientId;
    if (auto limited = rateLimited(request.clientId + QLatin1Char('|') + match.version))
        return *limited;
    if (serverError)
        return errorDto(500, QStringLiteral("500.0 Internal Fault"), locale, Text::Internal);

    // What the token carries decides, as on a real tenant: its scopes, and for the lookup
    // whether it carries a user at all.
    const QStringList &granted = issued->scopes;
    QStringList needed;
    if (match.route == Route::Config)
        needed = request.method == "GET" ? QStringList { scopeRead, scopeManage }
                                         : QStringList { scopeManage, scopeWrite };
    else if (match.route == Route::DigitToken)
        needed = { scopeDigit };
    else
        needed = { scopeDefault };
    if (!hasAnyScope(granted, needed)) {
        if (issued->user)
            return errorDto(403, QStringLiteral("403 Forbidden"), locale, Text::Forbidden,
                { { Text::UserLacksScope,
                    { issued->user->uid, levelCode(issued->user->level), needed.first() } } });
        return errorDto(403, QStringLiteral("403 Forbidden"), locale, Text::Forbidden,
            { { Text::MissingScope, { needed.first() } } });
    }
    if (match.route == Route::Identities && !issued->user)
        return errorDto(403, QStringLiteral("403 Forbidden"), locale, Text::Forbidden,
            { { Text::UserTokenNeeded, { issued->clientId } } });

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
    const QUrlQuery fields = formFields(request.body);
    auto field = [&](const char *name) {
        return fields.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString grant = field("grant_type");
    const QString clientId = field("client_id");
    const QString secret = field("client_secret");
    const bool hasSecret = fields.hasQueryItem(QStringLiteral("client_secret"));
    if (grant.isEmpty())
        return oauthError(400, "invalid_request", "Missing grant type");
    const bool credentialsGrant = grant == QLatin1String("client_credentials");
    if (!credentialsGrant && grant != QLatin1String("authorization_code")
        && grant != QLatin1String("refresh_token"))
        return oauthError(400, "unsupported_grant_type",
            "Unsupported grant type: the sandbox accepts client_credentials, authorization_code "
            "and refresh_token");
    if (clientId.isEmpty() || (credentialsGrant && !hasSecret))
        return oauthError(400, "invalid_request",
            credentialsGrant ? "client_id and client_secret are required"
                             : "client_id is required");
    if (auto limited = rateLimited(QStringLiteral("token|") + clientId))
        return *limited;
    const SandboxClient *caller = client(clientId);
    if (!caller)
        return oauthError(401, "invalid_client", "Bad credentials");
    // A confidential client proves itself with its secret; a public one has none to send.
    const bool publicClient = caller->kind == ClientKind::BrowserPublic;
    if (publicClient ? !secret.isEmpty() : caller->clientSecret != secret)
        return oauthError(401, "invalid_client", "Bad credentials");
    if (credentialsGrant) {
        if (publicClient)
            return oauthError(400, "unauthorized_client",
                "A public client signs in in the browser (authorization_code with PKCE)");
        return oauth.clientCredentials(*caller, personOf(*caller));
    }
    if (!publicClient)
        return oauthError(400, "unauthorized_client",
            "This client signs in with client_credentials; only the browser client has codes and "
            "refresh tokens");
    return grant == QLatin1String("authorization_code") ? oauth.authorizationCode(fields, *caller)
                                                        : oauth.refreshToken(fields, *caller);
}

} // namespace Passdesk::Sandbox
