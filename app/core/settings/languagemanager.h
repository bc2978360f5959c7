#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Passdesk {

// Loads Passdesk's translation and Qt's own for the chosen language and keeps QLocale's
// default in step, so dates and numbers follow. Installing new translators makes Qt send
// LanguageChange to every widget, which re-translates open windows.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes with an embedded translation, besides English ("de", "es", "fr", "ja").
    static QStringList shippedLanguages();
    // The language's own name ("Deutsch"), for the settings combo box.
    static QString nativeName(const QString &code);

    // "" follows the system's UI languages; otherwise a code such as "de" or "en".
    void apply(const QString &language);
    QString activeLanguage() const { return m_active; } // "en" when nothing matched
    QLocale activeLocale() const { return m_locale; }
    // Most preferred first, for Accept-Language and picking the server's message locale.
    QStringList uiLanguages() const;

signals:
    void languageChanged(const QString &code);

private:
    static QString bestShippedMatch(const QStringList &uiLanguages);

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_active = QStringLiteral("en");
    QLocale m_locale {QLocale::English, QLocale::UnitedStates};
};

} // namespace Passdesk
