#include "core/model/localizedtext.h"

namespace Passdesk {

namespace {

// BCP 47 tags compare case-insensitively; Qt's own names use '_' where BCP 47 has '-'.
QString normalized(const QString &tag)
{
    return tag.trimmed().replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

QString primary(const QString &tag)
{
    return normalized(tag).section(QLatin1Char('-'), 0, 0);
}

// The best of the distinct (normalized) locales. Each UI language in order of preference
// first tries its exact tag, then any tag of the same language, so "de-AT" prefers "de-DE"
// over a second-choice "fr-FR"; then English; then whatever came first.
QString bestLocale(const QStringList &locales, const QStringList &uiLanguages)
{
    for (const QString &uiLanguage : uiLanguages) {
        const QString wanted = normalized(uiLanguage);
        if (wanted.isEmpty())
            continue;
        if (locales.contains(wanted))
            return wanted;
        const QString wantedPrimary = primary(wanted);
        for (const QString &locale : locales) {
            if (!locale.isEmpty() && primary(locale) == wantedPrimary)
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
        const QString locale = normalized(text.locale);
        if (!locales.contains(locale))
            locales.append(locale);
    }
    return locales;
}

} // namespace

const LocalizedText *bestLocalizedText(
    const QList<LocalizedText> &texts, const QStringList &uiLanguages)
{
    if (texts.isEmpty())
        return nullptr;
    const QString locale = bestLocale(distinctLocales(texts), uiLanguages);
    for (const LocalizedText &text : texts) {
        if (normalized(text.locale) == locale)
            return &text;
    }
    return &texts.first();
}

QList<LocalizedText> bestLocalizedTexts(
    const QList<LocalizedText> &texts, const QStringList &uiLanguages)
{
    const QStringList locales = distinctLocales(texts);
    if (locales.size() <= 1)
        return texts;
    const QString locale = bestLocale(locales, uiLanguages);
    QList<LocalizedText> chosen;
    for (const LocalizedText &text : texts) {
        if (normalized(text.locale) == locale)
            chosen.append(text);
    }
    return chosen;
}

} // namespace Passdesk
