#include "core/connection/apiversion.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {
struct VersionInfo
{
    ApiVersion version;
    const char *key;
};
constexpr VersionInfo versions[] = {
    { ApiVersion::V2025, "v2025" },
    { ApiVersion::V2024, "v2024" },
    { ApiVersion::V2026, "v2026" },
    { ApiVersion::Beta, "beta" },
    { ApiVersion::V3, "v3" },
    { ApiVersion::ServiceV1, "service-v1" },
};
} // namespace

QString apiVersionKey(ApiVersion version)
{
    for (const auto &info : versions) {
        if (info.version == version)
            return QLatin1String(info.key);
    }
    return QStringLiteral("v2025");
}

std::optional<ApiVersion> apiVersionFromKey(const QString &key)
{
    for (const auto &info : versions) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.version;
    }
    return std::nullopt;
}

QStringList apiVersionKeys()
{
    QStringList keys;
    for (const auto &info : versions)
        keys.append(QLatin1String(info.key));
    return keys;
}

QString apiVersionDisplayName(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V2025:
        return QCoreApplication::translate("Passdesk::ApiVersion", "v2025 (current)");
    case ApiVersion::V2024:
        return QCoreApplication::translate("Passdesk::ApiVersion", "v2024");
    case ApiVersion::V2026:
        return QCoreApplication::translate("Passdesk::ApiVersion", "v2026");
    case ApiVersion::Beta:
        return QCoreApplication::translate("Passdesk::ApiVersion", "beta");
    case ApiVersion::V3:
        return QCoreApplication::translate(
            "Passdesk::ApiVersion", "v3 (config only, no digit tokens)");
    case ApiVersion::ServiceV1:
        return QCoreApplication::translate("Passdesk::ApiVersion", "per-service v1");
    }
    return {};
}

bool supportsEndpoint(ApiVersion version, Endpoint endpoint)
{
    return !(version == ApiVersion::V3 && endpoint == Endpoint::DigitToken);
}

QString endpointPath(ApiVersion version, Endpoint endpoint)
{
    if (!supportsEndpoint(version, endpoint))
        return {};
    if (version == ApiVersion::ServiceV1) {
        switch (endpoint) {
        case Endpoint::OrgConfig:
            return QStringLiteral("/password-org-config/v1");
        case Endpoint::DigitToken:
            return QStringLiteral("/generate-password-reset-token/v1/digit");
        case Endpoint::PublicIdentities:
            // The per-service style has no identities path; v3 is the stable one.
            return QStringLiteral("/v3/public-identities");
        }
    }
    const QString prefix = QLatin1Char('/') + apiVersionKey(version);
    switch (endpoint) {
    case Endpoint::OrgConfig:
        return prefix + QStringLiteral("/password-org-config");
    case Endpoint::DigitToken:
        return prefix + QStringLiteral("/generate-password-reset-token/digit");
    case Endpoint::PublicIdentities:
        return prefix + QStringLiteral("/public-identities");
    }
    return {};
}

bool needsExperimentalHeader(ApiVersion version, Endpoint endpoint)
{
    if (endpoint != Endpoint::DigitToken)
        return false;
    return version == ApiVersion::V2024 || version == ApiVersion::V2025
        || version == ApiVersion::V2026 || version == ApiVersion::ServiceV1;
}

} // namespace Passdesk
