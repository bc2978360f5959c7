#include "core/api/requestrunner.h"

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "core/api/replytransport.h"
#include "core/net/oneshotbody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Passdesk {

RequestRunner::RequestRunner(
    RequestContext context, RequestSpec spec, ReplyTransport *reply, QObject *replyObject)
    : QObject(replyObject)
    , m_context(std::move(context))
    , m_spec(std::move(spec))
    , m_reply(reply)
{
    reply->setAbortHandler([this] { cancel(); });
}

RequestRunner::~RequestRunner()
{
    m_spec.body.fill('\0');
    stopNetwork();
}

void RequestRunner::start()
{
    m_context.tokens->withToken(this, [this](const QString &token, const ApiError &error) {
        if (error.isError()) {
            m_reply->finish(error);
            return;
        }
        send(token);
    });
}

void RequestRunner::send(const QString &token)
{
    m_usedToken = token;
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
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
    request.setTransferTimeout(static_cast<int>(m_context.transferTimeout.count()));

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
        m_reply->finish(canceled);
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
        start();
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
            m_reply->finish(error);
            return;
        }
        m_received.fill('\0');
        m_reply->finish({});
        return;
    }
    m_reply->finish(apiErrorFromReply(network, m_received, m_stopReason, m_sslErrors));
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
