#include "core/net/replyerrors.h"

#include "core/net/networkerrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ReplyErrors)
};
} // namespace

namespace {


CertificateInfo certificateInfo(const QList<QSslError> &errors)
{
    CertificateInfo info;
    for (const QSslError &error : errors) {
        info.problems.append(error.errorString());
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull() && info.sha256Fingerprint.isEmpty()) {
            info.subject = certificate.subjectDisplayName();
            info.issuer = certificate.issuerDisplayName();
            info.sha256Fingerprint = QString::fromLatin1(
                certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
            info.notBefore = certificate.effectiveDate();
            info.notAfter = certificate.expiryDate();
        }
    }
    return info;
}

} // namespace

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isHttpSuccess(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return status >= 200 && status < 300;
}

ApiError apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, StopReason stopReason,
                           const QList<QSslError> &sslErrors)
{
    const int status = httpStatus(reply);
    ApiError error;
    if (stopReason == StopReason::User) {
        error.kind = ApiError::Kind::Canceled;
        return error;
    }
    if (stopReason == StopReason::SizeCap) {
        error.kind = ApiError::Kind::TooLarge;
        error.httpStatus = status;
        error.technicalDetail = Texts::tr("The answer was larger than 1 MiB and was not read.");
        return error;
    }
    if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(reply->rawHeader("SLPT-Request-ID"));
        error.technicalDetail = Texts::tr("The server redirected to %1; Passdesk does not follow redirects.")
                                    .arg(QString::fromUtf8(reply->rawHeader("Location")).left(200));
        return error;
    }
    // A 2xx whose transfer then broke (reset, timeout, bad encoding) is a network failure: the
    // status says nothing about the part of the answer that never arrived.
    const bool brokenSuccess
        = status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError;
    if (status > 0 && !brokenSuccess) {
        error = ApiError::fromHttpResponse(status, body, reply->rawHeader("Content-Type"),
                                           reply->rawHeader("Retry-After"),
                                           reply->rawHeader("SLPT-Request-ID"));
        return error;
    }

    QNetworkReply::NetworkError code = reply->error();
    // Qt wanted to send the request again because the server closed the connection before
    // answering; Passdesk's bodies refuse that (a repeat could be a second digit token).
    if (code == QNetworkReply::ContentReSendError)
        code = QNetworkReply::RemoteHostClosedError;
    error.technicalDetail = describeNetworkError(code);
    if (!sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ApiError::Kind::Tls;
        if (!sslErrors.isEmpty())
            error.certificate = certificateInfo(sslErrors);
    } else if (brokenSuccess && code >= QNetworkReply::ContentAccessDenied
               && code <= QNetworkReply::UnknownContentError) {
        // The connection was fine; the answer's encoding was not (gzip that does not inflate).
        error.kind = ApiError::Kind::UnreadableBody;
        error.httpStatus = status;
    } else if (code == QNetworkReply::OperationCanceledError
               || code == QNetworkReply::TimeoutError) {
        // Passdesk did not stop it, so the transfer timeout did.
        error.kind = ApiError::Kind::Timeout;
        error.technicalDetail = describeNetworkError(QNetworkReply::TimeoutError);
    } else {
        error.kind = ApiError::Kind::Network;
    }
    return error;
}

} // namespace Passdesk
