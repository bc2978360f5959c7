#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace Passdesk {

// Passdesk's own preferences (never secrets). Backed by QSettings in the standard location,
// or in a given directory (tests and `--config-dir`).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(const QString &configDir = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;
    // The same settings file, for stores of their own (TenantStore). Never for secrets.
    QSettings *backend() const { return m_settings.get(); }

    // "" = system default, else a language code such as "de".
    QString language() const;
    void setLanguage(const QString &language);

    bool requireCallerVerification() const; // default true
    void setRequireCallerVerification(bool required);

    int clipboardClearSeconds() const; // default 30, 0 = never
    void setClipboardClearSeconds(int seconds);

    // How the embedded sandbox is signed in to: with the browser as one of its people (true) or
    // as its built-in API client (false, the default).
    bool sandboxBrowserSignIn() const;
    void setSandboxBrowserSignIn(bool browser);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

signals:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Passdesk
