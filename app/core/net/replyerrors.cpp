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

// Qt's own error for an HTTP status (qnetworkreplyhttpimpl.cpp), when nothing else went wrong.
QNetworkReply::NetworkError qtErrorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

// The start of a Qt message template, in the language Qt's translations are loaded for.
bool startsLikeQtMessage(const QString &text, const char *qtTemplate)
{
    const QString translated = QCoreApplication::translate("QHttp", qtTemplate);
    const QString prefix = translated.left(translated.indexOf(QLatin1String("%1"))).trimmed();
    return !prefix.isEmpty() && text.startsWith(prefix);
}

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

bool failedToUnpack(QNetworkReply *reply)
{
    // Qt reports a body it cannot inflate as UnknownContentError, in place of what the status
    // would have given. Where the status itself gives UnknownContentError (a 422 or 429), only
    // Qt's words tell the two apart.
    if (reply->error() != QNetworkReply::UnknownContentError)
        return false;
    if (qtErrorForStatus(httpStatus(reply)) != QNetworkReply::UnknownContentError)
        return true;
    const QString text = reply->errorString();
    return startsLikeQtMessage(text, "Decompression failed: %1")
        || startsLikeQtMessage(text, "Failed to initialize decompression: %1");
}

ApiError deadlineError(const RequestLimits &limits)
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    const int seconds = int(qMax<qint64>(1,
        std::chrono::duration_cast<std::chrono::seconds>(limits.deadline).count()));
    error.technicalDetail
        = Texts::tr("The request did not finish within %n second(s), so Passdesk stopped it.",
            nullptr, seconds);
    return error;
}

bool isHttpSuccess(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return status >= 200 && status < 300;
}

ApiError apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, StopReason stopReason,
                           const QList<QSslError> &sslErrors, const RequestLimits &limits)
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
    if (stopReason == StopReason::Deadline)
        return deadlineError(limits);
    if (stopReason == StopReason::HeadersTooLarge) {
        error.kind = ApiError::Kind::HeadersTooLarge;
        error.httpStatus = status;
        error.technicalDetail = status > 0
            ? Texts::tr("The server's headers were larger than %1 KiB.")
                  .arg(limits.maxHeaderBytes / 1024)
            : Texts::tr("The server's headers did not end within %n second(s) of the request; "
                        "they were too large or never ended.",
                  nullptr,
                  int(qMax<qint64>(1,
                      std::chrono::duration_cast<std::chrono::seconds>(limits.headerWait)
                          .count())));
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
    if (failedToUnpack(reply)) {
        const QString unpackFailure
            = Texts::tr("The answer came compressed and did not unpack: the data was broken, or "
                        "it would have unpacked to far more than any answer needs.");
        if (status == 429 || status == 503) {
            // The headers arrived whole: the wait the server asks for still holds, so the
            // countdown still keeps Retry back. Only the body is not read.
            error = ApiError::fromHttpResponse(status, {}, {}, reply->rawHeader("Retry-After"),
                reply->rawHeader("SLPT-Request-ID"));
            error.technicalDetail = unpackFailure;
            return error;
        }
        // Neither the status's words nor the bytes: what arrived is not the server's message.
        error.kind = ApiError::Kind::Undecodable;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(reply->rawHeader("SLPT-Request-ID"));
        error.technicalDetail = unpackFailure;
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
        // The connection was fine; the answer was not (a compressed one is Undecodable above).
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
