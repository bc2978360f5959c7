#include "parkedtokens.h"

#include <QCryptographicHash>

namespace Passdesk {

namespace {
void wipe(ParkedTokens::Token &token)
{
    token.accessToken.fill(QLatin1Char('\0'));
    token.accessToken.clear();
}
} // namespace

ParkedTokens::~ParkedTokens()
{
    clear();
}

QByteArray ParkedTokens::clientKeyOf(const ConnectionSettings &connection)
{
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(connection.apiRoot.toString(QUrl::FullyEncoded).toUtf8());
    key.addData(QByteArrayView("\n"));
    key.addData(authMethodKey(connection.authMethod).toUtf8());
    key.addData(QByteArrayView("\n"));
    key.addData(connection.clientId.toUtf8());
    return key.result();
}

QByteArray ParkedTokens::keyOf(const ConnectionSettings &connection)
{
    QByteArray key = clientKeyOf(connection);
    // A browser sign-in's refresh token rotates, so it is not part of the key.
    if (connection.authMethod == AuthMethod::ClientCredentials)
        key += QCryptographicHash::hash(
            connection.clientSecret.toUtf8(), QCryptographicHash::Sha256);
    return key;
}

void ParkedTokens::park(const ConnectionSettings &connection, const Token &token)
{
    if (connection.authMethod == AuthMethod::AccessToken || token.accessToken.isEmpty()
        || !connection.apiRoot.isValid())
        return;
    dropExpired();
    const QByteArray key = keyOf(connection);
    if (auto it = m_tokens.find(key); it != m_tokens.end())
        wipe(*it);
    else if (m_tokens.size() >= maxParked)
        return; // more tenants than anyone switches between: the newest is not kept
    m_tokens.insert(key, token);
}

std::optional<ParkedTokens::Token> ParkedTokens::takeBack(
    const ConnectionSettings &connection, qint64 marginSeconds)
{
    auto it = m_tokens.find(keyOf(connection));
    if (it == m_tokens.end())
        return std::nullopt;
    Token token = std::move(*it);
    m_tokens.erase(it);
    if (QDateTime::currentDateTimeUtc().secsTo(token.expiresAt) <= marginSeconds) {
        wipe(token);
        return std::nullopt;
    }
    return token;
}

void ParkedTokens::dropClient(const ConnectionSettings &connection)
{
    const QByteArray client = clientKeyOf(connection);
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it.key().startsWith(client)) {
            wipe(*it);
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
}

void ParkedTokens::clear()
{
    for (Token &token : m_tokens)
        wipe(token);
    m_tokens.clear();
}

void ParkedTokens::dropExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAt <= now) {
            wipe(*it);
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace Passdesk
