#include "core/tenants/tenant.h"

#include "core/auth/loopbackredirectlistener.h"
#include "core/model/inputtext.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::Tenant)
};

constexpr qsizetype maxDisplayNameLength = 80;
constexpr qsizetype maxClientIdLength = 256;
} // namespace

std::optional<QUrl> Tenant::apiRoot(QString *error) const
{
    return apiRootFromUserInput(address, error);
}

ConnectionSettings Tenant::connection() const
{
    ConnectionSettings connection;
    connection.displayName = displayName;
    connection.apiRoot = apiRoot().value_or(QUrl());
    connection.version = version;
    connection.authMethod = authMethod;
    connection.clientId = authMethod == AuthMethod::AccessToken ? QString() : clientId;
    connection.redirectPort = authMethod == AuthMethod::BrowserSignIn ? redirectPort : 0;
    connection.testTenant = testTenant;
    connection.readOnly = readOnly;
    return connection;
}

QString Tenant::displayNameError(const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return Texts::tr("Give the tenant a display name.");
    if (name.size() > maxDisplayNameLength || hasInvisibleCharacters(name))
        return Texts::tr(
            "The display name must be at most %n characters, without control characters.", nullptr,
            int(maxDisplayNameLength));
    return {};
}

QString Tenant::redirectUri() const
{
    return LoopbackRedirectListener::redirectUriFor(redirectPort);
}

QString Tenant::redirectPortError(int port)
{
    if (port < 1024 || port > 65535)
        return Texts::tr("The port must be a number from 1024 to 65535.");
    return {};
}

QString Tenant::clientIdError(const QString &clientId, AuthMethod method)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty() && method == AuthMethod::BrowserSignIn)
        return Texts::tr("Enter the client ID of the OAuth client the org admin registered for "
                         "Passdesk.");
    if (id.isEmpty())
        return Texts::tr("Enter the client ID of the API client (or personal access token).");
    if (id.size() > maxClientIdLength || hasInvisibleCharacters(id)
        || id.contains(QLatin1Char(' ')))
        return Texts::tr("The client ID must be at most %n characters, without spaces or "
                         "control characters.",
            nullptr, int(maxClientIdLength));
    return {};
}

QString Tenant::validationError() const
{
    if (const QString error = displayNameError(displayName); !error.isEmpty())
        return error;
    QString addressError;
    if (!apiRoot(&addressError))
        return addressError;
    if (authMethod == AuthMethod::ClientCredentials)
        return clientIdError(clientId);
    if (authMethod == AuthMethod::BrowserSignIn) {
        if (const QString error = clientIdError(clientId, authMethod); !error.isEmpty())
            return error;
        return redirectPortError(redirectPort);
    }
    return {};
}

} // namespace Passdesk
