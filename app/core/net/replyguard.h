#pragma once

#include "core/net/replyerrors.h"
#include "core/net/requestlimits.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace Passdesk {

// Holds one QNetworkReply to the limits Qt does not keep itself: the response headers' size
// and the wait for them, and (when given) an overall deadline. It calls onStop once with the
// reason when a limit is passed; the owner aborts the reply and reports it. A child of the
// reply, so it goes with it.
class ReplyGuard final : public QObject
{
public:
    using StopHandler = std::function<void(StopReason)>;

    ReplyGuard(QNetworkReply *reply, const RequestLimits &limits,
        std::optional<std::chrono::milliseconds> deadline, StopHandler onStop);

    // HTTP/1.1 with keep-alive, also where the server offers HTTP/2: Qt 6.4 writes an HTTP/2
    // request's HEADERS and DATA frames as two TCP segments on a socket without TCP_NODELAY, so
    // each request with a body (the token, a digit token, Save) waits for the server's delayed
    // ACK: 43 ms instead of 0.5 ms per POST against nghttpx on loopback (docs/benchmarks.md).
    // The preconnect offers the same (ConnectionWarmer): Qt reuses a connection only for
    // requests of the kind it was opened for.
    static constexpr bool useHttp2 = false;

    // What every request gets before it is sent: the idle timeout, the protocol.
    static void prepare(QNetworkRequest &request, const RequestLimits &limits);
    // The protocol part of prepare(), for a request with a timeout of its own.
    static void chooseProtocol(QNetworkRequest &request);
    // The size of the reply's header block as received (names, values, separators).
    static qint64 headerBytes(const QNetworkReply *reply);

private:
    void checkHeaders();
    void stop(StopReason reason);

    QNetworkReply *m_reply;
    RequestLimits m_limits;
    StopHandler m_onStop;
    QTimer *m_headerTimer;
    bool m_stopped = false;
};

} // namespace Passdesk
