#include "core/api/requestrunner.h"

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "core/api/replytransport.h"
#include "core/net/headervalues.h"
#include "core/net/oneshotbody.h"
#include "core/net/replyguard.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::RequestRunner)
};
} // namespace

RequestRunner::RequestRunner(
    RequestContext context, RequestSpec spec, ReplyTransport *reply, QObject *replyObject)
    : QObject(replyObject)
    , m_context(std::move(context))
    , m_spec(std::move(spec))
    , m_reply(reply)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &RequestRunner::onDeadline);
    reply->setAbortHandler([this] { cancel(); });
}

RequestRunner::~RequestRunner()
{
    m_spec.body.fill('\0');
    stopNetwork();
}

void RequestRunner::start()
{
    m_deadline->start(m_context.limits.deadline);
    fetchTokenAndSend();
}

void RequestRunner::fetchTokenAndSend()
{
    m_context.tokens->withToken(this, [this](const QString &token, const ApiError &error) {
        if (m_done)
            return; // the deadline passed while the token was on its way
        if (error.isError()) {
            finish(error);
            return;
        }
        send(token);
    });
}

void RequestRunner::finish(const ApiError &error)
{
    m_done = true;
    m_deadline->stop();
    m_reply->finish(error);
}

void RequestRunner::onDeadline()
{
    if (m_network)
        stopFor(StopReason::Deadline);
    else
        finish(deadlineError(m_context.limits));
}

void RequestRunner::send(const QString &token)
{
    m_usedToken = token;
    const QByteArray tokenBytes = token.toUtf8();
    if (!isBearerToken(tokenBytes)) {
        // The token provider refuses such tokens already; this holds for any other source.
        finish(ApiError::invalidInput(Texts::tr(
            "the access token has characters an access token cannot have.")));
        return;
    }
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", "Bearer " + tokenBytes);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Language", m_context.acceptLanguage);
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    if (m_spec.experimental)
        request.setRawHeader("X-SailPoint-Experimental", "true");
    if (!m_spec.body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Redirects are refused: a 3xx could carry the bearer token to another host.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ReplyGuard::prepare(request, m_context.limits);
    if (const QByteArray unsafe = firstUnsafeHeader(request); !unsafe.isEmpty()) {
        finish(ApiError::invalidInput(
            Texts::tr("the %1 header would have carried characters a header cannot have.")
                .arg(QString::fromLatin1(unsafe))));
        return;
    }

    m_received.clear();
    m_sslErrors.clear();
    m_stopReason = StopReason::None;
    if (m_spec.body.isEmpty()) {
        m_network = m_context.network->sendCustomRequest(request, m_spec.verb);
    } else {
        // Streamed once: a repeated POST would be a second digit token for the caller.
        m_network = sendOnce(m_context.network, request, m_spec.verb, m_spec.body);
    }
    connect(m_network, &QNetworkReply::metaDataChanged, this, &RequestRunner::checkDeclaredSize);
    connect(m_network, &QNetworkReply::readyRead, this, &RequestRunner::readAvailable);
    connect(m_network, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_network, &QNetworkReply::finished, this, &RequestRunner::onFinished);
    new ReplyGuard(m_network, m_context.limits, std::nullopt,
        [this](StopReason reason) { stopFor(reason); });
}

void RequestRunner::checkDeclaredSize()
{
    const QVariant length = m_network->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > ApiClient::maxBodyBytes)
        stopFor(StopReason::SizeCap);
}

void RequestRunner::readAvailable()
{
    if (m_received.size() + m_network->bytesAvailable() > ApiClient::maxBodyBytes) {
        stopFor(StopReason::SizeCap);
        return;
    }
    m_received += m_network->readAll();
}

void RequestRunner::stopFor(StopReason reason)
{
    if (m_stopReason != StopReason::None)
        return; // the first reason is the one the user hears
    m_stopReason = reason;
    if (m_network)
        m_network->abort(); // emits finished
}

void RequestRunner::cancel()
{
    if (m_network) {
        stopFor(StopReason::User);
    } else {
        ApiError canceled;
        canceled.kind = ApiError::Kind::Canceled;
        finish(canceled);
    }
}

void RequestRunner::onFinished()
{
    QNetworkReply *network = m_network;
    if (m_stopReason == StopReason::None && network->isOpen()) {
        if (m_received.size() + network->bytesAvailable() > ApiClient::maxBodyBytes)
            m_stopReason = StopReason::SizeCap;
        else
            m_received += network->readAll();
    }
    network->disconnect(this);
    network->deleteLater();
    m_network = nullptr;

    const int status = httpStatus(network);
    if (m_stopReason == StopReason::None && status == 401 && !m_retried) {
        // The token was refused (expired or revoked): renew it once, repeat once, never loop.
        m_retried = true;
        m_context.tokens->invalidate(m_usedToken);
        fetchTokenAndSend(); // still within the one deadline
        return;
    }
    if (m_stopReason == StopReason::None && isHttpSuccess(network)
        && network->error() == QNetworkReply::NoError) {
        const QString parseError = m_reply->acceptBody(m_received);
        if (!parseError.isEmpty()) {
            // Excerpted (credentials masked) before the copy is wiped: an HTML page's
            // title is what tells the user a proxy answered instead of the tenant.
            ApiError error = ApiError::unreadableBody(parseError, m_received);
            m_received.fill('\0');
            error.httpStatus = status;
            error.requestId = QString::fromLatin1(network->rawHeader("SLPT-Request-ID"));
            finish(error);
            return;
        }
        m_received.fill('\0');
        finish({});
        return;
    }
    finish(apiErrorFromReply(
        network, m_received, m_stopReason, m_sslErrors, m_context.limits));
}

void RequestRunner::stopNetwork()
{
    if (!m_network)
        return;
    m_network->disconnect(this);
    m_network->abort();
    m_network->deleteLater();
    m_network = nullptr;
}

} // namespace Passdesk
