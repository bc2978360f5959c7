#include "core/model/apierror.h"

#include "core/model/errorbody.h"
#include "core/model/retryafter.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ApiError)
};
} // namespace

namespace {

// Header values are shown as they came, minus anything unprintable, and never at length.
QString headerText(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.left(200));
    text.removeIf([](QChar c) { return !c.isPrint(); });
    return text.trimmed();
}

QString joinTexts(const QList<LocalizedText> &texts)
{
    QStringList lines;
    for (const LocalizedText &text : texts)
        lines.append(text.locale.isEmpty() ? text.text
                                           : QStringLiteral("[%1] %2").arg(text.locale, text.text));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &retryAfter, const QByteArray &requestId,
    const QDateTime &now)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = headerText(requestId);
    if (status == 429 || status == 503) {
        if (const auto wait = parseRetryAfter(retryAfter, now)) {
            error.retryAfterSeconds = wait->seconds;
            error.retryAfterCapped = wait->capped;
        }
    }
    if (body.trimmed().isEmpty())
        return error;

    const ErrorBody read = ErrorBody::read(body, contentType);
    error.detailCode = read.detailCode;
    error.trackingId = read.trackingId;
    error.messages = read.messages;
    error.causes = read.causes;
    error.errorCode = read.errorCode;
    error.errorDescription = read.errorDescription;
    error.bodySummary = read.summary;
    return error;
}

ApiError ApiError::invalidInput(const QString &reason)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.technicalDetail = reason;
    return error;
}

ApiError ApiError::credentialsNeeded(const QString &reason)
{
    ApiError error;
    error.kind = Kind::CredentialsNeeded;
    error.technicalDetail = reason;
    return error;
}

ApiError ApiError::unreadableBody(const QString &reason, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::UnreadableBody;
    error.technicalDetail = reason;
    if (!body.isEmpty())
        error.bodySummary = ErrorBody::summarize(body);
    return error;
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return Texts::tr("Passdesk could not reach the server.");
    case Kind::Timeout:
        return Texts::tr("The server did not answer in time.");
    case Kind::Tls:
        return Texts::tr(
            "The secure connection was refused: the server's certificate could not be verified.");
    case Kind::UnreadableBody:
        return Texts::tr("The server's answer could not be read.");
    case Kind::TooLarge:
        return Texts::tr("The server's answer was too large (over 1 MiB) and was not read.");
    case Kind::Redirect:
        return Texts::tr(
            "The server sent Passdesk elsewhere (HTTP %1); Passdesk does not follow redirects.")
            .arg(httpStatus);
    case Kind::Canceled:
        return Texts::tr("The request was cancelled.");
    case Kind::Unsupported:
        return Texts::tr("This API version does not offer that operation.");
    case Kind::InvalidInput:
        return Texts::tr("Nothing was sent: %1").arg(technicalDetail);
    case Kind::CredentialsNeeded:
        return Texts::tr("Sign in again: %1").arg(technicalDetail);
    case Kind::HeadersTooLarge:
        return Texts::tr("The server's headers were too large (over 64 KiB) and were not read.");
    case Kind::Undecodable:
        return Texts::tr("The server's answer could not be unpacked.");
    case Kind::Http:
        break;
    }
    switch (httpStatus) {
    case 400:
        return Texts::tr("The server refused the request as invalid (HTTP 400).");
    case 401:
        return Texts::tr("The server did not accept Passdesk's credentials (HTTP 401).");
    case 403:
        return Texts::tr("This API client is not allowed to do that (HTTP 403).");
    case 404:
        return Texts::tr("The server does not have what was asked for (HTTP 404).");
    case 409:
        return Texts::tr("The request conflicts with the server's current state (HTTP 409).");
    case 429:
        if (retryAfterSeconds)
            return Texts::tr("Too many requests: the server asks Passdesk to wait %n second(s).",
                nullptr, *retryAfterSeconds);
        return Texts::tr("Too many requests: the server asks Passdesk to wait a moment.");
    default:
        if (httpStatus >= 500)
            return Texts::tr("The server had an internal problem (HTTP %1).").arg(httpStatus);
        return Texts::tr("The server answered with an error (HTTP %1).").arg(httpStatus);
    }
}

