#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Passdesk::Sandbox {

// The claims of a sandbox access token, named as in ISC's tokens. The token is a JWT:
// base64url(header).base64url(payload).base64url(signature), header {"alg":"HS256","typ":"JWT"},
// signed with a key each server draws at random; a client reads the payload and never checks
// the signature. docs/sandbox.md lists the same.
//
//   tenant_id    string        the tenant's id (a UUID, fixed per server)
//   org          string        the tenant's name ("sandbox")
//   client_id    string        the client the token was issued to
//   scope        [string]      the scopes the token carries
//   exp, iat     number        expiry and issue time, seconds since the epoch
//   jti          string        the token's own id (a UUID)
// User tokens (personal access tokens, browser sign-in) also carry:
//   identity_id  string        the signed-in person's identity id
//   user_name    string        their uid (the public identity's alias)
//   authorities  [string]      their user level: ["ORG_ADMIN"], ["HELPDESK"] or []
//   strong_auth  bool          true after the browser sign-in, false for a personal access token
// App-only tokens (API clients) have no identity_id, user_name, authorities or strong_auth.
namespace Claim {
inline constexpr char tenantId[] = "tenant_id";
inline constexpr char org[] = "org";
inline constexpr char clientId[] = "client_id";
inline constexpr char scope[] = "scope";
inline constexpr char expires[] = "exp";
inline constexpr char issuedAt[] = "iat";
inline constexpr char tokenId[] = "jti";
inline constexpr char identityId[] = "identity_id";
inline constexpr char userName[] = "user_name";
inline constexpr char authorities[] = "authorities";
inline constexpr char strongAuth[] = "strong_auth";
} // namespace Claim

// Signs claims into a JWT with HMAC-SHA256 and a random per-instance key.
class JwtSigner
{
public:
    JwtSigner();
    QString sign(const QJsonObject &claims) const;

private:
    QByteArray m_key;
};

// Random bytes as base64url without padding: for codes, refresh tokens and ids.
QString randomUrlSafe(int bytes);

} // namespace Passdesk::Sandbox
