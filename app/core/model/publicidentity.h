#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Passdesk {

// The parts of the contract's PublicIdentity that the helpdesk needs.
struct PublicIdentity
{
    QString id;
    QString name;
    QString alias; // the uid that digit tokens take as userId
    QString email;
    QString status;        // e.g. "Active"
    QString identityState; // ACTIVE, INACTIVE_SHORT_TERM, INACTIVE_LONG_TERM or empty

    bool isInactive() const;
    friend bool operator==(const PublicIdentity &, const PublicIdentity &) = default;

    // Parses a 200 body (a JSON array). Entries that are not objects are refused.
    static std::optional<QList<PublicIdentity>> listFromJson(const QByteArray &body, QString *error);
};

// The `filters` value for a lookup by prefix of alias, email, first or last name, with the
// prefix escaped for the filter syntax.
QString publicIdentityPrefixFilter(const QString &prefix);

// Whether `identity`, listed for a shorter prefix, may still match `prefix` under that filter:
// its alias, email or a word of its name starts with it, ignoring case. An approximation (the
// answer holds no first or last name; the name's words stand for them), fit only to narrow a
// list already shown while the server's answer for the longer text is on its way.
bool publicIdentityMayMatchPrefix(const PublicIdentity &identity, const QString &prefix);

} // namespace Passdesk
