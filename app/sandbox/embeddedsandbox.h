#pragma once

#include <QUrl>
#include <memory>

namespace Passdesk::Sandbox {

class SandboxServer;

// The sandbox tenant inside Passdesk, for its sandbox mode: the server listens on a loopback
// port from construction on and serves on the thread that made it (the UI thread) until this
// is destroyed.
//
// Why not beside the UI: a request costs the sandbox well under a millisecond, while a second
// start-up beside Passdesk's own (a thread, or a child process that loads Qt again) slowed
// Passdesk's start by more than the whole sandbox costs here, on the two-core machines we
// measured (docs/benchmarks.md, "Sixth performance pass").
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
