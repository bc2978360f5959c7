#pragma once

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
// reuses it. Requests to that origin wait (whenReady) until the handshake is done, or a given
// limit should it hang: sent during it, Qt 6.4 would open a second connection for them. The
// preconnect offers HTTP/1.1 only, as the requests do (ReplyGuard::useHttp2 says why), since Qt
// reuses a connection only for requests of the kind it was opened for. (With HTTP/2 it would
// need more: Qt 6.4 never finishes a preconnect to a host it already has an HTTP/2 connection
// to, which held the next requests for the whole limit; tst_roundtrips_http2 runs against an
// HTTP/2 front and fails if that comes back.)
class ConnectionWarmer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWarmer)

public:
    explicit ConnectionWarmer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionWarmer() override;

    // Requests wait at most handshakeLimit for the handshake (a transfer timeout's worth).
    void preconnect(const QUrl &apiRoot, std::chrono::milliseconds handshakeLimit);
    // Runs `start` now, or once the handshake to url's origin that is under way is done.
    void whenReady(const QUrl &url, std::function<void()> start);

    static QString originOf(const QUrl &url); // scheme://host:port

private:
    void finished(QNetworkReply *reply);
    void ready(const QString &origin);

    QNetworkAccessManager *m_network;
    // Per origin with a handshake under way, the requests waiting for it.
    QHash<QString, QList<std::function<void()>>> m_waiting;
};

} // namespace Passdesk
