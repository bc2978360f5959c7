#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace Passdesk {

// Opens the connection to a tenant (TCP, and TLS for https) before its first request, which then
// reuses it. Two things Qt 6.4 does make this more than a call to connectToHostEncrypted():
// - A request sent while the handshake is under way makes Qt open a second connection (it
//   offers HTTP/2 and falls back to HTTP/1.1 after ALPN), so requests to that origin wait
//   (whenReady) until the handshake is done, or a given limit should it hang.
// - A preconnect to a host it already has an HTTP/2 connection to never finishes. Once an
//   origin has spoken HTTP/2 (ALPN chose it, or a request used it; one connection carries every
//   request there) nothing waits for it, and it is preconnected again only when it has been
//   quiet for http2QuietMs, as a server may have closed the connection by then.
class ConnectionWarmer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWarmer)

public:
    static constexpr int http2QuietMs = 30000;

    explicit ConnectionWarmer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionWarmer() override;

    // Requests wait at most handshakeLimit for the handshake (a transfer timeout's worth).
    void preconnect(const QUrl &apiRoot, std::chrono::milliseconds handshakeLimit);
    // Runs `start` now, or once the handshake to url's origin that is under way is done.
    void whenReady(const QUrl &url, std::function<void()> start);
    bool isWaiting(const QUrl &url) const;

    static QString originOf(const QUrl &url); // scheme://host:port

private:
    void finished(QNetworkReply *reply);
    void ready(const QString &origin);

    QNetworkAccessManager *m_network;
    // Per origin with a handshake under way, the requests waiting for it.
    QHash<QString, QList<std::function<void()>>> m_waiting;
    QHash<QString, QElapsedTimer> m_http2Answered; // per origin, since it last spoke HTTP/2
};

} // namespace Passdesk
