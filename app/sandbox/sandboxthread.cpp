#include "sandboxthread.h"

#include "sandboxserver.h"

namespace Passdesk::Sandbox {

SandboxThread::SandboxThread()
    : m_url(m_listening.get_future().share())
{
    m_thread.setObjectName(QStringLiteral("Passdesk sandbox"));
    // Direct: runs in the new thread, so the server (and its sockets) belong to it.
    QObject::connect(
        &m_thread, &QThread::started, &m_thread,
        [this] {
            m_server = new SandboxServer;
            m_listening.set_value(m_server->listen() ? m_server->baseUrl() : QUrl());
        },
        Qt::DirectConnection);
    m_thread.start();
}

SandboxThread::~SandboxThread()
{
    m_url.wait(); // m_server is set
    // Deleted in its own thread when the thread's event loop ends (QThread sends deferred
    // deletes as it finishes).
    m_server->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

QUrl SandboxThread::waitForUrl()
{
    return m_url.get();
}

} // namespace Passdesk::Sandbox
