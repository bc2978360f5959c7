#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <atomic>
#include <chrono>

namespace Passdesk::Bench {

// A TCP relay on loopback that makes a link with a round trip time out of it: every chunk is
// forwarded half a round trip after it arrived, in each direction, in order, and a new
// connection's first bytes wait one round trip more, as they would for the SYN and SYN-ACK of
// a real TCP handshake (the kernel completes the loopback handshake at once). It counts the TCP
// connections and the TLS handshakes (ClientHello records) that go through it. The counters may
// be read from any thread; the relay itself works in the thread it lives in (a benchmark moves
// it to a thread of its own, so the client's event loop cannot delay the link).
class DelayRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelayRelay)

public:
    DelayRelay(QHostAddress target, quint16 targetPort, std::chrono::microseconds roundTrip,
        QObject *parent = nullptr);
    ~DelayRelay() override;

    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_port.load(); }
    std::chrono::microseconds roundTrip() const { return m_roundTrip; }

    int connects() const { return m_connects.load(); }
    int tlsHandshakes() const { return m_tlsHandshakes.load(); }
    int openConnections() const { return m_open.load(); }
    // Called by the connections.
    void countTlsHandshake() { ++m_tlsHandshakes; }
    void connectionClosed() { --m_open; }

private:
    void accept();

    QTcpServer m_server;
    QHostAddress m_target;
    quint16 m_targetPort;
    std::chrono::microseconds m_roundTrip;
    std::atomic<quint16> m_port { 0 };
    std::atomic<int> m_connects { 0 };
    std::atomic<int> m_tlsHandshakes { 0 };
    std::atomic<int> m_open { 0 };
};

} // namespace Passdesk::Bench