QStringList ApiError::serverTexts(const QStringList &uiLanguages) const
{
    QStringList texts;
    for (const LocalizedText &text : bestLocalizedTexts(messages, uiLanguages))
        texts.append(text.text);
    for (const LocalizedText &text : bestLocalizedTexts(causes, uiLanguages))
        texts.append(text.text);
    if (!texts.isEmpty())
        return texts;
    if (!errorDescription.isEmpty())
        texts.append(errorDescription);
    if (!errorCode.isEmpty() && errorCode != errorDescription)
        texts.append(errorCode);
    // An unreadable answer says what was wrong with it (which field, not JSON) before the excerpt.
    if (kind == Kind::UnreadableBody && !technicalDetail.isEmpty())
        texts.append(technicalDetail);
    if (!bodySummary.isEmpty())
        texts.append(bodySummary);
    if (texts.isEmpty() && !technicalDetail.isEmpty() && kind != Kind::InvalidInput
        && kind != Kind::CredentialsNeeded)
        texts.append(technicalDetail);
    return texts;
}

bool ApiError::usedDefaultLocale(const QStringList &uiLanguages) const
{
    const QList<LocalizedText> shown
        = bestLocalizedTexts(messages, uiLanguages) + bestLocalizedTexts(causes, uiLanguages);
    return std::any_of(shown.cbegin(), shown.cend(),
        [](const LocalizedText &text) { return text.isDefaultLocale(); });
}

QString ApiError::detailsText(const QStringList &uiLanguages) const
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label.arg(value));
    };
    add(Texts::tr("Operation: %1"), operation);
    add(Texts::tr("Error: %1"), summary());
    add(Texts::tr("Kind: %1"), apiErrorKindName(kind));
    if (httpStatus > 0)
        add(Texts::tr("HTTP status: %1"), QString::number(httpStatus));
    add(Texts::tr("detailCode: %1"), detailCode);
    add(Texts::tr("trackingId: %1"), trackingId);
    add(Texts::tr("SLPT-Request-ID: %1"), requestId);
    add(Texts::tr("Error code: %1"), errorCode);
    add(Texts::tr("Description: %1"), errorDescription);
    add(Texts::tr("Messages:\n%1"), joinTexts(bestLocalizedTexts(messages, uiLanguages)));
    add(Texts::tr("Causes:\n%1"), joinTexts(bestLocalizedTexts(causes, uiLanguages)));
    add(Texts::tr("Response: %1"), bodySummary);
    if (retryAfterSeconds)
        add(Texts::tr("Retry-After: %1 s"), QString::number(*retryAfterSeconds));
    add(Texts::tr("Detail: %1"), technicalDetail);
    if (certificate) {
        add(Texts::tr("Certificate subject: %1"), certificate->subject);
        add(Texts::tr("Certificate issuer: %1"), certificate->issuer);
        add(Texts::tr("SHA-256 fingerprint: %1"), certificate->sha256Fingerprint);
        add(Texts::tr("Valid from: %1"),
            QLocale().toString(certificate->notBefore, QLocale::ShortFormat));
        add(Texts::tr("Valid until: %1"),
            QLocale().toString(certificate->notAfter, QLocale::ShortFormat));
        add(Texts::tr("Certificate problems: %1"),
            certificate->problems.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return Texts::tr("No error");
    case ApiError::Kind::Network:
        return Texts::tr("Network error");
    case ApiError::Kind::Timeout:
        return Texts::tr("Timeout");
    case ApiError::Kind::Tls:
        return Texts::tr("TLS error");
    case ApiError::Kind::Http:
        return Texts::tr("HTTP error");
    case ApiError::Kind::UnreadableBody:
        return Texts::tr("Unreadable answer");
    case ApiError::Kind::TooLarge:
        return Texts::tr("Answer too large");
    case ApiError::Kind::Redirect:
        return Texts::tr("Redirect refused");
    case ApiError::Kind::Canceled:
        return Texts::tr("Cancelled");
    case ApiError::Kind::Unsupported:
        return Texts::tr("Not supported by this API version");
    case ApiError::Kind::InvalidInput:
        return Texts::tr("Invalid input");
    case ApiError::Kind::CredentialsNeeded:
        return Texts::tr("Credentials needed");
    case ApiError::Kind::HeadersTooLarge:
        return Texts::tr("Headers too large");
    case ApiError::Kind::Undecodable:
        return Texts::tr("Answer could not be unpacked");
    }
    return {};
}

} // namespace Passdesk
