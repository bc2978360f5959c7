#include "core/auth/tokenendpointrequest.h"

#include "core/net/headervalues.h"
#include "core/net/oneshotbody.h"
#include "core/net/replyerrors.h"
#include "core/net/replyguard.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <memory>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenProvider)
};

// The same cap as the API's answers (ApiClient::maxBodyBytes); a token answer is tiny.
constexpr qint64 maxTokenAnswerBytes = 1024 * 1024;

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

QByteArray clientCredentialsGrant(const QString &clientId, const QString &clientSecret)
{
    return QByteArrayLiteral("grant_type=client_credentials&client_id=") + encoded(clientId)
        + QByteArrayLiteral("&client_secret=") + encoded(clientSecret);
}

QByteArray refreshTokenGrant(const QString &clientId, const QString &refreshToken)
{
    return QByteArrayLiteral("grant_type=refresh_token&client_id=") + encoded(clientId)
        + QByteArrayLiteral("&refresh_token=") + encoded(refreshToken);
}

QByteArray authorizationCodeGrant(const QString &clientId, const QString &code,
    const QString &redirectUri, const QByteArray &verifier)
{
    return QByteArrayLiteral("grant_type=authorization_code&client_id=") + encoded(clientId)
        + QByteArrayLiteral("&code=") + encoded(code) + QByteArrayLiteral("&redirect_uri=")
        + encoded(redirectUri) + QByteArrayLiteral("&code_verifier=")
        + encoded(QString::fromLatin1(verifier));
}

TokenEndpointRequest::TokenEndpointRequest(
    QNetworkAccessManager *network, const RequestLimits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{ }

TokenEndpointRequest::~TokenEndpointRequest()
{
    abort();
}

void TokenEndpointRequest::abort()
{
    m_done = {};
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void TokenEndpointRequest::finish(TokenAnswer &answer, const ApiError &error)
{
    if (Done done = std::exchange(m_done, {}))
        done(answer, error);
}

void TokenEndpointRequest::send(
    const QUrl &tokenUrl, const Headers &headers, QByteArray body, Done done)
{
    m_done = std::move(done);
    QNetworkRequest request(tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", headers.userAgent);
    if (!headers.acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", headers.acceptLanguage);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ReplyGuard::prepare(request, m_limits);
    if (const QByteArray unsafe = firstUnsafeHeader(request); !unsafe.isEmpty()) {
        wipe(body);
        QTimer::singleShot(0, this, [this, unsafe] {
            TokenAnswer none;
            finish(none,
                ApiError::invalidInput(
                    Texts::tr("the %1 header would have carried characters a header cannot have.")
                        .arg(QString::fromLatin1(unsafe))));
        });
        return;
    }

    // Read up to a cap, so a server that never stops talking cannot fill the memory.
    QNetworkReply *reply = sendOnce(m_network, request, "POST", body);
    wipe(body);
    m_reply = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto stopReason = std::make_shared<StopReason>(StopReason::None);
    auto stop = [reply, stopReason](StopReason reason) {
        if (*stopReason != StopReason::None)
            return;
        *stopReason = reason;
        reply->abort(); // emits finished
    };
    connect(reply, &QNetworkReply::sslErrors, this,
        [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    connect(reply, &QNetworkReply::readyRead, this, [reply, stop] {
        if (reply->bytesAvailable() > maxTokenAnswerBytes)
            stop(StopReason::SizeCap);
    });
    new ReplyGuard(reply, m_limits, m_limits.deadline, stop);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, stopReason] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        TokenAnswer answer;
        if (*stopReason != StopReason::None) {
            finish(answer, apiErrorFromReply(reply, {}, *stopReason, *sslErrors, m_limits));
            return;
        }
        QByteArray payload = reply->read(64 * 1024);
        if (!isHttpSuccess(reply) || reply->error() != QNetworkReply::NoError) {
            const ApiError error
                = apiErrorFromReply(reply, payload, StopReason::None, *sslErrors, m_limits);
            wipe(payload);
            finish(answer, error);
            return;
        }
        answer = TokenAnswer::parse(payload);
        wipe(payload);
        if (!answer.problem.isEmpty()) {
            const QString problem = answer.problem;
            answer.wipe();
            finish(answer, ApiError::unreadableBody(problem));
            return;
        }
        finish(answer, {});
        answer.wipe();
    });
}

} // namespace Passdesk
