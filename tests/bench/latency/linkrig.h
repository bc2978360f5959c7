#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
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
// With Protocol::Http2 the sandbox (QtHttpServer 6.4 speaks HTTP/1.1 only) serves plain HTTP
// behind nghttpx (Debian's nghttp2-proxy), which terminates TLS with the certificate and offers
// the client HTTP/2 by ALPN, as a real tenant's front does; the relay sits before nghttpx.
class LinkRig final
{
    Q_DISABLE_COPY_MOVE(LinkRig)

public:
    enum class Protocol { Http1, Http2 };

    LinkRig(std::chrono::microseconds roundTrip, QSslCertificate certificate, QSslKey key,
        Protocol protocol = Protocol::Http1);
    ~LinkRig();

    static QString nghttpx(); // its path, or empty when nghttp2-proxy is not installed
    // False when the sandbox, nghttpx or the relay cannot listen; why is in error().
    bool start();
    QString error() const { return m_error; }
    QUrl url(const QString &host) const;
    std::chrono::microseconds roundTrip() const { return m_roundTrip; }
    LinkCounts counts() const;
    // Runs `work` on the sandbox in its thread and returns when it is done.
    void onSandbox(const std::function<void(Sandbox::SandboxServer &)> &work) const;

private:
    bool startHttp2Front(quint16 sandboxPort, quint16 *frontPort);

    std::chrono::microseconds m_roundTrip;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Protocol m_protocol;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_frontFiles; // nghttpx's certificate and key
    std::unique_ptr<QProcess> m_front;           // nghttpx
    QThread m_sandboxThread;
    QThread m_relayThread;
    std::unique_ptr<QObject> m_sandboxContext; // lives in m_sandboxThread
    Sandbox::SandboxServer *m_sandbox = nullptr; // owned by m_sandboxContext
    DelayRelay *m_relay = nullptr; // deleted in its thread
    quint16 m_relayPort = 0;
};

} // namespace Passdesk::Bench
