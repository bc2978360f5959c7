#include "linkrig.h"

#include "delayrelay.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace Passdesk::Bench {

LinkRig::LinkRig(std::chrono::microseconds roundTrip, QSslCertificate certificate, QSslKey key,
    Protocol protocol)
    : m_roundTrip(roundTrip)
    , m_certificate(std::move(certificate))
    , m_key(std::move(key))
    , m_protocol(protocol)
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
    if (m_front) {
        m_front->terminate();
        if (!m_front->waitForFinished(5000))
            m_front->kill();
        m_front->waitForFinished(5000);
    }
    m_relayThread.quit();
    m_sandboxThread.quit();
    m_relayThread.wait();
    m_sandboxThread.wait();
}

QString LinkRig::nghttpx()
{
    return QStandardPaths::findExecutable(QStringLiteral("nghttpx"),
        { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin") });
}

bool LinkRig::startHttp2Front(quint16 sandboxPort, quint16 *frontPort)
{
    const QString program = nghttpx();
    if (program.isEmpty()) {
        m_error = QStringLiteral("nghttpx is not installed (apt-get install nghttp2-proxy)");
        return false;
    }
    m_frontFiles = std::make_unique<QTemporaryDir>();
    const QString certFile = m_frontFiles->filePath(QStringLiteral("cert.pem"));
    const QString keyFile = m_frontFiles->filePath(QStringLiteral("key.pem"));
    QFile cert(certFile);
    QFile key(keyFile);
    if (!m_frontFiles->isValid() || !cert.open(QIODevice::WriteOnly)
        || cert.write(m_certificate.toPem()) < 0 || !key.open(QIODevice::WriteOnly)
        || key.write(m_key.toPem()) < 0) {
        m_error = QStringLiteral("cannot write nghttpx's certificate and key");
        return false;
    }
    cert.close();
    key.close();
    // A free port for nghttpx, which cannot say which one it took.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("no free loopback port for nghttpx");
        return false;
    }
    *frontPort = probe.serverPort();
    probe.close();
    m_front = std::make_unique<QProcess>();
    m_front->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_front->setStandardOutputFile(QProcess::nullDevice());
    m_front->start(program,
        { QStringLiteral("--conf=/dev/null"), QStringLiteral("--workers=1"),
            QStringLiteral("--no-ocsp"), QStringLiteral("--log-level=WARN"),
            QStringLiteral("--frontend=127.0.0.1,%1").arg(*frontPort),
            QStringLiteral("--backend=127.0.0.1,%1;;proto=http/1.1").arg(sandboxPort), keyFile,
            certFile });
    if (!m_front->waitForStarted(5000)) {
        m_error = QStringLiteral("nghttpx did not start: %1").arg(m_front->errorString());
        return false;
    }
    // Listening once a connection is taken (straight to it: the relay does not count this one).
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000 && m_front->state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, *frontPort);
        if (socket.waitForConnected(200))
            return true;
        m_front->waitForFinished(50); // returns at once when nghttpx ends
    }
    m_error = QStringLiteral("nghttpx did not listen on port %1").arg(*frontPort);
    return false;
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
            if (m_protocol == Protocol::Http1)
                m_sandbox->setTls(m_certificate, m_key);
            if (m_sandbox->listen())
                sandboxPort = m_sandbox->port();
        },
        Qt::BlockingQueuedConnection);
    if (!sandboxPort) {
        m_error = QStringLiteral("the sandbox cannot listen");
        return false;
    }
    quint16 linkPort = sandboxPort;
    if (m_protocol == Protocol::Http2 && !startHttp2Front(sandboxPort, &linkPort))
        return false;
    m_relay = new DelayRelay(QHostAddress::LocalHost, linkPort, m_roundTrip);
    m_relay->moveToThread(&m_relayThread);
    QMetaObject::invokeMethod(
        m_relay, [this] { m_relayPort = m_relay->listen() ? m_relay->port() : 0; },
        Qt::BlockingQueuedConnection);
    if (!m_relayPort)
        m_error = QStringLiteral("the relay cannot listen");
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
