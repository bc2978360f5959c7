#include "sandboxchild.h"

#include <QByteArray>
#include <QFile>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ; // POSIX leaves declaring it to the program (glibc does, macOS does not)

namespace Passdesk::Sandbox {

namespace {

QString systemError(const char *what, int error)
{
    return QStringLiteral("%1: %2").arg(
        QString::fromUtf8(what), QString::fromLocal8Bit(std::strerror(error)));
}

void closeQuietly(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

} // namespace

SandboxChild::SandboxChild(const QString &program, QObject *parent)
    : SandboxHost(parent)
{
    start(program);
}

SandboxChild::~SandboxChild()
{
    waitForSpawn();
    closeQuietly(m_lifeline); // enough on its own; the signal makes the end certain and quick
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
    }
}

pid_t SandboxChild::processId()
{
    waitForSpawn();
    return m_pid;
}

void SandboxChild::waitForSpawn()
{
    if (m_spawner.joinable())
        m_spawner.join();
}

void SandboxChild::start(const QString &program)
{
    // Both descriptors the child inherits are made without close-on-exec and closed once it is
    // spawned. Passdesk starts no other program meanwhile.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0) {
        m_error = systemError("socket", errno);
        return;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // any free port
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, SOMAXCONN) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        m_error = systemError("listen on 127.0.0.1", errno);
        ::close(listener);
        return;
    }
    int lifeline[2] = { -1, -1 };
    if (::pipe(lifeline) != 0) {
        m_error = systemError("pipe", errno);
        ::close(listener);
        return;
    }
    ::fcntl(lifeline[1], F_SETFD, FD_CLOEXEC); // the write end stays with Passdesk
    m_lifeline = lifeline[1];
    // Known now: connections wait in the socket's backlog until the child serves them.
    m_apiRoot.setScheme(QStringLiteral("http"));
    m_apiRoot.setHost(QStringLiteral("127.0.0.1"));
    m_apiRoot.setPort(ntohs(address.sin_port));
    m_spawner = std::thread(
        &SandboxChild::spawn, this, QFile::encodeName(program), listener, lifeline[0]);
}

void SandboxChild::spawn(const QByteArray &program, int listener, int lifelineEnd)
{
    std::vector<QByteArray> arguments { program, QByteArrayLiteral("--listen-fd"),
        QByteArray::number(listener), QByteArrayLiteral("--parent-fd"),
        QByteArray::number(lifelineEnd) };
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int spawned
        = ::posix_spawn(&pid, program.constData(), nullptr, nullptr, argv.data(), environ);
    ::close(listener);
    ::close(lifelineEnd);
    if (spawned != 0) {
        m_error = systemError(program.constData(), spawned);
        return;
    }
    m_pid = pid;
}

void SandboxChild::whenListening(std::function<void(const QUrl &)> ready)
{
    QMetaObject::invokeMethod(
        this,
        [this, ready = std::move(ready)] {
            waitForSpawn(); // long done by the time the event loop runs this
            ready(m_error.isEmpty() ? m_apiRoot : QUrl());
        },
        Qt::QueuedConnection);
}

} // namespace Passdesk::Sandbox
