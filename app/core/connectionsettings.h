#pragma once

#include "apiversion.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Passdesk {

// Where and as whom Passdesk talks to a tenant. Holds no access token; the client secret is
// kept only as long as the connection lives (issue 6 moves it to the keychain).
struct ConnectionSettings
{
    QString displayName;
    QUrl apiRoot; // e.g. https://acme.api.identitynow.com (no path)
    ApiVersion version = ApiVersion::V2025;
    QString clientId;
    QString clientSecret;
    bool sandbox = false;
    bool testTenant = false;
    bool readOnly = false;

    // Anything that is neither the sandbox nor marked as a test tenant is production.
    bool isProduction() const { return !sandbox && !testTenant; }
    QUrl endpointUrl(Endpoint endpoint) const; // invalid when the version lacks the endpoint
    QUrl tokenUrl() const;                     // apiRoot + /oauth/token
};

// Turns what a user typed into an API root: a tenant name (`acme` becomes
// https://acme.api.identitynow.com) or a full base URL. Only https, except loopback hosts;
// no credentials, query or fragment; a trailing version path (`/v2025`, `/beta`) is dropped.
// Returns nullopt and a translated reason in *error when the input is refused.
std::optional<QUrl> apiRootFromUserInput(const QString &input, QString *error = nullptr);

bool isLoopbackHost(const QString &host);

} // namespace Passdesk
