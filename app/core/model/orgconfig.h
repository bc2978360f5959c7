#pragma once

#include "core/model/apierror.h"

#include <QByteArray>
#include <QJsonObject>
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
    // Applies the change on top of `base`.
    OrgConfig appliedTo(OrgConfig base) const;
    // Values out of the contract's range (a translated reason), or empty when valid.
    QString validationError() const;
};

} // namespace Passdesk
