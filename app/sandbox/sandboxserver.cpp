#include "sandboxserver.h"

#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace Passdesk::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void writeReply(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(reply.contentType, reply.body,
                                 static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(std::move(responder));
}

} // namespace

// The HTTP side: QtHttpServer parses and writes HTTP; the state decides what to answer.
// A QAbstractHttpServer subclass, because tests need replies that come late or never.
class SandboxServer::Frontend final : public QAbstractHttpServer
{
public:
    explicit Frontend(SandboxServer *owner)
        : m_owner(owner)
    {
    }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const SandboxReply reply = answer(request);
        if (reply.drop) {
            socket->abort();
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        const auto delay = m_owner->m_state->delay;
        if (delay.count() <= 0) {
            writeReply(std::move(responder), reply);
            return true;
        }
        // Answer later without blocking: other requests keep being served meanwhile.
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [held, guard, reply] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeReply(std::move(*held), reply);
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        const SandboxReply reply = answer(request);
        if (reply.drop)
            return true; // Qt 6.5+ closes a connection whose request got no answer
        const auto delay = m_owner->m_state->delay;
        if (delay.count() <= 0) {
            writeReply(std::move(responder), reply);
            return true;
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(delay, this, [held, reply] { writeReply(std::move(*held), reply); });
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override { }
#endif

private:
    SandboxReply answer(const QHttpServerRequest &request)
    {
        RecordedRequest recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.query = request.query();
        for (const auto &header : request.headers())
            recorded.headers.insert(header.first.toLower(), header.second);
        recorded.body = request.body();

        SandboxReply reply = m_owner->m_state->handle(recorded);
        reply.headers.append({QByteArrayLiteral("SLPT-Request-ID"),
                              QUuid::createUuid().toString(QUuid::Id128).toLatin1()});
        recorded.status = reply.drop ? 0 : reply.status;
        m_owner->m_state->recorded.append(recorded);
        emit m_owner->requestReceived(recorded);
        return reply;
    }

    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_frontend(std::make_unique<Frontend>(this))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_frontend->listen(address, port);
    m_address = address;
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QList<SandboxClient> SandboxServer::builtInClients()
{
    const QString read = QStringLiteral("idn:password-org-config:read");
    const QString manage = QStringLiteral("idn:password-org-config:manage");
    const QString digit = QStringLiteral("idn:password-digit-token:create");
    const QString defaults = QStringLiteral("sp:scopes:default");
    return {
        {QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {read, manage, digit, defaults},
         QStringLiteral("org admin: read and change the org config, create digit tokens")},
        {QStringLiteral("sandbox-helpdesk"), QStringLiteral("sandbox-helpdesk-secret"), {read, digit, defaults},
         QStringLiteral("helpdesk: read the org config, create digit tokens")},
        {QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"), {read, defaults},
         QStringLiteral("read-only: read the org config")},
    };
}

void SandboxServer::addClient(const SandboxClient &client)
{
    m_state->clients.append(client);
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    m_state->tokenLifetimeSeconds = qMax(1, seconds);
}

void SandboxServer::setRateLimit(int requests, int windowSeconds)
{
    m_state->rateLimitRequests = requests;
    m_state->rateLimitWindowSeconds = qMax(1, windowSeconds);
}

void SandboxServer::expireAllTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (auto &token : m_state->tokens)
        token.expiresAt = past;
}

void SandboxServer::setRejectAllTokens(bool reject)
{
    m_state->rejectAllTokens = reject;
}

std::optional<QJsonObject> SandboxServer::orgConfig() const
{
    return m_state->config;
}

void SandboxServer::setOrgConfig(const QJsonObject &config)
{
    m_state->config = config;
}

void SandboxServer::removeOrgConfig()
{
    m_state->config.reset();
}

void SandboxServer::setResponseDelay(std::chrono::milliseconds delay)
{
    m_state->delay = delay;
}

void SandboxServer::setDropConnections(bool drop)
{
    m_state->dropConnections = drop;
}

void SandboxServer::setNumericDigitToken(bool numeric)
{
    m_state->numericDigitToken = numeric;
}

void SandboxServer::setNextDigitToken(const QString &digits)
{
    m_state->nextDigitToken = digits;
}

void SandboxServer::setHtmlResponse(int status)
{
    m_state->htmlStatus = status;
}

void SandboxServer::setServerError(bool fail)
{
    m_state->serverError = fail;
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return m_state->recorded;
}

void SandboxServer::clearRequests()
{
    m_state->recorded.clear();
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathSuffix) const
{
    return int(std::count_if(m_state->recorded.cbegin(), m_state->recorded.cend(), [&](const RecordedRequest &request) {
        return request.method == method && request.path.endsWith(pathSuffix);
    }));
}

QList<SandboxIdentity> SandboxServer::identities() const
{
    return m_state->directory;
}

QString SandboxServer::lastDigitToken() const
{
    return m_state->lastDigitToken;
}

} // namespace Passdesk::Sandbox
