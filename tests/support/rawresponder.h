#pragma once

// A loopback TCP server that answers HTTP requests with scripted bytes, for the faults a
// well-formed HTTP server cannot produce: connections closed or reset mid-answer, headers and
// then silence, bodies that never end, broken gzip. The one place in the tests where HTTP is
// written by hand. It counts the connections and requests it saw.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Passdesk::Testing {

class RawResponder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawResponder)

public:
    enum class Act
    {
        Send, // write `bytes`, then close the connection
        Close, // close at once, no answer (FIN)
        Reset, // reset at once, no answer (RST)
        SendThenHang, // write `bytes`, then stay silent with the connection open
        SendThenReset, // write `bytes` (e.g. headers and half the body), then reset
        Endless, // write `bytes` (headers), then body bytes until the client goes
        Trickle, // write `bytes` (headers), then one body byte every 50 ms until the client goes
    };
    struct Answer
    {
        Act act = Act::Send;
        QByteArray bytes;
    };
    struct Seen
    {
        QByteArray method;
        QByteArray path;  // without the query
        QByteArray query; // after '?', as sent (percent-encoded)
        QByteArray headers; // the raw header block
        QByteArray body;
    };

    explicit RawResponder(QObject *parent = nullptr);
    ~RawResponder() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // The answer for request paths ending with `pathSuffix`; /oauth/token answers a valid
    // access token unless told otherwise, anything unknown gets a 404.
    void setAnswer(const QByteArray &pathSuffix, const Answer &answer);
    // A one-time answer for the next request to `pathSuffix`, before the standing one.
    void queueAnswer(const QByteArray &pathSuffix, const Answer &answer);

    int connectionCount() const { return m_connections; }
    int requestCount(const QByteArray &pathSuffix) const;
    const QList<Seen> &requests() const { return m_seen; }
    qint64 endlessBytesWritten() const { return m_endlessBytes; }
    qint64 trickleBytesWritten() const { return m_trickleBytes; }

    // A complete HTTP/1.1 response with Content-Length and Connection: close.
    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Answer send(int status, const QByteArray &contentType, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static constexpr auto accessToken = "raw-responder-access-token";

signals:
    void requestSeen();

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Answer &answer);
    void feedEndless(QTcpSocket *socket);
    void feedTrickle(QTcpSocket *socket);
    static void reset(QTcpSocket *socket);

    QTcpServer *m_server;
    QList<QPair<QByteArray, Answer>> m_answers;
    QList<QPair<QByteArray, Answer>> m_queued;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Seen> m_seen;
    int m_connections = 0;
    qint64 m_endlessBytes = 0;
    qint64 m_trickleBytes = 0;
};

} // namespace Passdesk::Testing
