#include "core/model/retryafter.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>

namespace Passdesk {

namespace {

RetryAfter cappedWait(qint64 seconds)
{
    if (seconds <= 0)
        return RetryAfter { 0, false };
    if (seconds > maxRetryAfterSeconds)
        return RetryAfter { maxRetryAfterSeconds, true };
    return RetryAfter { static_cast<int>(seconds), false };
}

// An HTTP date (RFC 9110 section 5.6.7): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", the
// obsolete RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994".
// Always English and always GMT, so the date and time are read separately and joined in UTC:
// going through local time would shift or lose wall-clock times that fall into a DST gap.
QDateTime parseHttpDate(const QByteArray &text)
{
    const QLocale c = QLocale::c();
    const QStringList parts = QString::fromLatin1(text).simplified().split(QLatin1Char(' '));
    QDate date;
    QString time;
    if (parts.size() == 6 && parts.at(0).endsWith(QLatin1Char(','))
        && parts.at(5) == QLatin1String("GMT")) {
        // IMF-fixdate; the weekday is redundant and skipped.
        date = c.toDate(
            parts.at(1) % QLatin1Char(' ') % parts.at(2) % QLatin1Char(' ') % parts.at(3),
            QStringLiteral("d MMM yyyy"));
        time = parts.at(4);
    } else if (parts.size() == 4 && parts.at(0).endsWith(QLatin1Char(','))
        && parts.at(3) == QLatin1String("GMT")) {
        // RFC 850 with a two-digit year: read as 19xx, moved a century on when before 1970.
        date = c.toDate(parts.at(1), QStringLiteral("d-MMM-yy"));
        if (date.isValid() && date.year() < 1970)
            date = date.addYears(100);
        time = parts.at(2);
    } else if (parts.size() == 5) {
        // asctime: "Sun Nov 6 08:49:37 1994" once the double space is simplified.
        date = c.toDate(
            parts.at(1) % QLatin1Char(' ') % parts.at(2) % QLatin1Char(' ') % parts.at(4),
            QStringLiteral("MMM d yyyy"));
        time = parts.at(3);
    }
    const QTime clock = c.toTime(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, QTimeZone::utc());
}

} // namespace

std::optional<RetryAfter> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    const bool allDigits
        = std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // Leading zeros carry no value; anything longer than nine digits is past the cap
        // however large, so it is never converted (no overflow).
        QByteArray digits = text;
        while (digits.size() > 1 && digits.startsWith('0'))
            digits.remove(0, 1);
        if (digits.size() > 9)
            return RetryAfter { maxRetryAfterSeconds, true };
        return cappedWait(digits.toLongLong());
    }

    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return std::nullopt; // negative, fractional or garbage
    return cappedWait(now.secsTo(when));
}

} // namespace Passdesk
