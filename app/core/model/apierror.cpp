#include "core/model/apierror.h"

#include "core/model/retryafter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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

constexpr qsizetype summaryLimit = 200;

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QList<LocalizedText> localizedTexts(const QJsonValue &value)
{
    QList<LocalizedText> texts;
    if (!value.isArray())
        return texts; // a server that sends an object here gets its other fields read
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            continue;
        const QJsonObject object = item.toObject();
        LocalizedText text { stringOf(object.value(QLatin1String("locale"))),
            stringOf(object.value(QLatin1String("localeOrigin"))),
            stringOf(object.value(QLatin1String("text"))) };
        if (!text.text.isEmpty())
            texts.append(text);
    }
    return texts;
}

// Bodies are shown and copied into support tickets, so anything that looks like a credential
// is masked first: values of JSON keys or form fields that name a token, secret or password,
// and bare JSON Web Tokens.
QString withSecretsHidden(QString text)
{
    static const QRegularExpression jsonSecret(
        QStringLiteral(
            R"RX(("[^"]*(?:token|secret|password|passwd|authorization)[^"]*"\s*:\s*)(?:"(?:[^"\\]|\\.)*"?|[^,}\]\s]+))RX"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formSecret(
        QStringLiteral(
            R"RX(((?:^|[?&\s])[A-Za-z_]*(?:token|secret|password)[A-Za-z_]*=)[^&\s]+)RX"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"RX(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?)RX"));
    text.replace(jsonSecret, QStringLiteral(R"(\1"***")"));
    text.replace(formSecret, QStringLiteral("\\1***"));
    text.replace(jwt, QStringLiteral("***"));
    return text;
}

// At most summaryLimit printable characters, control characters turned into spaces and runs
// of white space collapsed; secrets are masked before the text is cut, so no half survives.
QString printableExcerpt(const QString &text)
{
    const QString masked = withSecretsHidden(text.left(summaryLimit * 4));
    QString clean;
    clean.reserve(masked.size());
    for (const QChar c : masked)
        clean += (c.isPrint() || c.isSurrogate()) ? c : QChar(u' ');
    return clean.simplified().left(summaryLimit);
}

QString printableExcerpt(const QByteArray &body)
{
    return printableExcerpt(QString::fromUtf8(body.left(summaryLimit * 4)));
}

// The few character references a proxy's error page title is likely to use.
QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            const char32_t character
                = (code > 0 && code <= 0x10FFFF && !QChar::isSurrogate(code)) ? code : 0xFFFD;
            decoded += QString::fromUcs4(&character, 1);
        } else {
            static const QHash<QString, QChar> named { { QStringLiteral("amp"), u'&' },
                { QStringLiteral("lt"), u'<' }, { QStringLiteral("gt"), u'>' },
                { QStringLiteral("quot"), u'"' }, { QStringLiteral("apos"), u'\'' },
                { QStringLiteral("nbsp"), u' ' } };
            decoded += named.value(name);
        }
    }
    decoded += QStringView(text).sliced(last);
    return decoded;
}

// An HTML page (typically a proxy's or load balancer's) is summarised as its title, else its
// first heading, else the start of its text; the page itself is never shown.
QString htmlSummary(const QByteArray &body)
{
    constexpr auto options = QRegularExpression::CaseInsensitiveOption
        | QRegularExpression::DotMatchesEverythingOption;
    static const QRegularExpression invisible(
        QStringLiteral(R"(<(script|style)\b.*?</\1\s*>|<!--.*?-->)"), options);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"), options);
    static const QRegularExpression heading(QStringLiteral("<h[1-6][^>]*>(.*?)</h[1-6]>"), options);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    QString html = QString::fromUtf8(body.left(64 * 1024));
    html.remove(invisible);
    auto cleaned = [](QString text) {
        text.remove(tags);
        return printableExcerpt(decodeEntities(text));
    };
    for (const QRegularExpression *pattern : { &title, &heading }) {
        const QString text = cleaned(pattern->match(html).captured(1));
        if (!text.isEmpty())
            return text;
    }
    return cleaned(html);
}

// Header values are shown as they came, minus anything unprintable, and never at length.
QString headerText(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.left(200));
    text.removeIf([](QChar c) { return !c.isPrint(); });
    return text.trimmed();
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("text/html") || body.trimmed().startsWith('<');
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

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.bodySummary
            = looksLikeHtml(body, contentType) ? htmlSummary(body) : printableExcerpt(body);
        return error;
    }
    const QJsonObject object = document.object();
    error.detailCode = stringOf(object.value(QLatin1String("detailCode")));
    error.trackingId = stringOf(object.value(QLatin1String("trackingId")));
    error.messages = localizedTexts(object.value(QLatin1String("messages")));
    error.causes = localizedTexts(object.value(QLatin1String("causes")));
    // The non-DTO shapes seen in the wild.
    error.errorCode = stringOf(object.value(QLatin1String("error")));
    if (error.errorCode.isEmpty())
        error.errorCode = stringOf(object.value(QLatin1String("errorName")));
    for (const char *key : { "error_description", "errorMessage", "message" }) {
        if (error.errorDescription.isEmpty())
            error.errorDescription = stringOf(object.value(QLatin1String(key))).trimmed();
    }
    // JSON in none of the known shapes (or with every field of the wrong type): an excerpt
    // still gives the user and support something to go on.
    if (error.detailCode.isEmpty() && error.trackingId.isEmpty() && error.messages.isEmpty()
        && error.causes.isEmpty() && error.errorCode.isEmpty() && error.errorDescription.isEmpty())
        error.bodySummary = printableExcerpt(body);
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
        error.bodySummary = looksLikeHtml(body, {}) ? htmlSummary(body) : printableExcerpt(body);
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
