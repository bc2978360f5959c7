#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Passdesk {

// What Passdesk can tell from a pasted access token without asking the server. ISC access
// tokens are JWTs; their payload says when they expire (`exp`) and what they grant (`scope`).
// Nothing here verifies the signature: the server does that, this only informs the user.
struct AccessTokenInfo
{
    bool wellFormed = false; // three base64url parts with a JSON payload
    std::optional<QDateTime> expiresAt; // UTC
    QStringList scopes; // empty when the token does not say
};

AccessTokenInfo inspectAccessToken(const QString &token);

// The JSON payload of a JWT-shaped access token (three base64url parts, at most 16 KiB), or
// nothing. Unverified: for what Passdesk shows and checks before asking the server.
std::optional<QJsonObject> accessTokenPayload(const QString &token);

// A translated reason why a pasted token cannot be used, or empty.
QString accessTokenInputError(
    const QString &token, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Passdesk
