#pragma once

#include "core/auth/browsersignin.h"
#include "core/connection/connectionsettings.h"
#include "core/tenants/tenantstore.h"

#include <QObject>
#include <functional>
#include <optional>

namespace Passdesk {

class ApiClient;
class SecretVault;

// Which tenant Passdesk works on. Activating one fetches its secret from the vault (never
// blocking) and hands the connection to the ApiClient; a missing secret or pasted token turns
// into needsCredentials(), which the UI answers with provideCredentials().
class TenantSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSession)

public:
    // How Passdesk signs in to the embedded sandbox tenant: with the browser as one of its
    // people, or as its built-in API client (an org admin's rights, no user).
    enum class SandboxSignIn
    {
        ApiClient,
        Browser,
    };
    Q_ENUM(SandboxSignIn)

    // Starts the embedded sandbox tenant on first use and answers, from the event loop, with its
    // connection, or nullopt and a translated reason when it cannot.
    using SandboxReady = std::function<void(
        const std::optional<ConnectionSettings> &connection, const QString &error)>;
    using SandboxStarter = std::function<void(SandboxReady ready)>;
    static inline const QString sandboxId = QStringLiteral("sandbox");

    TenantSession(
        TenantStore *store, SecretVault *vault, ApiClient *client, QObject *parent = nullptr);
    ~TenantSession() override;

    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }
    // How a browser sign-in opens the system browser (QDesktopServices in Passdesk; tests give
    // a scripted browser).
    void setBrowserOpener(BrowserSignIn::Opener opener) { m_browserOpener = std::move(opener); }
    // A browser sign-in for the active tenant (BrowserSignIn method), owned by parent; start()
    // it. Its refresh token goes to the keychain (the sandbox's: this session only).
    BrowserSignIn *newBrowserSignIn(QObject *parent);
    bool hasSandbox() const { return bool(m_sandboxStarter); }
    SandboxSignIn sandboxSignIn() const { return m_sandboxSignIn; }
    // Changes how the sandbox is signed in to; on the sandbox, its sign-in so far ends and it
    // is connected to again the new way (activated() follows). sandboxSignInChanged() says so.
    void setSandboxSignIn(SandboxSignIn how);

    TenantStore *store() const { return m_store; }
    SecretVault *vault() const { return m_vault; }
    ApiClient *client() const { return m_client; }

    // The tenants the user can switch to, in order: the stored ones, then the sandbox.
    QList<Tenant> switchableTenants() const;
    QString activeId() const { return m_activeId; }
    std::optional<Tenant> activeTenant() const;
    bool isActivating() const { return !m_pendingId.isEmpty(); }
    // The stored tenant being activated (its secret still being read), or nullopt.
    std::optional<Tenant> activatingTenant() const;

    // Switches to the tenant (asynchronously: activated() or activationFailed() follows).
    void activate(const QString &id);
    // The secret (client credentials) or access token the user typed for the active tenant.
    void provideCredentials(const QString &secret, bool remember);
    // Keeps a secret (client credentials: keychain when remember, else this session) or a pasted
    // access token (this session only) for the tenant, without connecting.
    void saveCredentials(const Tenant &tenant, const QString &secret, bool remember);
    // Forgets the tenant's secret everywhere (before the tenant is removed).
    void forgetCredentials(const Tenant &tenant);
    // Reads what saveCredentials() kept (empty when nothing), from the event loop.
    void readCredentials(
        const Tenant &tenant, QObject *context, std::function<void(const QString &)> callback);
    static QString credentialKey(const Tenant &tenant);

    // Opens the connections to the other stored tenants (TCP and TLS, nothing sent) while the
    // agent is choosing one, so a switch waits for the token and the config only.
    void preconnectOthers();
    // Sign out: the access token goes; a pasted one too, so it must be pasted again; a browser
    // sign-in's refresh token is deleted from the keychain.
    void signOut();
    // Keeps the active connection in step after the user edited the tenant (lock, version...).
    // The access token stays unless the edit changed what it depends on (address, client id,
    // secret or pasted token); activated() follows either way.
    void reloadActive();

    static Tenant sandboxTenant();

signals:
    void activated(const QString &id);
    void activationFailed(const QString &id, const QString &reason);
    void needsCredentials(const Passdesk::Tenant &tenant, const QString &reason);
    void sandboxSignInChanged(Passdesk::TenantSession::SandboxSignIn how);

private:
    // Reads the tenant's secret, then connects (keepToken: updateConnection()).
    void readAndConnect(const QString &id, bool keepToken);
    void connectTo(const Tenant &tenant, const QString &secret, bool keepToken = false);
    void connectToSandbox();
    void connectClient(const Tenant &tenant, const ConnectionSettings &connection, bool keepToken);
    void keepRefreshToken(const Tenant &tenant, const QString &refreshToken);

    TenantStore *m_store;
    SecretVault *m_vault;
    ApiClient *m_client;
    SandboxStarter m_sandboxStarter;
    BrowserSignIn::Opener m_browserOpener;
    std::optional<ConnectionSettings> m_sandboxConnection;
    SandboxSignIn m_sandboxSignIn = SandboxSignIn::ApiClient;
    QString m_activeId;
    QString m_pendingId;
};

} // namespace Passdesk
