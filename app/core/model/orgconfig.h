#pragma once

#include "core/model/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Passdesk {

// The contract's PasswordOrgConfig. Defaults are the contract's defaults.
struct OrgConfig
{
    static constexpr int minDuration = 1;
    static constexpr int maxDuration = 60;
    static constexpr int defaultDuration = 5;
    static constexpr int minLength = 6;
    static constexpr int maxLength = 18;
    static constexpr int defaultLength = 6;

    bool customInstructionsEnabled = false;
    bool digitTokenEnabled = false;
    int digitTokenDurationMinutes = defaultDuration;
    int digitTokenLength = defaultLength;

    friend bool operator==(const OrgConfig &, const OrgConfig &) = default;

    QJsonObject toJson() const; // all four fields (POST body)
    // Parses a 200 body. Missing fields take the contract's defaults; wrong types or values
    // out of range are refused (*error gets a translated reason).
    static std::optional<OrgConfig> fromJson(const QByteArray &body, QString *error);
};

// A partial update: only the fields the admin changed.
struct OrgConfigChange
{
    std::optional<bool> customInstructionsEnabled;
    std::optional<bool> digitTokenEnabled;
    std::optional<int> digitTokenDurationMinutes;
    std::optional<int> digitTokenLength;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Fields where `edited` differs from `loaded`.
    static OrgConfigChange between(const OrgConfig &loaded, const OrgConfig &edited);
    // Every field of `config`, as a Create sends them.
    static OrgConfigChange allOf(const OrgConfig &config);
    // Applies the change on top of `base`.
    OrgConfig appliedTo(OrgConfig base) const;
    // Values out of the contract's range (a translated reason), or empty when valid.
    QString validationError() const;
};

// A field that a write's answer holds with another value than Passdesk asked for: the server
// clamped a sent value, or changed a field that was not sent at all.
struct OrgConfigStoredDifference
{
    const char *field; // the contract's name, e.g. "digitTokenLength"
    bool sent; // false: the field was not in the request, and the server changed it anyway

    friend bool operator==(const OrgConfigStoredDifference &a, const OrgConfigStoredDifference &b)
    {
        return a.sent == b.sent && QByteArrayView(a.field) == QByteArrayView(b.field);
    }
};

// What the server stored other than asked, field by field in the contract's order: a sent field
// whose stored value is not the sent one, and a field not sent whose stored value is not `old`'s
// (the config the write was based on). Empty when the server stored just what was asked.
QList<OrgConfigStoredDifference> storedDifferently(
    const OrgConfig &old, const OrgConfigChange &sent, const OrgConfig &stored);

} // namespace Passdesk
