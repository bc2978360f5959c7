#include "linkrig.h"

#include "delayrelay.h"
#include "sandboxserver.h"

#include <QMetaObject>

namespace Passdesk::Bench {

LinkRig::LinkRig(std::chrono::microseconds roundTrip, QSslCertificate certificate, QSslKey key)
    : m_roundTrip(roundTrip)
    , m_certificate(std::move(certificate))
    , m_key(std::move(key))
{
    m_sandboxThread.setObjectName(QStringLiteral("sandbox"));
    m_relayThread.setObjectName(QStringLiteral("relay"));
}

LinkRig::~LinkRig()
{
    if (m_relay)
        QMetaObject::invokeMethod(m_relay, [relay = m_relay] { delete relay; },
            Qt::BlockingQueuedConnection);
    if (m_sandboxContext)
        QMetaObject::invokeMethod(m_sandboxContext.get(), [this] { delete m_sandbox; },
            Qt::BlockingQueuedConnection);
    m_relayThread.quit();
    m_sandboxThread.quit();
    m_relayThread.wait();
    m_sandboxThread.wait();
}

bool LinkRig::start()
{
    m_sandboxThread.start();
    m_relayThread.start();
    m_sandboxContext = std::make_unique<QObject>();
    m_sandboxContext->moveToThread(&m_sandboxThread);
    quint16 sandboxPort = 0;
    QMetaObject::invokeMethod(
        m_sandboxContext.get(),
        [this, &sandboxPort] {
            m_sandbox = new Sandbox::SandboxServer;
            m_sandbox->setRateLimit(0, 10);
            m_sandbox->setTls(m_certificate, m_key);
            if (m_sandbox->listen())
                sandboxPort = m_sandbox->port();
        },
        Qt::BlockingQueuedConnection);
    if (!sandboxPort)
        return false;
    m_relay = new DelayRelay(QHostAddress::LocalHost, sandboxPort, m_roundTrip);
    m_relay->moveToThread(&m_relayThread);
    QMetaObject::invokeMethod(
        m_relay, [this] { m_relayPort = m_relay->listen() ? m_relay->port() : 0; },
        Qt::BlockingQueuedConnection);
    return m_relayPort != 0;
}

QUrl LinkRig::url(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(m_relayPort);
    return url;
}

LinkCounts LinkRig::counts() const
{
    LinkCounts counts;
    onSandbox([&counts](Sandbox::SandboxServer &server) { counts.requests = int(server.requests().size()); });
    counts.connects = m_relay->connects();
    counts.tlsHandshakes = m_relay->tlsHandshakes();
    return counts;
}

void LinkRig::onSandbox(const std::function<void(Sandbox::SandboxServer &)> &work) const
{
    QMetaObject::invokeMethod(
        m_sandboxContext.get(), [this, &work] { work(*m_sandbox); }, Qt::BlockingQueuedConnection);
}

} // namespace Passdesk::Bench
