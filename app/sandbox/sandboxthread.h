#pragma once

#include "sandboxhost.h"

#include <QThread>
#include <QUrl>
#include <functional>
#include <future>

namespace Passdesk::Sandbox {

class SandboxServer;

// The sandbox tenant on a thread of its own, for the app's sandbox mode where there is no
// SandboxChild (no posix_spawn). Making its server is slow (QtHttpServer 6.4 loads the TLS
// backend in its constructor), and serving requests on the UI thread would hold the UI up: here
// both happen beside it. The server is made and listens on loopback as soon as this is
// constructed.
class SandboxThread final : public SandboxHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server in its thread, then the thread

    void whenListening(std::function<void(const QUrl &apiRoot)> ready) override;

private:
    void deliver();

    QThread m_thread;
    std::promise<QUrl> m_listening;
    std::shared_future<QUrl> m_url;
    SandboxServer *m_server = nullptr; // lives in m_thread; set before m_url is ready
    QList<std::function<void(const QUrl &)>> m_waiting;
};

} // namespace Passdesk::Sandbox
