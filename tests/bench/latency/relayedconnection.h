#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <deque>

class QTcpSocket;

namespace Passdesk::Bench {

class DelayRelay;

// One connection through the DelayRelay: the client's socket, the socket to the target, and
// for each direction the chunks still on the simulated wire, each with the time it arrives.
// The due times only grow, so the chunks come out in the order they went in.
class RelayedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayedConnection)

public:
    RelayedConnection(DelayRelay *relay, QTcpSocket *client, qint64 oneWayNs,
        const QHostAddress &target, quint16 targetPort);
    ~RelayedConnection() override;

private:
    struct Chunk
    {
        qint64 dueNs;
        QByteArray bytes; // empty: the sender closed its side
    };
    struct Direction
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> wire;
        QTimer timer;
        qint64 notBeforeNs = 0; // the simulated TCP handshake
        bool closed = false;
    };

    void read(Direction &direction);
    void schedule(Direction &direction);
    void deliver(Direction &direction);
    void finishIfDone();

    DelayRelay *m_relay;
    qint64 m_oneWayNs;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    bool m_upstreamConnected = false;
    bool m_sawFirstBytes = false;
    bool m_done = false;
    Direction m_up; // client to target
    Direction m_down; // target to client
};

} // namespace Passdesk::Bench
