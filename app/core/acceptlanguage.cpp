#include "acceptlanguage.h"

namespace Passdesk {

QByteArray acceptLanguageHeader(const QStringList &uiLanguages)
{
    QStringList tags;
    for (QString tag : uiLanguages) {
        tag = tag.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!tag.isEmpty() && tag != QLatin1String("C") && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    // Servers that only know the bare language still find it.
    for (const QString &tag : QStringList(tags)) {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (!tags.contains(primary, Qt::CaseInsensitive))
            tags.append(primary);
    }
    if (tags.isEmpty())
        return QByteArrayLiteral("en");

    QByteArray header;
    int tenths = 10;
    bool hasEnglish = false;
    for (const QString &tag : tags) {
        hasEnglish = hasEnglish || tag.section(QLatin1Char('-'), 0, 0).compare(QLatin1String("en"), Qt::CaseInsensitive) == 0;
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
