#pragma once

#include "core/model/localizedtext.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QNetworkReply;

namespace Passdesk {

// Details of a certificate that failed verification, shown so the user can judge it.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QString sha256Fingerprint; // colon-separated hex
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList problems; // translated QSslError texts
};

// The one error model for every failure Passdesk shows.
struct ApiError
{
    enum class Kind {
        None,
        Network,        // connection refused, reset, host not found, ...
        Timeout,        // transfer timeout fired
        Tls,            // certificate or handshake failure
        Http,           // the server answered with a non-2xx status
        UnreadableBody, // 2xx (or error) body that is not what the contract says
        TooLarge,       // body over the size cap
        Redirect,       // 3xx: Passdesk does not follow redirects
        Canceled,       // the user (or Passdesk) aborted the request
        Unsupported,    // the API version lacks the operation
        InvalidInput,   // refused before sending
        CredentialsNeeded, // no secret, or a pasted access token expired: the user must sign in
        HeadersTooLarge, // the response headers went past the cap (or never ended)
        Undecodable,    // a compressed answer that does not unpack, or would unpack too far
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detailCode;
    QString trackingId;
    QString requestId; // SLPT-Request-ID response header
    QList<LocalizedText> messages;
    QList<LocalizedText> causes;
    QString errorCode;        // `error` / `errorName` of the non-DTO shapes
    QString errorDescription; // `error_description` / `errorMessage` / `message`
    QString bodySummary;      // HTML title or a short excerpt (credentials masked) of an unreadable body
    std::optional<int> retryAfterSeconds; // 429/503: seconds to wait, already capped
    bool retryAfterCapped = false;        // the server asked for longer than we wait
    QString technicalDetail; // e.g. Qt's own error string, for the details pane
    std::optional<CertificateInfo> certificate;
    QString operation; // what Passdesk was doing, e.g. "Load org config" (translated)

    bool isError() const { return kind != Kind::None; }
    bool isRateLimited() const { return kind == Kind::Http && httpStatus == 429; }

    // A one-line summary in the UI language ("The server refused the change (400).").
    QString summary() const;
    // The server's own words (best locale) or our plain words for network errors.
    QStringList serverTexts(const QStringList &uiLanguages) const;
    // True when the shown messages came from the server's default locale fallback.
    bool usedDefaultLocale(const QStringList &uiLanguages) const;
    // Everything, as text, for a support ticket.
    QString detailsText(const QStringList &uiLanguages) const;

    // Builds the model from an HTTP status, body and the relevant headers.
    static ApiError fromHttpResponse(int status, const QByteArray &body,
                                     const QByteArray &contentType, const QByteArray &retryAfter,
                                     const QByteArray &requestId,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    static ApiError invalidInput(const QString &reason);
    static ApiError credentialsNeeded(const QString &reason);
    static ApiError unreadableBody(const QString &reason, const QByteArray &body = {});
};

QString apiErrorKindName(ApiError::Kind kind); // translated, e.g. "Network error"

} // namespace Passdesk
