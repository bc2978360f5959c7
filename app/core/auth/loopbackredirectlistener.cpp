#include "core/auth/loopbackredirectlistener.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::LoopbackRedirectListener)
};

constexpr qsizetype maxRequestBytes = 16 * 1024; // a redirect's request line and headers
constexpr int socketIdleMs = 10000;

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    }
    return "Gone";
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        const int minutes = int(qMax<qint64>(1,
            std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count()));
        finish();
        emit failed(Texts::tr("The browser did not come back within %n minute(s). Sign in again, "
                              "or paste the code or the address the browser shows.",
            nullptr, minutes));
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

QString LoopbackRedirectListener::redirectUriFor(quint16 port)
{
    return QStringLiteral("http://localhost:%1/callback").arg(port);
}

bool LoopbackRedirectListener::listen(quint16 port, const QString &expectedState, QString *error)
{
    close();
    m_done = false;
    m_expectedState = expectedState;
    auto *v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = Texts::tr("Passdesk cannot wait for the browser on port %1 of this computer "
                               "(%2). Another program may be using it. Paste the code or the "
                               "address the browser shows instead, or choose another port for "
                               "this tenant (its OAuth client must list that redirect URI too).")
                         .arg(port)
                         .arg(v4->errorString());
        delete v4;
        return false;
    }
    m_port = v4->serverPort();
    m_servers.append(v4);
    // `localhost` may resolve to ::1 first; the same port there too, where IPv6 is on.
    auto *v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, m_port))
        m_servers.append(v6);
    else
        delete v6;
    for (QTcpServer *server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
    m_timer->start(m_timeout);
    return true;
}

bool LoopbackRedirectListener::isListening() const
{
    return !m_servers.isEmpty();
}

void LoopbackRedirectListener::close()
{
    m_timer->stop();
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_done = true;
}

void LoopbackRedirectListener::finish()
{
    // The port closes at once; answers already written still go out on their sockets.
    m_done = true;
    m_timer->stop();
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackRedirectListener::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a request must not hold the socket open.
        QTimer::singleShot(socketIdleMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->read(maxRequestBytes + 1 - it->size()));
    const qsizetype lineEnd = it->indexOf("\r\n");
    if (lineEnd < 0) {
        if (it->size() > maxRequestBytes) {
            m_buffers.erase(it);
            answer(socket, 400, Texts::tr("This request is too long."));
        }
        return;
    }
    const QList<QByteArray> requestLine = it->left(lineEnd).split(' ');
    m_buffers.erase(it);
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, Texts::tr("This is not an HTTP request."));
        return;
    }
    handleRequest(socket, requestLine.at(0), requestLine.at(1));
}

void LoopbackRedirectListener::handleRequest(
    QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
{
    if (m_done) {
        answer(socket, 410,
            Texts::tr("This sign-in is over. Go back to Passdesk."));
        return;
    }
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!target.startsWith('/') || !url.isValid() || url.path() != QLatin1String("/callback")) {
        answer(socket, 404,
            Texts::tr("Passdesk waits for the sign-in at /callback only."));
        emit requestRefused(QString::fromLatin1(target.left(200)));
        return;
    }
    if (method != "GET") {
        answer(socket, 405, Texts::tr("Passdesk takes the sign-in redirect as GET only."));
        emit requestRefused(QString::fromLatin1(target.left(200)));
        return;
    }
    const QUrlQuery query(url);
    const QString state = queryValue(query, "state");
    const QString error = queryValue(query, "error");
    const QString code = queryValue(query, "code");
    finish();
    if (state != m_expectedState) {
        answer(socket, 400,
            Texts::tr("This answer does not belong to the sign-in Passdesk started (its state "
                      "does not match). Passdesk ignored it; start the sign-in again."));
        emit failed(Texts::tr("The browser came back with an answer that does not belong to "
                              "this sign-in (the state does not match), so Passdesk refused it. "
                              "Sign in again."));
        return;
    }
    if (!error.isEmpty()) {
        const QString description = queryValue(query, "error_description").left(500);
        answer(socket, 200, Texts::tr("The sign-in did not happen. Go back to Passdesk."));
        emit failed(error == QLatin1String("access_denied")
                ? Texts::tr("The sign-in was denied in the browser (%1).")
                      .arg(description.isEmpty() ? error : description)
                : Texts::tr("The tenant refused the sign-in: %1 (%2).")
                      .arg(error.left(100), description));
        return;
    }
    if (code.isEmpty() || code.size() > 2048) {
        answer(socket, 400, Texts::tr("The answer has no sign-in code. Go back to Passdesk."));
        emit failed(Texts::tr("The browser came back without a sign-in code. Sign in again."));
        return;
    }
    answer(socket, 200,
        Texts::tr("You are signed in to Passdesk. You can close this page and go back to "
                  "Passdesk."));
    emit codeReceived(code);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = text.toUtf8() + "\r\n";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Passdesk
