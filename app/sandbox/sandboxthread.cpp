#include "sandboxthread.h"

#include "sandboxserver.h"

#include <chrono>

namespace Passdesk::Sandbox {

SandboxThread::SandboxThread(QObject *parent)
    : SandboxHost(parent)
    , m_url(m_listening.get_future().share())
{
    m_thread.setObjectName(QStringLiteral("Passdesk sandbox"));
    // Direct: runs in the new thread, so the server (and its sockets) belong to it.
    connect(
        &m_thread, &QThread::started, &m_thread,
        [this] {
            m_server = new SandboxServer;
            m_listening.set_value(m_server->listen() ? m_server->baseUrl() : QUrl());
            QMetaObject::invokeMethod(this, &SandboxThread::deliver, Qt::QueuedConnection);
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

void SandboxThread::whenListening(std::function<void(const QUrl &)> ready)
{
    m_waiting.append(std::move(ready));
    if (m_url.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        QMetaObject::invokeMethod(this, &SandboxThread::deliver, Qt::QueuedConnection);
}

void SandboxThread::deliver()
{
    // Queued only once the server listens (by the thread, or by whenListening()).
    const QUrl url = m_url.get();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &ready : waiting)
        ready(url);
}

} // namespace Passdesk::Sandbox
