// The app's sandbox mode starts the sandbox tenant as a child process (passdesk-sandbox): it
// says where it serves from the event loop, answers requests, goes when Passdesk drops it, and
// a program that is missing or says something else is reported, not waited for.

#include "sandboxprocess.h"

#include <QTcpSocket>
#include <QTest>

using namespace Passdesk;

namespace {

struct Outcome
{
    bool answered = false;
    QUrl apiRoot;
    QString error;
};

std::shared_ptr<Outcome> listen(SandboxProcess &sandbox)
{
    auto outcome = std::make_shared<Outcome>();
    sandbox.whenListening([outcome](const QUrl &apiRoot, const QString &error) {
        outcome->answered = true;
        outcome->apiRoot = apiRoot;
        outcome->error = error;
    });
    return outcome;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(2000);
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void servesAndSaysWhereFromTheEventLoop()
    {
        SandboxProcess sandbox(QStringLiteral(PASSDESK_SANDBOX_PROGRAM));
        const auto outcome = listen(sandbox);
        QVERIFY(!outcome->answered); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(outcome->answered, 15000);
        QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
        QCOMPARE(outcome->apiRoot.scheme(), QStringLiteral("http"));
        QCOMPARE(outcome->apiRoot.host(), QStringLiteral("127.0.0.1"));

        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(outcome->apiRoot.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 18\r\n"
                     "Connection: close\r\n\r\ngrant_type=nothing");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.constData());

        // Asked again: the same address, again from the event loop.
        const auto again = listen(sandbox);
        QVERIFY(!again->answered);
        QTRY_VERIFY(again->answered);
        QCOMPARE(again->apiRoot, outcome->apiRoot);
    }

    void goesWhenDropped()
    {
        quint16 port = 0;
        {
            SandboxProcess sandbox(QStringLiteral(PASSDESK_SANDBOX_PROGRAM));
            const auto outcome = listen(sandbox);
            QTRY_VERIFY_WITH_TIMEOUT(outcome->answered, 15000);
            port = quint16(outcome->apiRoot.port());
            QVERIFY(accepts(port));
        }
        // Its input closed, the sandbox quit; nobody listens on its port any more.
        QVERIFY(!accepts(port));
    }

    void missingProgramIsReported()
    {
        const QString program = QStringLiteral("/nonexistent/passdesk-sandbox");
        SandboxProcess sandbox(program);
        const auto outcome = listen(sandbox);
        QTRY_VERIFY(outcome->answered);
        QVERIFY(!outcome->apiRoot.isValid());
        QVERIFY2(outcome->error.contains(program), qPrintable(outcome->error));
    }

    void programThatSaysSomethingElseIsReported()
    {
        // echo prints its arguments: not an address.
        SandboxProcess sandbox(QStringLiteral("/bin/echo"));
        const auto outcome = listen(sandbox);
        QTRY_VERIFY(outcome->answered);
        QVERIFY(!outcome->apiRoot.isValid());
        QVERIFY2(outcome->error.contains(QLatin1String("--port 0")), qPrintable(outcome->error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
