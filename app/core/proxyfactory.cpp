#include "proxyfactory.h"

#include <QHostAddress>

namespace Passdesk {

bool ProxyFactory::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopback(query.peerHostName()))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    return systemProxyForQuery(query);
}

} // namespace Passdesk
