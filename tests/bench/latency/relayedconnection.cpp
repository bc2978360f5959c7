#include "relayedconnection.h"

#include "delayrelay.h"

#include <QTcpSocket>
#include <chrono>

namespace Passdesk::Bench {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A TLS record of type handshake (0x16), version 3.x, whose first message is a ClientHello (1).
bool isClientHello(const QByteArray &bytes)
{
    return bytes.size() >= 6 && bytes.at(0) == 0x16 && bytes.at(1) == 0x03 && bytes.at(5) == 0x01;
}

// A chunk due within this much is sent now.
constexpr qint64 earlyNs = 100'000;

} // namespace

RelayedConnection::RelayedConnection(DelayRelay *relay, QTcpSocket *client, qint64 oneWayNs,
    const QHostAddress &target, quint16 targetPort)
    : QObject(relay)
    , m_relay(relay)
    , m_oneWayNs(oneWayNs)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
{
    client->setParent(this);
    client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_up.from = client;
    m_up.to = m_upstream;
    m_down.from = m_upstream;
    m_down.to = client;
    // The client's first bytes could leave it only after the SYN went out and the SYN-ACK came
    // back: one round trip after the connect.
    m_up.notBeforeNs = nowNs() + 2 * oneWayNs;
    for (Direction *direction : { &m_up, &m_down }) {
        direction->timer.setSingleShot(true);
        direction->timer.setTimerType(Qt::PreciseTimer);
        connect(&direction->timer, &QTimer::timeout, this, [this, direction] { deliver(*direction); });
        connect(direction->from, &QTcpSocket::readyRead, this, [this, direction] { read(*direction); });
        connect(direction->from, &QTcpSocket::disconnected, this, [this, direction] {
            read(*direction);
            if (!direction->closed) {
                direction->closed = true;
                direction->wire.push_back({ nowNs() + m_oneWayNs, {} });
                schedule(*direction);
            }
        });
    }
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        m_upstreamConnected = true;
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        deliver(m_up);
    });
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_upstreamConnected) {
            m_client->abort();
            finishIfDone();
        }
    });
    m_upstream->connectToHost(target, targetPort);
    read(m_up); // bytes that came with the connection
}

RelayedConnection::~RelayedConnection()
{
    if (!m_done)
        m_relay->connectionClosed();
}

void RelayedConnection::read(Direction &direction)
{
    const QByteArray bytes = direction.from->readAll();
    if (bytes.isEmpty() || direction.closed)
        return;
    if (&direction == &m_up && !std::exchange(m_sawFirstBytes, true) && isClientHello(bytes))
        m_relay->countTlsHandshake();
    const qint64 sent = std::max(nowNs(), direction.notBeforeNs);
    direction.wire.push_back({ sent + m_oneWayNs, bytes });
    schedule(direction);
}

void RelayedConnection::schedule(Direction &direction)
{
    if (direction.wire.empty() || direction.timer.isActive())
        return;
    const qint64 waitNs = direction.wire.front().dueNs - nowNs();
    if (waitNs <= earlyNs) {
        QMetaObject::invokeMethod(this, [this, &direction] { deliver(direction); }, Qt::QueuedConnection);
        return;
    }
    // Timers count whole milliseconds: wake a little early, the rest goes through the loop.
    direction.timer.start(int(waitNs / 1'000'000));
}

void RelayedConnection::deliver(Direction &direction)
{
    if (&direction == &m_up && !m_upstreamConnected)
        return; // connected() delivers
    const qint64 now = nowNs();
    while (!direction.wire.empty() && direction.wire.front().dueNs <= now + earlyNs) {
        Chunk chunk = std::move(direction.wire.front());
        direction.wire.pop_front();
        if (chunk.bytes.isEmpty()) {
            direction.to->disconnectFromHost(); // after what is still buffered
            finishIfDone();
            return;
        }
        direction.to->write(chunk.bytes);
    }
    schedule(direction);
}

void RelayedConnection::finishIfDone()
{
    const bool upDone = m_up.closed && m_up.wire.empty();
    const bool downDone = m_down.closed && m_down.wire.empty();
    const bool failed = !m_upstreamConnected && m_upstream->state() == QAbstractSocket::UnconnectedState
        && m_upstream->error() != QAbstractSocket::UnknownSocketError;
    if (m_done || !((upDone && downDone) || failed))
        return;
    // One side closing is enough once its close reached the other: HTTP clients and servers
    // close both ways.
    m_done = true;
    m_relay->connectionClosed();
    deleteLater();
}

} // namespace Passdesk::Bench
