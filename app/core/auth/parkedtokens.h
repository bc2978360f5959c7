#pragma once

#include "core/connection/connectionsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passdesk {

// The access tokens of tenants the agent switched away from, in memory only, so switching back
// while a token still works costs no /oauth/token round trip. A token comes back only for the
// same address, client and way of signing in (and, for client credentials, the same secret, by
// its hash: a secret changed meanwhile signs in anew), and only while it is valid for at least
// the given margin. Pasted tokens are not parked (the tenant keeps its own). A tenant edited or
// removed takes its tokens with it (dropClient), so none stays behind under a secret that is no
// longer used. Every token is overwritten when it leaves: taken back, expired, dropped, cleared
// (sign out) or destroyed.
class ParkedTokens final
{
    Q_DISABLE_COPY_MOVE(ParkedTokens)

public:
    struct Token
    {
        QString accessToken;
        QDateTime expiresAt; // when it stops being used (already a margin before the server's)
        QStringList scopes;
    };

    ParkedTokens() = default;
    ~ParkedTokens();

    void park(const ConnectionSettings &connection, const Token &token);
    std::optional<Token> takeBack(const ConnectionSettings &connection, qint64 marginSeconds);
    // Drops the tokens of this address, client and way of signing in, whatever the secret.
    void dropClient(const ConnectionSettings &connection);
    void clear();
    // The same tenant, signed in to the same way (what a parked token is kept for).
    static bool sameKey(const ConnectionSettings &a, const ConnectionSettings &b)
    {
        return keyOf(a) == keyOf(b);
    }
    // The same address, client and way of signing in; the secret may differ.
    static bool sameClient(const ConnectionSettings &a, const ConnectionSettings &b)
    {
        return clientKeyOf(a) == clientKeyOf(b);
    }
    qsizetype count() const { return m_tokens.size(); }

    static constexpr qsizetype maxParked = 16;

private:
    // clientKeyOf(), then for client credentials the secret's hash.
    static QByteArray keyOf(const ConnectionSettings &connection);
    static QByteArray clientKeyOf(const ConnectionSettings &connection);
    void dropExpired();

    QHash<QByteArray, Token> m_tokens;
};

} // namespace Passdesk
