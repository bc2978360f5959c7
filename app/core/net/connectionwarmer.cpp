#include "core/net/connectionwarmer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace Passdesk {

ConnectionWarmer::ConnectionWarmer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    connect(network, &QNetworkAccessManager::finished, this, &ConnectionWarmer::finished);
}

ConnectionWarmer::~ConnectionWarmer() = default;

QString ConnectionWarmer::originOf(const QUrl &url)
{
    QString scheme = url.scheme();
    scheme.remove(QLatin1String("preconnect-"));
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

void ConnectionWarmer::finished(QNetworkReply *reply)
{
    if (reply->url().scheme().startsWith(QLatin1String("preconnect-")))
        ready(originOf(reply->url()));
}

void ConnectionWarmer::preconnect(const QUrl &apiRoot, std::chrono::milliseconds handshakeLimit)
{
    if (apiRoot.scheme() == QLatin1String("http")) {
        m_network->connectToHost(apiRoot.host(), quint16(apiRoot.port(80)));
        return;
    }
    if (apiRoot.scheme() != QLatin1String("https"))
        return;
    const QString origin = originOf(apiRoot);
    if (m_waiting.contains(origin))
        return; // one is under way
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setAllowedNextProtocols({ QSslConfiguration::NextProtocolHttp1_1 });
    m_network->connectToHostEncrypted(apiRoot.host(), quint16(apiRoot.port(443)), tls);
    m_waiting.insert(origin, {});
    // Should the handshake hang, the requests go after the limit.
    QTimer::singleShot(handshakeLimit, this, [this, origin] { ready(origin); });
}

void ConnectionWarmer::whenReady(const QUrl &url, std::function<void()> start)
{
    if (const auto waiting = m_waiting.find(originOf(url)); waiting != m_waiting.end())
        waiting->append(std::move(start));
    else
        start();
}

void ConnectionWarmer::ready(const QString &origin)
{
    const QList<std::function<void()>> waiting = m_waiting.take(origin);
    for (const std::function<void()> &start : waiting)
        start();
}

} // namespace Passdesk
