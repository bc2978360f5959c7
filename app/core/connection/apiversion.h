#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Passdesk {

// The API versions a connection can speak. ServiceV1 is the newer per-service path style
// (`/password-org-config/v1`, `/generate-password-reset-token/v1/digit`).
enum class ApiVersion { V2025, V2024, V2026, Beta, V3, ServiceV1 };

enum class Endpoint { OrgConfig, DigitToken, PublicIdentities };

QString apiVersionKey(ApiVersion version);                       // "v2025", "beta", "service-v1"
std::optional<ApiVersion> apiVersionFromKey(const QString &key); // inverse of apiVersionKey
QStringList apiVersionKeys();
QString apiVersionDisplayName(ApiVersion version); // translated, for combo boxes

// v3 has no digit token operation.
bool supportsEndpoint(ApiVersion version, Endpoint endpoint);
// Path below the API root, e.g. "/v2025/password-org-config"; empty when unsupported.
QString endpointPath(ApiVersion version, Endpoint endpoint);
// v2024 and later, and per-service v1, need `X-SailPoint-Experimental: true` for digit tokens.
bool needsExperimentalHeader(ApiVersion version, Endpoint endpoint);

} // namespace Passdesk
