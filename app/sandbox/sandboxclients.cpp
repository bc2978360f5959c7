#include "sandboxclients.h"

namespace Passdesk::Sandbox {

QList<SandboxClient> builtInClients()
{
    const QString read = QStringLiteral("idn:password-org-config:read");
    const QString manage = QStringLiteral("idn:password-org-config:manage");
    const QString digit = QStringLiteral("idn:password-digit-token:create");
    const QString defaults = QStringLiteral("sp:scopes:default");
    return {
        { QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"),
            { read, manage, digit, defaults },
            QStringLiteral("org admin: read and change the org config, create digit tokens") },
        { QStringLiteral("sandbox-helpdesk"), QStringLiteral("sandbox-helpdesk-secret"),
            { read, digit, defaults },
            QStringLiteral("helpdesk: read the org config, create digit tokens") },
        { QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"),
            { read, defaults }, QStringLiteral("read-only: read the org config") },
    };
}

QString builtInSecret(const QString &clientId)
{
    for (const SandboxClient &client : builtInClients()) {
        if (client.clientId == clientId)
            return client.clientSecret;
    }
    return {};
}

} // namespace Passdesk::Sandbox
