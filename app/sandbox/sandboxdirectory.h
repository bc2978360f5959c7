#pragma once

#include "sandboxserver.h"

#include <QJsonObject>

#include <optional>

namespace Passdesk::Sandbox {

// About twenty people of a fictitious company, for lookups and the userId check.
QList<SandboxIdentity> seededIdentities();

// Applies an ISC `filters` expression (terms `field op "value"` joined by `and`/`or`, `and`
// binding tighter). Returns nullopt when the expression cannot be read.
std::optional<QList<SandboxIdentity>> filterIdentities(const QList<SandboxIdentity> &identities,
                                                       const QString &filters);

QJsonObject identityToJson(const SandboxIdentity &identity, const QList<SandboxIdentity> &all);

} // namespace Passdesk::Sandbox
