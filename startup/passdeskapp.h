#pragma once

#include "core/connection/connectionsettings.h"
#include "firstrunassistant.h"
#include "core/secrets/secretstore.h"
#include "startupoptions.h"
#include "core/tenants/tenantsession.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QWidget;

namespace Passdesk {

namespace Sandbox {
class EmbeddedSandbox;
}
class ApiClient;
class AppSettings;
class LanguageManager;
class MainWindow;
class SecretVault;
class TenantStore;

// What `passdesk` runs, minus QApplication: one of each service, wired together, and the main
// window on the tenant the command line or the last session chose. Nothing here blocks: the
// keychain, the network and the embedded sandbox (a server on this thread, see EmbeddedSandbox)
// answer from the event loop.
class PassdeskApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassdeskApp)

public:
    // secretStore: the keychain to use; null means the operating system's (QtKeychain).
    explicit PassdeskApp(const StartupOptions &options,
        std::unique_ptr<SecretStore> secretStore = {}, QObject *parent = nullptr);
    ~PassdeskApp() override;

    // Chooses the tenant and shows the main window, or on a first run (no tenant stored, none
    // chosen) the first-run assistant, and the main window once it closes. Returns a
    // translated reason when the command line asks for something that does not exist (then
    // nothing is shown).
    QString start();

    // Null until it is shown.
    MainWindow *mainWindow() const { return m_window.get(); }
    // The first-run assistant while it is open.
    FirstRunAssistant *firstRunAssistant() const { return m_assistant.data(); }
    TenantSession *session() const { return m_session; }
    ApiClient *client() const { return m_client; }
    AppSettings *settings() const { return m_settings.get(); }
    // Whether the embedded sandbox runs (it starts with --sandbox, or when first chosen).
    bool sandboxRunning() const { return m_sandbox != nullptr; }
    Sandbox::EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }

signals:
    void mainWindowShown();

private:
    void showMainWindow();
    void startSandbox(TenantSession::SandboxReady ready);
    void setWindowIconAfterFirstFrame(QWidget *window);

    StartupOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    ApiClient *m_client;
    SecretVault *m_vault;
    TenantStore *m_tenants;
    TenantSession *m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<FirstRunAssistant> m_assistant;
};

} // namespace Passdesk
