#include "rawresponder.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace Passdesk::Testing {

namespace {
constexpr qint64 endlessChunk = 64 * 1024;
constexpr qint64 endlessLimit = 32 * 1024 * 1024; // far past the client's cap; a safety stop
constexpr auto trickleInterval = std::chrono::milliseconds(50);
constexpr qint64 trickleLimit = 2000; // 100 s of trickling; a safety stop
} // namespace

RawResponder::RawResponder(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    setAnswer("/oauth/token",
        send(200, "application/json",
            QByteArrayLiteral(R"({"access_token":")") + accessToken
                + QByteArrayLiteral(
                    R"(","token_type":"bearer","expires_in":750,)"
                    R"("scope":"idn:password-org-config:read )"
                    R"(idn:password-org-config:manage idn:password-digit-token:create"})")));
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

RawResponder::~RawResponder() = default;

bool RawResponder::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl RawResponder::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void RawResponder::setAnswer(const QByteArray &pathSuffix, const Answer &answer)
{
    for (auto &entry : m_answers) {
        if (entry.first == pathSuffix) {
            entry.second = answer;
            return;
        }
    }
    m_answers.append({ pathSuffix, answer });
}

void RawResponder::queueAnswer(const QByteArray &pathSuffix, const Answer &answer)
{
    m_queued.append({ pathSuffix, answer });
}

int RawResponder::requestCount(const QByteArray &pathSuffix) const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(),
        [&](const Seen &seen) { return seen.path.endsWith(pathSuffix); }));
}

QByteArray RawResponder::response(int status, const QByteArray &contentType, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    for (const auto &header : headers)
        bytes += header.first + ": " + header.second + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return bytes + body;
}

RawResponder::Answer RawResponder::send(int status, const QByteArray &contentType,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return { Act::Send, response(status, contentType, body, headers) };
}

void RawResponder::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Seen seen;
    seen.headers = buffer.left(headerEnd);
    qsizetype contentLength = 0;
    for (const QByteArray &line : seen.headers.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // the body is still on its way
    const QList<QByteArray> requestLine = seen.headers.left(seen.headers.indexOf('\r')).split(' ');
    seen.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    seen.path = question < 0 ? target : target.left(question);
    seen.query = question < 0 ? QByteArray() : target.mid(question + 1);
    seen.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_seen.append(seen);

    Answer chosen = send(404, "application/json", R"({"error":"not scripted"})");
    for (const auto &entry : m_answers) {
        if (seen.path.endsWith(entry.first))
            chosen = entry.second;
    }
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (seen.path.endsWith(m_queued.at(i).first)) {
            chosen = m_queued.takeAt(i).second;
            break;
        }
    }
    answer(socket, chosen);
    emit requestSeen();
}

void RawResponder::answer(QTcpSocket *socket, const Answer &answer)
{
    switch (answer.act) {
    case Act::Send:
        socket->write(answer.bytes);
        socket->disconnectFromHost(); // after the bytes are out
        return;
    case Act::Close:
        socket->disconnectFromHost();
        return;
    case Act::Reset:
        reset(socket);
        return;
    case Act::SendThenHang:
        socket->write(answer.bytes);
        return;
    case Act::SendThenReset:
        // A moment for the client to read what was sent, as a crashing upstream would give it.
        socket->write(answer.bytes);
        QTimer::singleShot(std::chrono::milliseconds(50), socket, [socket] { reset(socket); });
        return;
    case Act::Endless:
        socket->write(answer.bytes);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feedEndless(socket); });
        feedEndless(socket);
        return;
    case Act::Trickle:
        socket->write(answer.bytes);
        feedTrickle(socket);
        return;
    }
}

void RawResponder::feedTrickle(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_trickleBytes >= trickleLimit) {
        socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(trickleInterval, socket, [this, socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(" ");
        ++m_trickleBytes;
        feedTrickle(socket);
    });
}

void RawResponder::feedEndless(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > endlessChunk)
        return;
    if (m_endlessBytes >= endlessLimit) {
        socket->disconnectFromHost();
        return;
    }
    socket->write(QByteArray(endlessChunk, ' '));
    m_endlessBytes += endlessChunk;
}

void RawResponder::reset(QTcpSocket *socket)
{
    // Linger with a zero timeout makes close() send RST instead of FIN.
    const struct linger immediate
    {
        1, 0
    };
    ::setsockopt(
        int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    socket->abort();
}

} // namespace Passdesk::Testing
