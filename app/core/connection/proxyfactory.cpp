#include "core/connection/proxyfactory.h"

#include "core/connection/connectionsettings.h"

namespace Passdesk {

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName())) // what plain http is allowed to, too
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    return systemProxyForQuery(query);
}

} // namespace Passdesk
