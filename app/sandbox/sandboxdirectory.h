#pragma once

#include "sandboxserver.h"

#include <QJsonObject>
#include <optional>

namespace Passdesk::Sandbox {

// About twenty people of a fictitious company, for lookups and the userId check.
QList<SandboxIdentity> seededIdentities();

// Applies an ISC `filters` expression: terms `field op "value"` (or `id in ("a", "b")`) joined by
// `and`/`or`, `and` binding tighter, with the operators the contract allows per field.
// Returns nullopt when the expression cannot be read.
std::optional<QList<SandboxIdentity>> filterIdentities(
    const QList<SandboxIdentity> &identities, const QString &filters);

// Applies a `sorters` value: `name` or `-name`, the only sorter the contract lists. False for
// others.
bool sortIdentities(QList<SandboxIdentity> &identities, const QString &sorters);

QJsonObject identityToJson(const SandboxIdentity &identity, const QList<SandboxIdentity> &all);

} // namespace Passdesk::Sandbox
