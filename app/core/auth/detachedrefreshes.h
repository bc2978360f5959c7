#pragma once

#include "core/connection/connectionsettings.h"

#include <QPointer>
#include <functional>
#include <vector>

namespace Passdesk {

class TokenEndpointRequest;
struct ApiError;
struct TokenAnswer;

// Keeps a browser sign-in's refresh token (empty: the sign-in ended) where its tenant's is kept.
using RefreshTokenKeeper = std::function<void(const QString &refreshToken)>;

// Refresh grants still out for connections that have been left (a tenant switch). The server
// may already have rotated the refresh token when the connection changes: dropping the answer
// would leave that tenant with a spent token, and its next renewal would look like a stolen
// token's reuse (RFC 6819 5.2.2.3), which revokes the sign-in. So each answer still goes to the
// keeper of the connection that sent it, and coming back to that connection before the answer
// takes the request back instead of sending the same refresh token again.
class DetachedRefreshes final
{
    Q_DISABLE_COPY_MOVE(DetachedRefreshes)

public:
    DetachedRefreshes() = default;
    ~DetachedRefreshes(); // aborts those still out, without an answer

    // connection is what the request was sent for, its refresh token included.
    void add(TokenEndpointRequest *request, const ConnectionSettings &connection,
        RefreshTokenKeeper keeper);
    // The request out for the same credentials and refresh token, handed back; null when none.
    TokenEndpointRequest *takeBack(const ConnectionSettings &connection);
    // Gives the answer to its connection's keeper; false when the request is not one of these.
    bool answer(TokenEndpointRequest *request, const TokenAnswer &answer, const ApiError &error);
    int count() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QPointer<TokenEndpointRequest> request;
        ConnectionSettings connection;
        RefreshTokenKeeper keeper;
    };
    std::vector<Entry> m_entries;
};

} // namespace Passdesk
