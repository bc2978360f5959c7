#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace Passdesk::Sandbox {
class SandboxServer;
}

namespace Passdesk::Bench {

class DelayRelay;

// What crossed the link: HTTP requests the sandbox answered, TCP connections and TLS handshakes
// the relay saw.
struct LinkCounts
{
    int requests = 0;
    int connects = 0;
    int tlsHandshakes = 0;

    LinkCounts operator-(const LinkCounts &before) const
    {
        return { requests - before.requests, connects - before.connects,
            tlsHandshakes - before.tlsHandshakes };
    }
    bool operator==(const LinkCounts &) const = default;
};

// A tenant on the other side of a slow link: the sandbox serving https with the given
// certificate, behind a DelayRelay with the given round trip, each in a thread of its own so
// the client's event loop never holds up the server or the link. Tenants use url(host): any
// host name that resolves to 127.0.0.1 (127.0.0.1, localhost) is another host to the client.
class LinkRig final
{
    Q_DISABLE_COPY_MOVE(LinkRig)

public:
    LinkRig(std::chrono::microseconds roundTrip, QSslCertificate certificate, QSslKey key);
    ~LinkRig();

    bool start(); // false when the sandbox or the relay cannot listen
    QUrl url(const QString &host) const;
    std::chrono::microseconds roundTrip() const { return m_roundTrip; }
    LinkCounts counts() const;
    // Runs `work` on the sandbox in its thread and returns when it is done.
    void onSandbox(const std::function<void(Sandbox::SandboxServer &)> &work) const;

private:
    std::chrono::microseconds m_roundTrip;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QThread m_sandboxThread;
    QThread m_relayThread;
    std::unique_ptr<QObject> m_sandboxContext; // lives in m_sandboxThread
    Sandbox::SandboxServer *m_sandbox = nullptr; // owned by m_sandboxContext
    DelayRelay *m_relay = nullptr; // deleted in its thread
    quint16 m_relayPort = 0;
};

} // namespace Passdesk::Bench
