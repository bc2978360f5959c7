// The app's sandbox mode runs the sandbox tenant on a thread of its own: it listens on loopback
// by itself, says so from the event loop, answers while the UI thread is busy, and stops cleanly
// however early it is dropped.

#include "sandboxhosttesting.h"
#include "sandboxserver.h"
#include "sandboxthread.h"

#include <QTcpSocket>
#include <QTest>

using namespace Passdesk::Sandbox;
using Passdesk::Testing::listeningUrl;

class TestSandboxThread : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackAndSaysSoFromTheEventLoop()
    {
        SandboxThread sandbox;
        bool answered = false;
        sandbox.whenListening([&](const QUrl &) { answered = true; });
        QVERIFY(!answered); // never from inside the call
        const QUrl url = listeningUrl(sandbox).value_or(QUrl());
        QVERIFY(answered);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        // Asked again once it listens: the same address, still from the event loop.
        bool again = false;
        sandbox.whenListening([&](const QUrl &apiRoot) { again = apiRoot == url; });
        QVERIFY(!again);
        QTRY_VERIFY(again);
    }

    void answersWhileThisThreadIsBusy()
    {
        SandboxThread sandbox;
        const QUrl url = listeningUrl(sandbox).value_or(QUrl());
        QVERIFY(url.isValid());
        // This thread blocks in waitFor*() and never returns to an event loop: only a server on
        // another thread can answer.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 18\r\n"
                     "Connection: close\r\n\r\ngrant_type=nothing");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.constData());
    }

    void stopsWhenDroppedAtOnce()
    {
        // Dropped before it listens or anyone asked: the destructor waits for the server to
        // exist, deletes it in its thread and stops the thread; nobody is called back.
        bool called = false;
        for (int i = 0; i < 3; ++i) {
            SandboxThread sandbox;
            sandbox.whenListening([&](const QUrl &) { called = true; });
        }
        SandboxThread another;
        QVERIFY(listeningUrl(another).value_or(QUrl()).isValid());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandboxthread.moc"
