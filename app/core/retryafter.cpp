#include "retryafter.h"

#include <QLocale>

namespace Passdesk {

std::optional<RetryAfter> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Anything past the cap is capped, however many digits it has.
        if (text.size() > 9)
            return RetryAfter {maxRetryAfterSeconds, true};
        const int seconds = text.toInt();
        if (seconds > maxRetryAfterSeconds)
            return RetryAfter {maxRetryAfterSeconds, true};
        return RetryAfter {seconds, false};
    }
    if (text.startsWith('-') || text.startsWith('+'))
        return std::nullopt;

    // HTTP dates are always English and GMT: IMF-fixdate, RFC 850 and asctime. The weekday is
    // dropped first: it is redundant, and a two-digit RFC 850 year would make it disagree.
    const QLocale c = QLocale::c();
    QString date = QString::fromLatin1(text).simplified();
    date = date.contains(QLatin1Char(',')) ? date.section(QLatin1Char(','), 1).trimmed() : date.section(QLatin1Char(' '), 1);
    QDateTime when;
    for (const QString &format : {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
                                  QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        when = c.toDateTime(date, format);
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    if (when.date().year() < 1970)
        when = when.addYears(100); // two-digit RFC 850 years
    when.setTimeSpec(Qt::UTC);
    const qint64 seconds = now.secsTo(when);
    if (seconds <= 0)
        return RetryAfter {0, false};
    if (seconds > maxRetryAfterSeconds)
        return RetryAfter {maxRetryAfterSeconds, true};
    return RetryAfter {static_cast<int>(seconds), false};
}

} // namespace Passdesk
