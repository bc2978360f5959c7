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
    const QString origin = originOf(reply->url());
    const QString scheme = reply->url().scheme();
    // A preconnect's reply says which protocol ALPN chose, a request's whether it used HTTP/2.
    // (Only a TLS reply is asked for its TLS configuration: for plain HTTP that would load the
    // TLS backend, about 10 ms.)
    if (scheme == QLatin1String("preconnect-https")) {
        if (reply->sslConfiguration().nextNegotiatedProtocol()
            == QSslConfiguration::ALPNProtocolHTTP2)
            m_http2Answered[origin].start();
        ready(origin);
    } else if (scheme.startsWith(QLatin1String("preconnect-"))) {
        ready(origin);
    } else if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()) {
        m_http2Answered[origin].start();
    }
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
    const auto http2 = m_http2Answered.constFind(origin);
    if (http2 != m_http2Answered.cend() && http2->elapsed() < http2QuietMs)
        return; // its HTTP/2 connection is open: a preconnect would never finish
    // Requests may use HTTP/2, and Qt reuses a connection only for requests of the kind it was
    // opened for: offer HTTP/2 as they do.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setAllowedNextProtocols(
        { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 });
    m_network->connectToHostEncrypted(apiRoot.host(), quint16(apiRoot.port(443)), tls);
    if (http2 != m_http2Answered.cend())
        return; // HTTP/2: nothing waits, one connection carries every request
    m_waiting.insert(origin, {});
    // Should the handshake hang, the requests go after the limit.
    QTimer::singleShot(handshakeLimit, this, [this, origin] { ready(origin); });
}

bool ConnectionWarmer::isWaiting(const QUrl &url) const
{
    return m_waiting.contains(originOf(url));
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
