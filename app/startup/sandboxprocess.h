#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QUrl>
#include <functional>

namespace Passdesk {

// The sandbox tenant for the app's sandbox mode: `passdesk-sandbox` as a child process, started
// as soon as this is constructed. Its server loads the TLS backend as it starts (QtHttpServer
// 6.4) and answers every request: in a process of its own, neither the start nor the answers
// take the UI thread's time or Passdesk's memory, and `passdesk` does not load QtHttpServer. It
// reads the child's address from its first line of output, and the child quits when its
// standard input closes, so it goes with Passdesk however Passdesk ends.
class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    using Ready = std::function<void(const QUrl &apiRoot, const QString &error)>;

    explicit SandboxProcess(const QString &program, QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Calls `ready` from the event loop, never from inside this call, with the sandbox's API root
    // once it serves, or an invalid URL and a translated reason when it cannot.
    void whenListening(Ready ready);

private:
    void readOutput();
    void fail(const QString &reason);
    void deliverLater();
    void deliver();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_apiRoot;
    QString m_error;
    bool m_settled = false;
    QList<Ready> m_waiting;
};

} // namespace Passdesk
