#pragma once

#include "core/connection/connectionsettings.h"

#include <QCoreApplication>
#include <QString>

namespace Passdesk {

// What the tenant form's secret field says around it: the placeholder (whether a secret is
// stored, and where: the keychain, or this session only) and the line under it (when a pasted
// token expires, or why it is refused; that a browser sign-in needs no secret). Worked out from
// the field's state alone, so the words can be checked without a form; never holds the secret.
struct SecretFieldHints
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::SecretFieldHints)

public:
    QString placeholder; // also the field's accessible description
    QString hint; // the line under the field; empty when there is nothing to say
    bool hintIsError = false;

    // typed: what is in the field now, trimmed; stored: a secret (or token) is kept for the
    // tenant; storedTenant: the tenant was saved before (a new one has nothing stored).
    static SecretFieldHints describe(AuthMethod method, const QString &typed, bool stored,
        bool keychainUsable, bool storedTenant);
};

} // namespace Passdesk
