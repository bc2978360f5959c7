#pragma once

#include <QThread>
#include <QUrl>
#include <future>

namespace Passdesk::Sandbox {

class SandboxServer;

// The sandbox tenant on a thread of its own, for the app's sandbox mode. Making its server is
// slow (QtHttpServer 6.4 loads the TLS backend in its constructor, a third of a start-up), and
// serving requests on the UI thread would hold the UI up: here both happen beside it. The
// server is made and listens on loopback as soon as this is constructed.
class SandboxThread final
{
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    SandboxThread();
    ~SandboxThread(); // stops the server in its thread, then the thread

    // The server's API root once it listens: waits for that if it is not so yet (it is made
    // while the caller does other work). Invalid when it could not listen.
    QUrl waitForUrl();

private:
    QThread m_thread;
    std::promise<QUrl> m_listening;
    std::shared_future<QUrl> m_url;
    SandboxServer *m_server = nullptr; // lives in m_thread; set before m_url is ready
};

} // namespace Passdesk::Sandbox
