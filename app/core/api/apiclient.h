#pragma once

#include "core/api/apireply.h"
#include "core/api/digittokenreply.h"
#include "core/api/identitiesreply.h"
#include "core/api/orgconfigreply.h"
#include "core/connection/connectionsettings.h"
#include "core/net/requestlimits.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Passdesk {

class AccessTokenProvider;
class ConnectionWarmer;

// Scope names from the contract README.
namespace Scopes {
inline constexpr auto configRead = "idn:password-org-config:read";
inline constexpr auto configManage = "idn:password-org-config:manage";
inline constexpr auto configWrite = "idn:password-org-config:write"; // older documentation
inline constexpr auto digitTokenCreate = "idn:password-digit-token:create";
inline constexpr auto all = "sp:scopes:all";
// True when `granted` holds one of anyOf, or sp:scopes:all.
bool grantsAny(const QStringList &granted, std::initializer_list<const char *> anyOf);
} // namespace Scopes

// Speaks the ISC password API for one connection. Every request carries the bearer token,
// Accept, Accept-Language and User-Agent (each value checked first) and obeys RequestLimits
// (idle timeout, overall deadline, header cap); a 401 renews the token once and repeats the
// request once. Results arrive through the returned reply's finished() signal.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // Aborts nothing, forgets the token. Only the token provider keeps the secret.
    void setConnection(const ConnectionSettings &connection);
    // Opens a connection to the tenant at apiRoot (TCP, and the TLS handshake for https) ahead
    // of the first request, which then reuses it: while the keychain is read and the window is
    // made. Nothing is sent; a failure here shows only when a request fails the same way.
    // Requests to that host wait until its handshake is done: sent during it, they would make
    // Qt open a second connection and pay the handshake again (see ConnectionWarmer).
    void preconnect(const QUrl &apiRoot);
    // As setConnection(), but keeps the access token when the credentials did not change (an
    // edited lock, name or API version), so the next request asks for no new token.
    void updateConnection(const ConnectionSettings &connection);
    const ConnectionSettings &connection() const { return m_connection; }
    void setUiLanguages(const QStringList &uiLanguages);
    QStringList uiLanguages() const { return m_uiLanguages; }
    // The idle timeout: a request that receives nothing for this long is stopped (30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_limits.idleTimeout; }
    // The overall deadline: a request (its token, a 401 retry included) that has not finished
    // this long after it started is stopped, however steadily bytes trickle in (60 s).
    void setRequestDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds requestDeadline() const { return m_limits.deadline; }
    // All limits at once (the two above, the header cap and the wait for headers), for tests.
    void setRequestLimits(const RequestLimits &limits);
    const RequestLimits &requestLimits() const { return m_limits; }

    OrgConfigReply *getOrgConfig();
    OrgConfigReply *updateOrgConfig(const OrgConfigChange &change); // PUT, only changed fields
    OrgConfigReply *createOrgConfig(const OrgConfig &config); // POST
    DigitTokenReply *generateDigitToken(const DigitTokenRequest &request);
    IdentitiesReply *findIdentities(const QString &prefix, int limit = 20);

    // Scope checks against the scopes the token endpoint granted (empty until first token).
    bool canManageConfig() const;
    bool canCreateDigitTokens() const;
    QStringList grantedScopes() const;

    AccessTokenProvider *accessTokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    void signOut(); // forgets the access token (and a pasted one)

    static QByteArray userAgent();

signals:
    void scopesChanged(const QStringList &scopes);
    void connectionChanged();
    // The secret is missing or the pasted access token can no longer be used (translated reason).
    void credentialsNeeded(const QString &reason);
    // signOut() ran: caches of what the server said (identity lookups) must go too.
    void signedOut();

private:
    void start(ApiReply *reply, const QByteArray &verb, const QUrl &url, const QByteArray &body,
        bool experimental);
    // Refusals before any byte is sent still arrive through finished(), from the event loop.
    void takeConnection(const ConnectionSettings &connection);
    template<typename Reply> static Reply *refuse(Reply *reply, const ApiError &error);

    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    ConnectionWarmer *m_warmer; // preconnects, and holds requests while a handshake is under way
    ConnectionSettings m_connection;
    QStringList m_uiLanguages;
    QByteArray m_acceptLanguage;
    RequestLimits m_limits;
};

} // namespace Passdesk
