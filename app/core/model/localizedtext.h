#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Passdesk {

// One entry of an ErrorResponseDto's `messages` or `causes`.
struct LocalizedText
{
    QString locale;       // BCP 47, may be empty (the schema allows null)
    QString localeOrigin; // "DEFAULT", "REQUEST", or empty
    QString text;

    bool isDefaultLocale() const { return localeOrigin == QLatin1String("DEFAULT"); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

// Best entry for the UI languages (e.g. {"de-DE", "de", "en"}): exact tag, then same
// language, then English, then the first. Returns nullptr for an empty list.
const LocalizedText *bestLocalizedText(const QList<LocalizedText> &texts,
                                       const QStringList &uiLanguages);

// Groups texts by locale and picks one per distinct message slot: when the server sent every
// message in several locales, only the best locale's entries are kept (the locale chosen as
// above among the distinct locales, compared case-insensitively). A list in a single locale
// comes back unchanged.
QList<LocalizedText> bestLocalizedTexts(const QList<LocalizedText> &texts,
                                        const QStringList &uiLanguages);

} // namespace Passdesk
