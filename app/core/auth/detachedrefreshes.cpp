#include "core/auth/detachedrefreshes.h"

#include "core/auth/tokenanswer.h"
#include "core/auth/tokenendpointrequest.h"
#include "core/model/apierror.h"

#include <algorithm>

namespace Passdesk {

DetachedRefreshes::~DetachedRefreshes()
{
    for (Entry &entry : m_entries) {
        delete entry.request.data();
        entry.connection.wipeSecrets();
    }
}

void DetachedRefreshes::add(
    TokenEndpointRequest *request, const ConnectionSettings &connection, RefreshTokenKeeper keeper)
{
    m_entries.push_back({ request, connection, std::move(keeper) });
}

TokenEndpointRequest *DetachedRefreshes::takeBack(const ConnectionSettings &connection)
{
    if (connection.authMethod != AuthMethod::BrowserSignIn || connection.refreshToken.isEmpty())
        return nullptr;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->request || !it->connection.sameCredentials(connection)
            || it->connection.refreshToken != connection.refreshToken)
            continue;
        TokenEndpointRequest *request = it->request;
        it->connection.wipeSecrets();
        m_entries.erase(it);
        return request;
    }
    return nullptr;
}

bool DetachedRefreshes::answer(
    TokenEndpointRequest *request, const TokenAnswer &answer, const ApiError &error)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
        [request](const Entry &entry) { return entry.request == request; });
    if (it == m_entries.end())
        return false;
    Entry entry = std::move(*it);
    m_entries.erase(it);
    entry.connection.wipeSecrets();
    if (!entry.keeper)
        return true;
    if (!error.isError() && !answer.refreshToken.isEmpty())
        entry.keeper(answer.refreshToken); // the access token is not needed: it is dropped
    else if (error.isError() && error.httpStatus >= 400 && error.httpStatus < 500)
        entry.keeper({}); // that sign-in has ended: coming back asks for a new one
    // Without an answer the server may or may not have rotated it; the old one is kept.
    return true;
}

} // namespace Passdesk
