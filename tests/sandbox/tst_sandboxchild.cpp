// The app's sandbox mode on POSIX runs the passdesk-sandbox program as a child process: the
// address is known at once (Passdesk made the listening socket), the child serves the contract
// on it, and it never outlives Passdesk, whether Passdesk destroys it or simply goes away.

#include "sandboxchild.h"
#include "sandboxclients.h"
#include "sandboxhosttesting.h"
#include "sandboxhttp.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;
const QString program = QStringLiteral(PASSDESK_SANDBOX_EXECUTABLE);

// The sandbox's answer to a client-credentials token request for sandbox-admin.
HttpReply adminToken(const QUrl &apiRoot)
{
    SandboxHttp http(apiRoot);
    const QString admin = QStringLiteral("sandbox-admin");
    return http.tokenRequest(SandboxHttp::credentials(admin, builtInSecret(admin)));
}

bool refusesConnections(const QUrl &apiRoot)
{
    QTcpSocket socket;
    socket.connectToHost(apiRoot.host(), quint16(apiRoot.port()));
    return !socket.waitForConnected(waitMs)
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

bool processIsGone(pid_t pid)
{
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

class TestSandboxChild : public QObject
{
    Q_OBJECT

private slots:
    void servesTheContractOnTheLoopbackAddressItWasGiven()
    {
        SandboxChild sandbox(program);
        bool answered = false;
        sandbox.whenListening([&](const QUrl &) { answered = true; });
        QVERIFY(!answered); // never from inside the call
        const QUrl apiRoot = listeningUrl(sandbox).value_or(QUrl());
        QVERIFY(answered);
        QCOMPARE(apiRoot.scheme(), QStringLiteral("http"));
        QCOMPARE(apiRoot.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(apiRoot.port() > 0);
        QVERIFY(sandbox.startError().isEmpty());
        QVERIFY(sandbox.processId() > 0);
        const HttpReply token = adminToken(apiRoot);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json.value(QLatin1String("access_token")).toString().isEmpty());
    }

    void destroyingItEndsTheChild()
    {
        QUrl apiRoot;
        pid_t pid = -1;
        {
            SandboxChild sandbox(program);
            apiRoot = listeningUrl(sandbox).value_or(QUrl());
            pid = sandbox.processId();
            QCOMPARE(adminToken(apiRoot).status, 200);
        }
        // Reaped, not left a zombie, and nothing listens on its port any more.
        QVERIFY(processIsGone(pid));
        QVERIFY(refusesConnections(apiRoot));
    }

    void theChildStopsWhenItsParentGoesAway()
    {
        // As Passdesk hands them down: a listening socket and the read end of a pipe whose
        // write end only the parent holds. Closing that end is what any exit of Passdesk does.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener > 2);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 16), 0);
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        int lifeline[2] = { -1, -1 };
        QCOMPARE(::pipe(lifeline), 0);
        QCOMPARE(::fcntl(lifeline[1], F_SETFD, FD_CLOEXEC), 0); // the child must not hold it
        QProcess child;
        child.start(program,
            { QStringLiteral("--listen-fd"), QString::number(listener),
                QStringLiteral("--parent-fd"), QString::number(lifeline[0]) });
        QVERIFY(child.waitForStarted(waitMs));
        ::close(listener);
        ::close(lifeline[0]);
        QUrl apiRoot(QStringLiteral("http://127.0.0.1"));
        apiRoot.setPort(ntohs(address.sin_port));
        QCOMPARE(adminToken(apiRoot).status, 200);
        QVERIFY(child.readAllStandardOutput().isEmpty()); // quiet when run by Passdesk
        ::close(lifeline[1]);
        QVERIFY(child.waitForFinished(waitMs));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        // Plain http needs no TLS backend; the child does not complain about its absence.
        QVERIFY2(!child.readAllStandardError().contains("TLS"), "no TLS warnings");
    }

    void aMissingProgramIsReportedWithItsPath()
    {
        const QString missing = QStringLiteral("/nonexistent/passdesk-sandbox");
        SandboxChild sandbox(missing);
        const std::optional<QUrl> apiRoot = listeningUrl(sandbox);
        QVERIFY(apiRoot.has_value()); // it answers, with an address that cannot be reached
        QVERIFY(!apiRoot->isValid());
        QVERIFY2(sandbox.startError().contains(missing), qPrintable(sandbox.startError()));
        QCOMPARE(sandbox.processId(), pid_t(-1));
    }

    void theProgramRefusesADescriptorThatIsNotOpen()
    {
        QProcess child;
        child.start(program, { QStringLiteral("--listen-fd"), QStringLiteral("987") });
        QVERIFY(child.waitForFinished(waitMs));
        QVERIFY(child.exitCode() != 0);
        QVERIFY(child.readAllStandardError().contains("--listen-fd"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxChild)
#include "tst_sandboxchild.moc"
