#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Passdesk {

// Where the system browser brings the user back after a browser sign-in (RFC 8252 7.3): an
// HTTP listener on the loopback addresses only (127.0.0.1, and ::1 where there is one), for one
// request to /callback. It checks `state`, answers the browser with a short page in the user's
// language, reports the code or why there is none, and closes: after that request, on
// cancel(), or when the browser does not come back in time. A request to another path is
// refused and does not end the wait; anything after the callback finds the port closed.
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    static constexpr std::chrono::minutes defaultTimeout { 5 };

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Listens on the port (0: one the system picks) for a redirect carrying expectedState.
    // False, and a translated reason in *error, when the port is taken or cannot be used.
    bool listen(quint16 port, const QString &expectedState, QString *error = nullptr);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    bool isListening() const;
    quint16 port() const { return m_port; }
    // http://localhost:PORT/callback: what the tenant's OAuth client must list exactly.
    QString redirectUri() const { return redirectUriFor(m_port); }
    static QString redirectUriFor(quint16 port);
    // Stops listening; nothing is reported after it.
    void close();

signals:
    void codeReceived(const QString &code);
    // The sign-in cannot go on: access denied, a state that does not match, no code, time out.
    // The reason is translated; server words in it are plain text.
    void failed(const QString &reason);
    // A request that was not the callback was refused (the wait goes on).
    void requestRefused(const QString &target);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void answer(QTcpSocket *socket, int status, const QString &text);
    void finish();

    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTimer *m_timer;
    std::chrono::milliseconds m_timeout { defaultTimeout };
    QString m_expectedState;
    quint16 m_port = 0;
    bool m_done = false;
};

} // namespace Passdesk
