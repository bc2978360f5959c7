#pragma once

#include "core/connection/apiversion.h"
#include "core/connection/connectionsettings.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace Passdesk {

// A tenant as the user set it up. Holds no secret: client secrets live in the keychain
// (SecretVault), pasted access tokens in memory only.
struct Tenant
{
    // One port for every desk of a tenant, so the org admin registers one redirect URI; from the
    // dynamic range (RFC 6335), where no well-known service listens.
    static constexpr quint16 defaultRedirectPort = 53117;

    QString id; // stable key for settings and the keychain; never shown
    QString displayName;
    QString address; // what the user typed: a tenant name or an API base URL
    ApiVersion version = ApiVersion::V2025;
    AuthMethod authMethod = AuthMethod::ClientCredentials;
    QString clientId; // ClientCredentials; BrowserSignIn: the OAuth client the org admin registered
    quint16 redirectPort = defaultRedirectPort; // BrowserSignIn: http://localhost:PORT/callback
    bool testTenant = false; // unmarked tenants are production
    bool readOnly = false; // locked: Passdesk sends no PUT or POST for the config

    bool isProduction() const { return !testTenant; }
    // The API root from address, or nullopt (and a translated reason) when it is refused.
    std::optional<QUrl> apiRoot(QString *error = nullptr) const;
    // Everything a client needs but the secret or access token.
    ConnectionSettings connection() const;
    // A translated reason when the tenant cannot be saved, else empty.
    QString validationError() const;
    // The rules of single fields, so a form can say which field is wrong.
    static QString displayNameError(const QString &displayName);
    static QString clientIdError(const QString &clientId, AuthMethod method = AuthMethod::ClientCredentials);
    static QString redirectPortError(int port);
    // What the tenant's OAuth client must list: http://localhost:PORT/callback.
    QString redirectUri() const;

    // Keychain key of the client secret: one entry per tenant.
    QString secretKey() const { return QStringLiteral("tenant/%1/client-secret").arg(id); }
    // Keychain key of a browser sign-in's refresh token (never the access token).
    QString refreshTokenKey() const { return QStringLiteral("tenant/%1/refresh-token").arg(id); }

    friend bool operator==(const Tenant &, const Tenant &) = default;
};

} // namespace Passdesk
