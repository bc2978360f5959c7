#pragma once

#include <QUrl>
#include <memory>

namespace Passdesk::Sandbox {

class SandboxServer;

// The sandbox tenant inside Passdesk, for its sandbox mode: the server listens on a loopback
// port from construction on and serves on the thread that made it (the UI thread) until this
// is destroyed.
//
// Why on the UI thread: the sandbox answers a request in well under a millisecond, between
// events, while a thread or a child process of its own starts beside Passdesk's start and, on a
// machine with few cores, slows it by more than the sandbox ever costs (docs/perf-history.md).
class EmbeddedSandbox final
{
    Q_DISABLE_COPY_MOVE(EmbeddedSandbox)

public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // Where the sandbox listens, e.g. http://127.0.0.1:40123; invalid when it could not.
    QUrl apiRoot() const { return m_apiRoot; }
    SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<SandboxServer> m_server;
    QUrl m_apiRoot;
};

} // namespace Passdesk::Sandbox
