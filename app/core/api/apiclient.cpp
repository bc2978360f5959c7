#include "core/api/apiclient.h"

#include "core/net/connectionwarmer.h"

#include "core/net/acceptlanguage.h"
#include "core/auth/accesstokenprovider.h"
#include "core/connection/proxyfactory.h"
#include "core/net/replyerrors.h"
#include "core/api/requestrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QUrlQuery>
#include <algorithm>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ApiClient)
};

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(new AccessTokenProvider(network, this))
    , m_warmer(new ConnectionWarmer(network, this))
{
    // The system's proxies, except for loopback (the sandbox): see ProxyFactory. The manager
    // owns the factory.
    network->setProxyFactory(new ProxyFactory);
    m_tokens->setUserAgent(userAgent());
    connect(m_tokens, &AccessTokenProvider::scopesChanged, this, &ApiClient::scopesChanged);
    connect(m_tokens, &AccessTokenProvider::credentialsNeeded, this, &ApiClient::credentialsNeeded);
    setUiLanguages({ QStringLiteral("en-US") });
}

ApiClient::~ApiClient() = default;

QByteArray ApiClient::userAgent()
{
    return QStringLiteral("Passdesk/%1 (Qt %2; %3)")
        .arg(QStringLiteral(PASSDESK_VERSION), QString::fromLatin1(qVersion()),
            QSysInfo::kernelType())
        .toUtf8();
}

void ApiClient::setConnection(const ConnectionSettings &connection)
{
    m_tokens->setConnection(connection);
    takeConnection(connection);
}

void ApiClient::preconnect(const QUrl &apiRoot)
{
    m_warmer->preconnect(apiRoot, m_limits.idleTimeout);
}

void ApiClient::updateConnection(const ConnectionSettings &connection)
{
    m_tokens->updateConnection(connection);
    takeConnection(connection);
}

void ApiClient::takeConnection(const ConnectionSettings &connection)
{
    // Only the token provider keeps the secret; this copy is what the rest of Passdesk shows.
    m_connection = connection;
    m_connection.wipeSecrets();
    emit connectionChanged();
}

void ApiClient::setUiLanguages(const QStringList &uiLanguages)
{
    m_uiLanguages = uiLanguages;
    m_acceptLanguage = acceptLanguageHeader(uiLanguages);
    m_tokens->setAcceptLanguage(m_acceptLanguage);
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    RequestLimits limits = m_limits;
    limits.idleTimeout = timeout;
    setRequestLimits(limits);
}

void ApiClient::setRequestDeadline(std::chrono::milliseconds deadline)
{
    RequestLimits limits = m_limits;
    limits.deadline = deadline;
    setRequestLimits(limits);
}

void ApiClient::setRequestLimits(const RequestLimits &limits)
{
    m_limits = limits;
    m_tokens->setRequestLimits(limits);
}

void ApiClient::signOut()
{
    m_tokens->forget();
    emit signedOut();
}

QStringList ApiClient::grantedScopes() const
{
    return m_tokens->grantedScopes();
}

bool Scopes::grantsAny(const QStringList &granted, std::initializer_list<const char *> anyOf)
{
    return granted.contains(QLatin1String(Scopes::all))
        || std::any_of(anyOf.begin(), anyOf.end(),
            [&granted](const char *scope) { return granted.contains(QLatin1String(scope)); });
}

bool ApiClient::canManageConfig() const
{
    if (m_connection.readOnly)
        return false;
    const QStringList scopes = grantedScopes();
    // Before the first token we do not know; the server is the judge then.
    return scopes.isEmpty()
        || Scopes::grantsAny(scopes, { Scopes::configManage, Scopes::configWrite });
}

bool ApiClient::canCreateDigitTokens() const
{
    const QStringList scopes = grantedScopes();
    return scopes.isEmpty() || Scopes::grantsAny(scopes, { Scopes::digitTokenCreate });
}

