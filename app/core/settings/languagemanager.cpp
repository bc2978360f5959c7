#include "core/settings/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Passdesk {

namespace {
// Where qt_add_translations embeds the .qm files (see translations/CMakeLists.txt).
const QString translationDir = QStringLiteral(":/i18n");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString LanguageManager::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageManager::bestShippedMatch(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (language == QLatin1String("en") || shippedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageManager::apply(const QString &language)
{
    const QString code = language.isEmpty() ? bestShippedMatch(QLocale::system().uiLanguages())
                                            : bestShippedMatch({language});
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    // A system locale of the same language keeps its country (de-AT stays de-AT).
    const QLocale system = QLocale::system();
    m_locale = system.name().startsWith(code) ? system : QLocale(code);
    if (code == QLatin1String("en") && !system.name().startsWith(QLatin1String("en")))
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(m_locale);
    m_active = code;

    // English has a file too: it holds the plural forms ("1 digit", "6 digits").
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral("passdesk_") + code, translationDir)) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    if (code != QLatin1String("en")) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(QStringLiteral("qtbase_") + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }
    emit languageChanged(code);
}

QStringList LanguageManager::uiLanguages() const
{
    QStringList languages {m_locale.bcp47Name()};
    // bcp47Name drops the country when it is the language's default; ask for both forms.
    const QString full = m_locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!languages.contains(full))
        languages.prepend(full);
    return languages;
}

} // namespace Passdesk
