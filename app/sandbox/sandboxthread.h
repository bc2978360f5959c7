#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>
#include <functional>
#include <future>

namespace Passdesk::Sandbox {

class SandboxServer;

// The sandbox tenant on a thread of its own, for the app's sandbox mode. Making its server is
// slow (QtHttpServer 6.4 loads the TLS backend in its constructor, a third of a start-up), and
// serving requests on the UI thread would hold the UI up: here both happen beside it. The
// server is made and listens on loopback as soon as this is constructed.
class SandboxThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server in its thread, then the thread

    // Calls `ready` from this object's thread's event loop with the server's API root once it
    // listens (invalid when it could not), never from inside this call.
    void whenListening(std::function<void(const QUrl &apiRoot)> ready);

private:
    void deliver();

    QThread m_thread;
    std::promise<QUrl> m_listening;
    std::shared_future<QUrl> m_url;
    SandboxServer *m_server = nullptr; // lives in m_thread; set before m_url is ready
    QList<std::function<void(const QUrl &)>> m_waiting;
};

} // namespace Passdesk::Sandbox
