#include "sandboxjwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Passdesk::Sandbox {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

JwtSigner::JwtSigner()
    : m_key(randomBytes(32))
{ }

QString JwtSigner::sign(const QJsonObject &claims) const
{
    const QByteArray header
        = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(base64url);
    const QByteArray payload
        = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url);
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + signature.toBase64(base64url));
}

QString randomUrlSafe(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(base64url));
}

} // namespace Passdesk::Sandbox
