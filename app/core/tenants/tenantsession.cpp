#include "core/tenants/tenantsession.h"

#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"
#include "core/secrets/secretvault.h"

#include <QCoreApplication>
#include <QPointer>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::TenantSession)
};
} // namespace

TenantSession::TenantSession(
    TenantStore *store, SecretVault *vault, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_client(client)
{
    // Switching back to a tenant whose access token still works costs no /oauth/token trip.
    m_client->accessTokens()->setParksTokens(true);
    connect(m_client, &ApiClient::credentialsNeeded, this, [this](const QString &reason) {
        if (const std::optional<Tenant> tenant = activeTenant())
            emit needsCredentials(*tenant, reason);
    });
    // A token parked for a tenant edited or removed goes now, not when it expires.
    connect(m_store, &TenantStore::tenantEdited, this,
        [this](const Tenant &before, const Tenant &after) {
            if (!before.connection().sameCredentials(after.connection()))
                m_client->accessTokens()->dropParkedTokens(before.connection());
        });
    connect(m_store, &TenantStore::tenantRemoved, this, [this](const Tenant &removed) {
        if (removed.id == m_activeId) {
            // The active tenant was removed: no connection is left to use.
            m_activeId.clear();
            m_client->setConnection({});
            emit activated({});
        }
        m_client->accessTokens()->dropParkedTokens(removed.connection());
    });
}

TenantSession::~TenantSession() = default;

Tenant TenantSession::sandboxTenant()
{
    Tenant tenant;
    tenant.id = sandboxId;
    tenant.displayName = Texts::tr("Sandbox tenant");
    tenant.testTenant = true;
    return tenant;
}

QList<Tenant> TenantSession::switchableTenants() const
{
    QList<Tenant> tenants = m_store->tenants();
    if (hasSandbox())
        tenants.append(sandboxTenant());
    return tenants;
}

std::optional<Tenant> TenantSession::activeTenant() const
{
    if (m_activeId == sandboxId)
        return sandboxTenant();
    return m_store->tenant(m_activeId);
}

std::optional<Tenant> TenantSession::activatingTenant() const
{
    if (m_pendingId.isEmpty() || m_pendingId == sandboxId)
        return std::nullopt;
    return m_store->tenant(m_pendingId);
}

QString TenantSession::credentialKey(const Tenant &tenant)
{
    switch (tenant.authMethod) {
    case AuthMethod::AccessToken:
        return QStringLiteral("tenant/%1/access-token").arg(tenant.id);
    case AuthMethod::BrowserSignIn:
        return tenant.refreshTokenKey();
    case AuthMethod::ClientCredentials:
        break;
    }
    return tenant.secretKey();
}

BrowserSignIn *TenantSession::newBrowserSignIn(QObject *parent)
{
    return new BrowserSignIn(m_client->network(), m_client->accessTokens(), m_client->connection(),
        m_browserOpener, parent);
}

void TenantSession::keepRefreshToken(const Tenant &tenant, const QString &refreshToken)
{
    const QString key = tenant.refreshTokenKey();
    if (tenant.id != sandboxId && !m_store->tenant(tenant.id))
        return; // removed meanwhile (a late answer): nothing of it may stay in the keychain
    if (tenant.id == sandboxId) {
        // The embedded sandbox forgets its sign-ins when Passdesk quits.
        if (refreshToken.isEmpty())
            m_vault->forgetSession(key);
        else
            m_vault->keepForSession(key, refreshToken);
    } else if (refreshToken.isEmpty()) {
        m_vault->forget(key);
    } else {
        // Without a keychain the vault keeps it for this session only (and says so once).
        m_vault->store(key, refreshToken, true, this);
    }
}

void TenantSession::activate(const QString &id)
{
    if (id == sandboxId) {
        if (!m_sandboxConnection && !m_sandboxStarter) {
            emit activationFailed(id, Texts::tr("The sandbox tenant is not available."));
            return;
        }
        m_pendingId = id;
        if (m_sandboxConnection) {
            connectToSandbox();
            return;
        }
        // The starter answers once the sandbox listens, or why it cannot.
        m_sandboxStarter([this, guard = QPointer<TenantSession>(this)](
                             const std::optional<ConnectionSettings> &connection,
                             const QString &error) {
            if (!guard)
                return;
            if (connection)
                m_sandboxConnection = connection;
            if (m_pendingId != sandboxId)
                return; // the user switched again meanwhile
            if (!connection) {
                m_pendingId.clear();
                emit activationFailed(sandboxId,
                    error.isEmpty() ? Texts::tr("The sandbox tenant is not available.") : error);
                return;
            }
            connectToSandbox();
        });
        return;
    }
    readAndConnect(id, false);
}

void TenantSession::setSandboxSignIn(SandboxSignIn how)
{
    if (how == m_sandboxSignIn)
        return;
    m_sandboxSignIn = how;
    m_sandboxConnection.reset(); // the starter answers with the connection for the new way
    emit sandboxSignInChanged(how);
    if (m_activeId != sandboxId && m_pendingId != sandboxId)
        return;
    // The sandbox's person (or API client) so far is signed out of; the new way signs in.
    const Tenant sandbox = sandboxTenant();
    m_vault->forgetSession(sandbox.refreshTokenKey());
    m_client->signOut();
    activate(sandboxId);
}

void TenantSession::connectToSandbox()
{
    const ConnectionSettings connection = *m_sandboxConnection;
    if (connection.authMethod != AuthMethod::BrowserSignIn) {
        m_pendingId.clear();
        connectClient(sandboxTenant(), connection, false);
        return;
    }
    // A browser sign-in to the sandbox lasts as long as Passdesk runs (this session's memory).
    m_vault->readSession(sandboxTenant().refreshTokenKey(), this,
        [this, connection](const QString &refreshToken) {
            if (m_pendingId != sandboxId) // the user switched again meanwhile
                return;
            m_pendingId.clear();
            ConnectionSettings signedIn = connection;
            signedIn.refreshToken = refreshToken;
            connectClient(sandboxTenant(), signedIn, false);
            signedIn.wipeSecrets();
        });
}

void TenantSession::connectClient(
    const Tenant &tenant, const ConnectionSettings &connection, bool keepToken)
{
    m_activeId = tenant.id;
    if (keepToken)
        m_client->updateConnection(connection);
    else
        m_client->setConnection(connection);
    // Rotated refresh tokens go to this tenant's entry, also when they arrive after a switch.
    AccessTokenProvider *tokens = m_client->accessTokens();
    if (connection.authMethod == AuthMethod::BrowserSignIn)
        tokens->setRefreshTokenKeeper(
            [this, tenant, guard = QPointer<TenantSession>(this)](const QString &refreshToken) {
                if (guard)
                    keepRefreshToken(tenant, refreshToken);
            });
    else
        tokens->setRefreshTokenKeeper({});
    emit activated(tenant.id);
}

void TenantSession::readAndConnect(const QString &id, bool keepToken)
{
    const std::optional<Tenant> tenant = m_store->tenant(id);
    if (!tenant) {
        emit activationFailed(id, Texts::tr("There is no such tenant."));
        return;
    }
    m_pendingId = id;
    m_client->preconnect(tenant->connection().apiRoot);
    readCredentials(*tenant, this, [this, id, keepToken](const QString &secret) {
        if (m_pendingId != id) // the user switched again meanwhile
            return;
        m_pendingId.clear();
        const std::optional<Tenant> current = m_store->tenant(id);
        if (!current) {
            emit activationFailed(id, Texts::tr("There is no such tenant."));
            return;
        }
        connectTo(*current, secret, keepToken);
    });
}

void TenantSession::connectTo(const Tenant &tenant, const QString &secret, bool keepToken)
{
    ConnectionSettings connection = tenant.connection();
    if (tenant.authMethod == AuthMethod::AccessToken)
        connection.accessToken = secret;
    else if (tenant.authMethod == AuthMethod::BrowserSignIn)
        connection.refreshToken = secret;
    else
        connection.clientSecret = secret;
    m_store->setLastUsedId(tenant.id);
    // Without a secret the first request asks for one (ApiClient::credentialsNeeded).
    connectClient(tenant, connection, keepToken);
    connection.wipeSecrets();
}

void TenantSession::provideCredentials(const QString &secret, bool remember)
{
    const std::optional<Tenant> tenant = activeTenant();
    if (!tenant || tenant->id == sandboxId)
        return;
    saveCredentials(*tenant, secret, remember);
    connectTo(*tenant, secret);
}

void TenantSession::saveCredentials(const Tenant &tenant, const QString &secret, bool remember)
{
    if (tenant.authMethod == AuthMethod::AccessToken)
        m_vault->keepForSession(credentialKey(tenant), secret);
    else if (tenant.authMethod == AuthMethod::ClientCredentials) {
        m_vault->store(credentialKey(tenant), secret, remember, this);
        // A token parked under the secret before is not come back to.
        m_client->accessTokens()->dropParkedTokens(tenant.connection());
    }
    // A browser sign-in's refresh token comes from the tenant only (keepRefreshToken).
}

void TenantSession::forgetCredentials(const Tenant &tenant)
{
    m_vault->forget(tenant.secretKey());
    m_vault->forget(tenant.refreshTokenKey());
    m_vault->forgetSession(QStringLiteral("tenant/%1/access-token").arg(tenant.id));
}

void TenantSession::readCredentials(
    const Tenant &tenant, QObject *context, std::function<void(const QString &)> callback)
{
    if (tenant.authMethod == AuthMethod::AccessToken)
        m_vault->readSession(credentialKey(tenant), context, std::move(callback));
    else
        m_vault->read(credentialKey(tenant), context, std::move(callback));
}

void TenantSession::preconnectOthers()
{
    for (const Tenant &tenant : m_store->tenants()) {
        if (tenant.id != m_activeId && tenant.id != m_pendingId)
            m_client->preconnect(tenant.connection().apiRoot);
    }
}

void TenantSession::signOut()
{
    const AuthMethod method = m_client->connection().authMethod;
    m_client->signOut();
    const std::optional<Tenant> tenant = activeTenant();
    if (!tenant)
        return;
    if (method == AuthMethod::AccessToken)
        m_vault->forgetSession(credentialKey(*tenant));
    if (method == AuthMethod::BrowserSignIn) {
        m_vault->forget(tenant->refreshTokenKey());
        m_vault->forgetSession(tenant->refreshTokenKey());
    }
}

void TenantSession::reloadActive()
{
    if (!m_activeId.isEmpty() && m_activeId != sandboxId)
        readAndConnect(m_activeId, true);
}

} // namespace Passdesk
