#include "core/net/acceptlanguage.h"

#include <QStringView>

namespace Passdesk {

namespace {

QString primaryOf(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0);
}

bool isEnglish(const QString &tag)
{
    return primaryOf(tag).compare(QLatin1String("en"), Qt::CaseInsensitive) == 0;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A BCP 47 language tag as a header may carry it: ASCII letters and digits in subtags of one to
// eight, the first made of letters. "C" and "POSIX" are locale names, not languages. Checked by
// hand, not by a regular expression, whose first match compiles it (PCRE2's JIT included) on the
// UI thread before Passdesk's first frame.
bool isLanguageTag(QStringView tag)
{
    qsizetype subtagLength = 0;
    bool firstSubtag = true;
    for (const QChar c : tag) {
        if (c == u'-') {
            if (subtagLength == 0)
                return false;
            subtagLength = 0;
            firstSubtag = false;
        } else if (isAsciiLetter(c) || (!firstSubtag && c >= u'0' && c <= u'9')) {
            if (++subtagLength > 8)
                return false;
        } else {
            return false;
        }
    }
    return subtagLength > 0 && tag.compare(u"C", Qt::CaseInsensitive) != 0
        && tag.compare(u"POSIX", Qt::CaseInsensitive) != 0;
}

void appendUnique(QStringList &tags, const QString &tag)
{
    if (!tags.contains(tag, Qt::CaseInsensitive))
        tags.append(tag);
}

} // namespace

QByteArray acceptLanguageHeader(const QStringList &uiLanguages)
{
    QStringList tags;
    for (const QString &language : uiLanguages) {
        const QString tag = language.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (isLanguageTag(tag))
            appendUnique(tags, tag);
    }
    // Servers that only know the bare language still find it.
    for (const QString &tag : QStringList(tags))
        appendUnique(tags, primaryOf(tag));
    if (tags.isEmpty())
        return QByteArrayLiteral("en");

    // Weights fall by 0.1 per entry from an implicit 1.0 and stay at 0.6 at the least, so
    // English as the last resort (0.5) always ranks below every chosen language.
    QByteArray header;
    int tenths = 10;
    bool hasEnglish = false;
    for (const QString &tag : std::as_const(tags)) {
        hasEnglish = hasEnglish || isEnglish(tag);
        if (!header.isEmpty())
            header += ',';
        header += tag.toLatin1();
        if (tenths < 10)
            header += ";q=0." + QByteArray::number(tenths);
        tenths = qMax(6, tenths - 1);
    }
    if (!hasEnglish)
        header += ",en;q=0.5";
    return header;
}

} // namespace Passdesk
