#include "core/model/errorbody.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Passdesk {

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

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("text/html") || body.trimmed().startsWith('<');
}

} // namespace

ErrorBody ErrorBody::read(const QByteArray &body, const QByteArray &contentType)
{
    ErrorBody read;
    if (body.trimmed().isEmpty())
        return read;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        read.summary = summarize(body, contentType);
        return read;
    }
    const QJsonObject object = document.object();
    read.detailCode = stringOf(object.value(QLatin1String("detailCode")));
    read.trackingId = stringOf(object.value(QLatin1String("trackingId")));
    read.messages = localizedTexts(object.value(QLatin1String("messages")));
    read.causes = localizedTexts(object.value(QLatin1String("causes")));
    // The non-DTO shapes seen in the wild.
    read.errorCode = stringOf(object.value(QLatin1String("error")));
    if (read.errorCode.isEmpty())
        read.errorCode = stringOf(object.value(QLatin1String("errorName")));
    for (const char *key : { "error_description", "errorMessage", "message" }) {
        if (read.errorDescription.isEmpty())
            read.errorDescription = stringOf(object.value(QLatin1String(key))).trimmed();
    }
    // JSON in none of the known shapes (or with every field of the wrong type): an excerpt
    // still gives the user and support something to go on.
    if (read.detailCode.isEmpty() && read.trackingId.isEmpty() && read.messages.isEmpty()
        && read.causes.isEmpty() && read.errorCode.isEmpty() && read.errorDescription.isEmpty())
        read.summary = printableExcerpt(body);
    return read;
}

QString ErrorBody::summarize(const QByteArray &body, const QByteArray &contentType)
{
    return looksLikeHtml(body, contentType) ? htmlSummary(body) : printableExcerpt(body);
}

} // namespace Passdesk
