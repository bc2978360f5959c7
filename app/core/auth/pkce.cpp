#include "core/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Passdesk {

namespace {
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray randomUrlSafeText(int bytes)
{
    QByteArray random;
    random.reserve(bytes);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    while (random.size() < bytes) {
        quint32 word = QRandomGenerator::system()->generate();
        for (int i = 0; i < 4 && random.size() < bytes; ++i, word >>= 8)
            random.append(char(word & 0xff));
    }
    QByteArray text = random.toBase64(base64url);
    random.fill('\0');
    return text;
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomUrlSafeText(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Passdesk
