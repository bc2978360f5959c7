#include "core/settings/appsettings.h"

#include <QDir>
#include <QSettings>

namespace Passdesk {

namespace {
const QString languageKey = QStringLiteral("General/language");
const QString verificationKey = QStringLiteral("Helpdesk/requireCallerVerification");
const QString clipboardKey = QStringLiteral("Helpdesk/clipboardClearSeconds");
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString sandboxSignInKey = QStringLiteral("Sandbox/signIn"); // "browser" or "api-client"
constexpr int defaultClipboardClearSeconds = 30;
} // namespace

AppSettings::AppSettings(const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_settings(configDir.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                   QStringLiteral("Passdesk"), QStringLiteral("Passdesk"))
                     : std::make_unique<QSettings>(QDir(configDir).filePath(QStringLiteral("Passdesk.conf")),
                                                   QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(languageKey, language);
    emit changed();
}

bool AppSettings::requireCallerVerification() const
{
    return m_settings->value(verificationKey, true).toBool();
}

void AppSettings::setRequireCallerVerification(bool required)
{
    if (required == requireCallerVerification())
        return;
    m_settings->setValue(verificationKey, required);
    emit changed();
}

bool AppSettings::sandboxBrowserSignIn() const
{
    return m_settings->value(sandboxSignInKey).toString() == QLatin1String("browser");
}

void AppSettings::setSandboxBrowserSignIn(bool browser)
{
    if (browser == sandboxBrowserSignIn())
        return;
    m_settings->setValue(
        sandboxSignInKey, browser ? QStringLiteral("browser") : QStringLiteral("api-client"));
    emit changed();
}

int AppSettings::clipboardClearSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(clipboardKey, defaultClipboardClearSeconds).toInt(&ok);
    return ok ? qBound(0, seconds, 3600) : defaultClipboardClearSeconds;
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    seconds = qBound(0, seconds, 3600);
    if (seconds == clipboardClearSeconds())
        return;
    m_settings->setValue(clipboardKey, seconds);
    emit changed();
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    // Unchanged values are not set again: QSettings would rewrite and sync the file for them.
    if (geometry == mainWindowGeometry())
        return;
    m_settings->setValue(geometryKey, geometry);
}

} // namespace Passdesk
