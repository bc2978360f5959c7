#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Passdesk::Sandbox {

// An API client the sandbox tenant knows.
struct SandboxClient
{
    QString clientId;
    QString clientSecret;
    QStringList scopes;
    QString description;
};

// The clients every sandbox tenant starts with (their secrets are public on purpose).
QList<SandboxClient> builtInClients();
// The secret of a built-in client; empty for any other id.
QString builtInSecret(const QString &clientId);

} // namespace Passdesk::Sandbox
