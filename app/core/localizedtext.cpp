#include "localizedtext.h"

namespace Passdesk {

namespace {

QString normalized(const QString &tag)
{
    return tag.trimmed().replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

QString primary(const QString &tag)
{
    return normalized(tag).section(QLatin1Char('-'), 0, 0);
}

// The best of the distinct locales: exact tag, then same language, then English, then first.
QString bestLocale(const QStringList &locales, const QStringList &uiLanguages)
{
    for (const QString &wanted : uiLanguages) {
        for (const QString &locale : locales) {
            if (normalized(locale) == normalized(wanted))
                return locale;
        }
        for (const QString &locale : locales) {
            if (!locale.isEmpty() && primary(locale) == primary(wanted))
                return locale;
        }
    }
    for (const QString &locale : locales) {
        if (primary(locale) == QLatin1String("en"))
            return locale;
    }
    return locales.isEmpty() ? QString() : locales.first();
}

QStringList distinctLocales(const QList<LocalizedText> &texts)
{
    QStringList locales;
    for (const LocalizedText &text : texts) {
        if (!locales.contains(text.locale))
            locales.append(text.locale);
    }
    return locales;
}

} // namespace

const LocalizedText *bestLocalizedText(const QList<LocalizedText> &texts, const QStringList &uiLanguages)
{
    if (texts.isEmpty())
        return nullptr;
    const QString locale = bestLocale(distinctLocales(texts), uiLanguages);
    for (const LocalizedText &text : texts) {
        if (text.locale == locale)
            return &text;
    }
    return &texts.first();
}

QList<LocalizedText> bestLocalizedTexts(const QList<LocalizedText> &texts, const QStringList &uiLanguages)
{
    const QStringList locales = distinctLocales(texts);
    if (locales.size() <= 1)
        return texts;
    const QString locale = bestLocale(locales, uiLanguages);
    QList<LocalizedText> chosen;
    for (const LocalizedText &text : texts) {
        if (text.locale == locale)
            chosen.append(text);
    }
    return chosen;
}

} // namespace Passdesk