void ApiClient::start(ApiReply *reply, const QByteArray &verb, const QUrl &url,
    const QByteArray &body, bool experimental)
{
    const RequestContext context { m_network, m_tokens, m_acceptLanguage, m_limits };
    auto *runner = new RequestRunner(context, { verb, url, body, experimental }, reply, reply);
    m_warmer->whenReady(url, [runner = QPointer<RequestRunner>(runner), reply = QPointer<ApiReply>(reply)] {
        if (runner && reply && !reply->isFinished()) // not aborted while it waited
            runner->start();
    });
}

template<typename Reply> Reply *ApiClient::refuse(Reply *reply, const ApiError &error)
{
    QMetaObject::invokeMethod(
        reply,
        [reply, error] {
            ReplyTransport *transport = reply;
            transport->finish(error);
        },
        Qt::QueuedConnection);
    return reply;
}

namespace {

ApiError unsupported(ApiVersion version)
{
    ApiError error;
    error.kind = ApiError::Kind::Unsupported;
    error.technicalDetail
        = Texts::tr("API version %1 has no digit token operation. Choose v2025, v2024, v2026, beta "
                    "or the per-service v1 API for this tenant.")
              .arg(apiVersionKey(version));
    return error;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

OrgConfigReply *ApiClient::getOrgConfig()
{
    auto *reply = new OrgConfigReply(Texts::tr("Load password org config"), this);
    start(reply, "GET", m_connection.endpointUrl(Endpoint::OrgConfig), {}, false);
    return reply;
}

OrgConfigReply *ApiClient::updateOrgConfig(const OrgConfigChange &change)
{
    auto *reply = new OrgConfigReply(Texts::tr("Save password org config"), this);
    if (m_connection.readOnly)
        return refuse(reply,
            ApiError::invalidInput(
                Texts::tr("This tenant is locked read-only in Passdesk; nothing was sent.")));
    if (change.isEmpty())
        return refuse(reply, ApiError::invalidInput(Texts::tr("There are no changes to save.")));
    if (const QString invalid = change.validationError(); !invalid.isEmpty())
        return refuse(reply, ApiError::invalidInput(invalid));
    start(reply, "PUT", m_connection.endpointUrl(Endpoint::OrgConfig), compactJson(change.toJson()),
        false);
    return reply;
}

OrgConfigReply *ApiClient::createOrgConfig(const OrgConfig &config)
{
    auto *reply = new OrgConfigReply(Texts::tr("Create password org config"), this);
    if (m_connection.readOnly)
        return refuse(reply,
            ApiError::invalidInput(
                Texts::tr("This tenant is locked read-only in Passdesk; nothing was sent.")));
    const OrgConfigChange all = OrgConfigChange::between(OrgConfig {}, config);
    if (const QString invalid = all.validationError(); !invalid.isEmpty())
        return refuse(reply, ApiError::invalidInput(invalid));
    start(reply, "POST", m_connection.endpointUrl(Endpoint::OrgConfig),
        compactJson(config.toJson()), false);
    return reply;
}

DigitTokenReply *ApiClient::generateDigitToken(const DigitTokenRequest &request)
{
    auto *reply = new DigitTokenReply(request, Texts::tr("Generate digit token"), this);
    if (!supportsEndpoint(m_connection.version, Endpoint::DigitToken))
        return refuse(reply, unsupported(m_connection.version));
    if (const QString invalid = request.validationError(); !invalid.isEmpty())
        return refuse(reply, ApiError::invalidInput(invalid));
    start(reply, "POST", m_connection.endpointUrl(Endpoint::DigitToken),
        compactJson(request.toJson()),
        needsExperimentalHeader(m_connection.version, Endpoint::DigitToken));
    return reply;
}

IdentitiesReply *ApiClient::findIdentities(const QString &prefix, int limit)
{
    auto *reply = new IdentitiesReply(prefix, Texts::tr("Look up identities"), this);
    if (const QString invalid = userIdInputError(prefix); !invalid.isEmpty())
        return refuse(reply, ApiError::invalidInput(invalid));
    QUrl url = m_connection.endpointUrl(Endpoint::PublicIdentities);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 250)));
    query.addQueryItem(QStringLiteral("filters"),
        QString::fromLatin1(QUrl::toPercentEncoding(publicIdentityPrefixFilter(prefix))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    start(reply, "GET", url, {}, false);
    return reply;
}

} // namespace Passdesk
