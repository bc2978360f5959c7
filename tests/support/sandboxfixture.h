#pragma once

// A sandbox tenant on a free loopback port plus a client connected to it, for integration
// and GUI tests. Everything talks real HTTP over 127.0.0.1.

#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/connection/connectionsettings.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace Passdesk::Testing {

inline QString sandboxSecretFor(const QString &clientId)
{
    return Sandbox::builtInSecret(clientId);
}

class SandboxFixture
{
public:
    SandboxFixture()
        : settings(configDir.path())
    {
    }

    // Starts the sandbox and connects the client as `clientId` (a built-in client).
    bool start(const QString &clientId = QStringLiteral("sandbox-admin"),
               ApiVersion version = ApiVersion::V2025)
    {
        if (!m_listening && !(m_listening = server.listen()))
            return false;
        connect(clientId, version);
        return true;
    }

    void connect(const QString &clientId, ApiVersion version = ApiVersion::V2025)
    {
        connection.displayName = QStringLiteral("Sandbox");
        connection.apiRoot = server.baseUrl();
        connection.version = version;
        connection.clientId = clientId;
        connection.clientSecret = sandboxSecretFor(clientId);
        connection.sandbox = true;
        client.setConnection(connection);
    }

    QTemporaryDir configDir;
    Sandbox::SandboxServer server;
    QNetworkAccessManager network;
    ApiClient client {&network};
    AppSettings settings;
    ConnectionSettings connection;

private:
    bool m_listening = false;
};

} // namespace Passdesk::Testing
