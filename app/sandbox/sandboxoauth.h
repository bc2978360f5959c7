#pragma once

#include "sandboxclients.h"
#include "sandboxjwt.h"
#include "sandboxresponses.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace Passdesk::Sandbox {

// A person one can sign in as, resolved against the directory.
struct SandboxUser
{
    QString identityId; // the public identity's id
    QString uid; // its alias
    QString displayName;
    UserLevel level = UserLevel::User;
};

// An access token the sandbox handed out.
struct AccessToken
{
    QString clientId;
    QDateTime expiresAt;
    QStringList scopes;
    std::optional<SandboxUser> user; // none: an app-only token
    quint64 family = 0; // the browser sign-in it descends from; 0 for client_credentials
};

// A form body (application/x-www-form-urlencoded), with '+' read as a space.
QUrlQuery formFields(const QByteArray &body);

// The tenant's OAuth side: access tokens as JWTs, authorization codes with PKCE, and refresh
// tokens that rotate. Every browser sign-in starts a family; a family dies as a whole when one
// of its codes or refresh tokens is presented a second time (RFC 6749 4.1.2 and 10.4, the
// OAuth security BCP's reuse detection), or when a test revokes it.
class SandboxOAuth
{
public:
    SandboxOAuth();

    int accessLifetimeSeconds = 750;
    int codeLifetimeSeconds = 60;
    bool refuseRefresh = false; // every refresh_token grant fails with invalid_grant

    enum class Validity
    {
        Valid,
        Unknown,
        Expired,
        Revoked,
    };
    // Looks a bearer token up; `token` is set unless Unknown.
    Validity check(const QString &bearer, const AccessToken **token) const;
    QStringList issuedAccessTokens() const;
    void expireAllAccessTokens();
    void expireAllCodes();
    void revokeAllFamilies(); // as an admin ending every browser sign-in
    int familiesRevoked() const;

    // client_credentials, for an API client (user empty) or a personal access token.
    SandboxReply clientCredentials(
        const SandboxClient &client, const std::optional<SandboxUser> &user);
    // After the person approved on the authorize page: a code that works once, for a while.
    QString createCode(const QString &clientId, const QString &redirectUri,
        const QString &codeChallenge, const SandboxUser &user);
    SandboxReply authorizationCode(const QUrlQuery &fields, const SandboxClient &client);
    SandboxReply refreshToken(const QUrlQuery &fields, const SandboxClient &client);

private:
    struct Code
    {
        QString clientId, redirectUri, codeChallenge;
        SandboxUser user;
        QDateTime expiresAt;
        bool used = false;
        quint64 family = 0; // set once exchanged
    };
    struct Family
    {
        QString clientId;
        SandboxUser user;
        bool revoked = false;
    };
    struct Refresh
    {
        quint64 family = 0;
        bool used = false;
    };

    SandboxReply issue(const SandboxClient &client, const QStringList &scopes,
        const std::optional<SandboxUser> &user, bool strongAuth, quint64 family);
    void revokeFamily(quint64 family);

    JwtSigner m_signer;
    QString m_tenantId;
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, Code> m_codes;
    QHash<quint64, Family> m_families;
    QHash<QString, Refresh> m_refreshTokens;
    quint64 m_nextFamily = 1;
};

} // namespace Passdesk::Sandbox
