#pragma once

#include "sandboxhost.h"

#include <sys/types.h>
#include <thread>

namespace Passdesk::Sandbox {

// The sandbox tenant in a child process (the passdesk-sandbox program), for the app's sandbox
// mode: Passdesk does not load the server's libraries at all, the server's start happens beside
// Passdesk's (and, serving plain http, without the TLS backend QtHttpServer 6.4's constructor
// would load in Passdesk's process), and a fault in the sandbox stays in the sandbox.
//
// This object makes the listening loopback socket itself and hands it down, so the address is
// known at once and connections wait in the socket's backlog until the child serves them. The
// child also inherits one end of a pipe and stops when it reads end-of-file: when this object
// is destroyed, or when Passdesk ends in any way. The spawn itself happens on a short-lived
// thread: posix_spawn holds the calling thread until the child has started the program (about
// a millisecond), and the UI thread has a window to make meanwhile.
class SandboxChild final : public SandboxHost
{
    Q_DISABLE_COPY_MOVE(SandboxChild)

public:
    // Starts `program` at once; startError() says why when it could not (known by the time
    // whenListening() answers).
    explicit SandboxChild(const QString &program, QObject *parent = nullptr);
    ~SandboxChild() override; // stops the child and waits for it

    void whenListening(std::function<void(const QUrl &apiRoot)> ready) override;
    QString startError() const override { return m_error; }

    // The child's process id, or -1 when it did not start.
    pid_t processId();

private:
    void start(const QString &program);
    void spawn(const QByteArray &program, int listener, int lifelineEnd);
    void waitForSpawn();

    QUrl m_apiRoot;
    std::thread m_spawner;
    // Written by m_spawner, read after it is joined.
    QString m_error;
    pid_t m_pid = -1;
    int m_lifeline = -1; // the pipe's write end; the child holds the read end
};

} // namespace Passdesk::Sandbox
