#include "sandboxserver.h"

#include "sandboxhttp.h"
#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <unordered_map>
#include <utility>

namespace Passdesk::Sandbox {

// The HTTP side: QtHttpServer parses and writes HTTP; the state decides what to answer.
// A QAbstractHttpServer subclass, because tests need replies that come late or never, and
// QHttpServer's router cannot drop a connection.
class SandboxServer::Frontend final : public QAbstractHttpServer
{
public:
    explicit Frontend(SandboxServer *owner)
        : m_owner(owner)
    { }

    // Held responders go first, while the connections they point to still exist.
    ~Frontend() override { m_pending.clear(); }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const auto [id, reply] = receive(request);
        if (reply.drop) {
            socket->abort(); // RST, no status line: what a crashed upstream looks like
            return true;
        }
        respond(id, makeResponder(request, socket), reply, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override
    { }
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        const auto [id, reply] = receive(request);
        if (reply.drop) {
            // A responder left unused only makes Qt 6.5+ wait for the next request on the
            // connection, so close the socket itself once the stream is done with it.
            for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
                if (socket->peerPort() == request.remotePort()
                    && socket->peerAddress() == request.remoteAddress()) {
                    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
                }
            }
            return true;
        }
        respond(id, std::move(responder), reply, nullptr);
        return true;
    }

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&) override
    { }
#else
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override
    { }
#endif
#endif

private:
    // Records the request as it arrives, then lets the state decide the answer.
    std::pair<quint64, SandboxReply> receive(const QHttpServerRequest &request)
    {
        RecordedRequest recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.query = request.query();
        recorded.headers = lowerCaseHeaders(request);
        recorded.body = request.body();

        SandboxState &state = *m_owner->m_state;
        SandboxReply reply = state.handle(recorded);
        reply.headers.append({ QByteArrayLiteral("SLPT-Request-ID"), newTrackingId().toLatin1() });
        const bool answeredNow = !reply.drop && state.delay.count() <= 0;
        recorded.status = answeredNow ? reply.status : 0;
        const quint64 id = state.record(recorded);
        emit m_owner->requestReceived(recorded);
        return { id, reply };
    }

    void respond(
        quint64 id, QHttpServerResponder &&responder, const SandboxReply &reply, QTcpSocket *socket)
    {
        const auto delay = m_owner->m_state->delay;
        if (delay.count() <= 0) {
            writeReply(std::move(responder), reply);
            return;
        }
        // Answer later from the event loop, so other requests keep being served meanwhile.
        m_pending.emplace(id, std::make_unique<QHttpServerResponder>(std::move(responder)));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, id, reply, guard, hadSocket = socket != nullptr] {
            auto held = m_pending.extract(id);
            if (held.empty())
                return;
            if (hadSocket && (!guard || guard->state() != QAbstractSocket::ConnectedState))
                return; // the client gave up; Qt 6.4's responder would write to a dead socket
            writeReply(std::move(*held.mapped()), reply);
            m_owner->m_state->setStatus(id, reply.status);
        });
    }

    SandboxServer *m_owner;
    std::unordered_map<quint64, std::unique_ptr<QHttpServerResponder>> m_pending;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_frontend(std::make_unique<Frontend>(this))
{
    installRequestDumpFilter();
}

SandboxServer::~SandboxServer() = default;

namespace {

QLoggingCategory::CategoryFilter filterBeforeTlsSilence = nullptr;

void withoutTlsWarnings(QLoggingCategory *category)
{
    if (filterBeforeTlsSilence)
        filterBeforeTlsSilence(category);
    if (qstrcmp(category->categoryName(), "qt.network.ssl") == 0)
        category->setEnabled(QtWarningMsg, false);
}

} // namespace

std::unique_ptr<SandboxServer> SandboxServer::withoutTlsPlugin()
{
    // While Qt has no plugin paths it finds no TLS plugin (and would say so: those warnings are
    // held back too); once the paths are back, the plugin loads as usual when https is first
    // needed. The request-dump filter goes in first, so that putting the previous filter back
    // below cannot drop it.
    installRequestDumpFilter();
    const QStringList pluginPaths = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({});
    filterBeforeTlsSilence = QLoggingCategory::installFilter(&withoutTlsWarnings);
    auto server = std::make_unique<SandboxServer>();
    QLoggingCategory::installFilter(filterBeforeTlsSilence);
    filterBeforeTlsSilence = nullptr;
    QCoreApplication::setLibraryPaths(pluginPaths);
    return server;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer, because QAbstractHttpServer::listen() is gone in Qt 6.8. A QSslServer
    // finishes the handshake before it hands a connection on, so bind() treats both alike.
    QTcpServer *tcp = nullptr;
    if (isTls()) {
        auto *ssl = new QSslServer(m_frontend.get());
        ssl->setSslConfiguration(m_tls);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(m_frontend.get());
    }
    if (!tcp->listen(address, port)) {
        delete tcp;
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_frontend->bind(tcp)) {
        delete tcp;
        return false;
    }
#else
    m_frontend->bind(tcp);
#endif
    m_port = tcp->serverPort();
    m_address = tcp->serverAddress();
    m_state->apiRoot = baseUrl();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    // A wildcard address is where the sandbox listens, not where a client can reach it.
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::setTls(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    m_tls = configuration;
}

void SandboxServer::addClient(const SandboxClient &client)
{
    m_state->clients.append(client);
}

QList<SandboxClient> SandboxServer::clients() const
{
    return m_state->clients;
}

QList<SandboxPerson> SandboxServer::people() const
{
    QList<SandboxPerson> result;
    for (const SandboxUser &user : m_state->people)
        result.append({ user.uid, user.level });
    return result;
}

QString SandboxServer::displayName(const QString &uid) const
{
    for (const SandboxIdentity &identity : m_state->directory) {
        if (identity.alias == uid)
            return identity.name;
    }
    return {};
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    m_state->oauth.accessLifetimeSeconds = qMax(1, seconds);
}

void SandboxServer::setCodeLifetimeSeconds(int seconds)
{
    m_state->oauth.codeLifetimeSeconds = qMax(0, seconds);
}

void SandboxServer::expireAllCodes()
{
    m_state->oauth.expireAllCodes();
}

void SandboxServer::setRefuseRefresh(bool refuse)
{
    m_state->oauth.refuseRefresh = refuse;
}

void SandboxServer::revokeAllSignIns()
{
    m_state->oauth.revokeAllFamilies();
}

int SandboxServer::revokedSignIns() const
{
    return m_state->oauth.familiesRevoked();
}

void SandboxServer::setRateLimit(int requests, int windowSeconds)
{
    m_state->rateLimitRequests = requests;
    m_state->rateLimitWindowSeconds = qMax(1, windowSeconds);
}

void SandboxServer::expireAllTokens()
{
    m_state->oauth.expireAllAccessTokens();
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

void SandboxServer::setDropTokenEndpoint(bool drop)
{
    m_state->dropTokenEndpoint = drop;
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
    return m_state->recorded();
}

void SandboxServer::clearRequests()
{
    m_state->clearRecorded();
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathSuffix) const
{
    const QList<RecordedRequest> &recorded = m_state->recorded();
    return int(
        std::count_if(recorded.cbegin(), recorded.cend(), [&](const RecordedRequest &request) {
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

QStringList SandboxServer::issuedAccessTokens() const
{
    return m_state->oauth.issuedAccessTokens();
}

QUrl SandboxServer::authorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/authorize"));
    return url;
}

} // namespace Passdesk::Sandbox
