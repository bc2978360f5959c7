#pragma once

#include "core/connection/apiversion.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace Passdesk {

enum class AuthMethod
{
    ClientCredentials, // client id + secret (kept in the keychain), renewed as needed
    AccessToken, // a pasted access token: short sessions, never stored, cannot be renewed
    BrowserSignIn, // authorization code with PKCE in the system browser; a refresh token renews
};

QString authMethodKey(AuthMethod method); // "client-credentials", "access-token", "browser"
std::optional<AuthMethod> authMethodFromKey(const QString &key);

// Where and as whom Passdesk talks to a tenant, for as long as it is active. The secret (or the
// pasted access token) comes from the keychain or the user and lives only in memory.
struct ConnectionSettings
{
    QString displayName;
    QUrl apiRoot; // e.g. https://acme.api.identitynow.com (no path)
    ApiVersion version = ApiVersion::V2025;
    AuthMethod authMethod = AuthMethod::ClientCredentials;
    QString clientId;
    QString clientSecret; // ClientCredentials
    QString accessToken; // AccessToken: pasted by the user
    QString refreshToken; // BrowserSignIn: from the last sign-in or renewal (keychain)
    quint16 redirectPort = 0; // BrowserSignIn: the loopback port; 0 lets the system pick one
    bool sandbox = false;
    bool testTenant = false;
    bool readOnly = false; // locked in Passdesk: no PUT or POST, whatever the scopes

    // Overwrites the secret and the pasted token before they are dropped.
    void wipeSecrets();
    // True when an access token got for one is one for the other: the same API root, method,
    // client id, secret and pasted token (a name, version or lock may differ). The refresh
    // token is not compared: it changes with every renewal of the same sign-in.
    bool sameCredentials(const ConnectionSettings &other) const;

    // Anything that is neither the sandbox nor marked as a test tenant is production.
    bool isProduction() const { return !sandbox && !testTenant; }
    QUrl endpointUrl(Endpoint endpoint) const; // invalid when the version lacks the endpoint
    QUrl tokenUrl() const; // apiRoot + /oauth/token
};

// Turns what a user typed into an API root: a tenant name (`acme` becomes
// https://acme.api.identitynow.com) or a full base URL. Only https, except loopback hosts;
// no credentials, query or fragment; a trailing version path (`/v2025`, `/beta`) is dropped.
// Returns nullopt and a translated reason in *error when the input is refused.
std::optional<QUrl> apiRootFromUserInput(const QString &input, QString *error = nullptr);

bool isLoopbackHost(const QString &host);

} // namespace Passdesk
