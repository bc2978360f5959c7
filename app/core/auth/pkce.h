#pragma once

#include <QByteArray>

namespace Passdesk {

// RFC 7636 proof key for one browser sign-in: a random verifier (43 base64url characters from
// 32 random bytes) and its S256 challenge. Only S256: `plain` would show the verifier to
// anyone who sees the authorize URL.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    static Pkce generate();
    // BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 4.2).
    static QByteArray challengeFor(const QByteArray &verifier);
    // A verifier has 43 to 128 of [A-Za-z0-9-._~] (RFC 7636 4.1).
    static bool isValidVerifier(const QByteArray &verifier);
};

// `bytes` random bytes from the system's generator as base64url without padding: for PKCE
// verifiers and for the `state` that ties a redirect to the sign-in that asked for it.
QByteArray randomUrlSafeText(int bytes);

} // namespace Passdesk
