#include "core/tenants/tenantstore.h"

#include <QSettings>
#include <QUuid>
#include <utility>

namespace Passdesk {

namespace {
const QString tenantsGroup = QStringLiteral("Tenants");
const QString lastUsedKey = QStringLiteral("General/lastTenant");
} // namespace

TenantStore::TenantStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

TenantStore::~TenantStore() = default;

std::optional<Tenant> TenantStore::tenant(const QString &id) const
{
    for (const Tenant &tenant : m_tenants) {
        if (tenant.id == id)
            return tenant;
    }
    return std::nullopt;
}

std::optional<Tenant> TenantStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Tenant &tenant : m_tenants) {
        if (tenant.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            return tenant;
    }
    // A tenant name (acme) matches https://acme.api.identitynow.com, and a full address itself.
    const std::optional<QUrl> root = apiRootFromUserInput(wanted);
    for (const Tenant &tenant : m_tenants) {
        if (root && tenant.apiRoot() == root)
            return tenant;
    }
    return std::nullopt;
}

QString TenantStore::save(Tenant tenant)
{
    tenant.displayName = tenant.displayName.trimmed();
    tenant.address = tenant.address.trimmed();
    tenant.clientId = tenant.clientId.trimmed();
    if (tenant.id.isEmpty())
        tenant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Tenant> before;
    for (Tenant &existing : m_tenants) {
        if (existing.id == tenant.id)
            before = std::exchange(existing, tenant);
    }
    if (!before)
        m_tenants.append(tenant);
    write();
    if (before)
        emit tenantEdited(*before, tenant);
    emit tenantsChanged();
    return tenant.id;
}

void TenantStore::remove(const QString &id)
{
    const std::optional<Tenant> removed = tenant(id);
    if (!removed)
        return;
    m_tenants.removeIf([&id](const Tenant &tenant) { return tenant.id == id; });
    if (lastUsedId() == id)
        m_settings->remove(lastUsedKey);
    write();
    emit tenantRemoved(*removed);
    emit tenantsChanged();
}

QString TenantStore::lastUsedId() const
{
    return m_settings->value(lastUsedKey).toString();
}

void TenantStore::setLastUsedId(const QString &id)
{
    // Every activation sets it, mostly to what it was; setting it again would make QSettings
    // rewrite and sync the file (two fdatasyncs) on the UI thread, at every start.
    if (id == lastUsedId())
        return;
    m_settings->setValue(lastUsedKey, id);
}

void TenantStore::load()
{
    m_tenants.clear();
    const int count = m_settings->beginReadArray(tenantsGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Tenant tenant;
        tenant.id = m_settings->value(QStringLiteral("id")).toString();
        tenant.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        tenant.address = m_settings->value(QStringLiteral("address")).toString();
        tenant.version
            = apiVersionFromKey(m_settings->value(QStringLiteral("apiVersion")).toString())
                  .value_or(ApiVersion::V2025);
        tenant.authMethod
            = authMethodFromKey(m_settings->value(QStringLiteral("authMethod")).toString())
                  .value_or(AuthMethod::ClientCredentials);
        tenant.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        const int port = m_settings->value(QStringLiteral("redirectPort"), Tenant::defaultRedirectPort).toInt();
        tenant.redirectPort = quint16(Tenant::redirectPortError(port).isEmpty() ? port : Tenant::defaultRedirectPort);
        tenant.testTenant = m_settings->value(QStringLiteral("testTenant"), false).toBool();
        // A damaged entry stays locked rather than silently writable.
        tenant.readOnly = m_settings->value(QStringLiteral("readOnly"), true).toBool();
        if (!tenant.id.isEmpty())
            m_tenants.append(tenant);
    }
    m_settings->endArray();
}

void TenantStore::write()
{
    m_settings->remove(tenantsGroup);
    m_settings->beginWriteArray(tenantsGroup, int(m_tenants.size()));
    for (int i = 0; i < m_tenants.size(); ++i) {
        const Tenant &tenant = m_tenants.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), tenant.id);
        m_settings->setValue(QStringLiteral("displayName"), tenant.displayName);
        m_settings->setValue(QStringLiteral("address"), tenant.address);
        m_settings->setValue(QStringLiteral("apiVersion"), apiVersionKey(tenant.version));
        m_settings->setValue(QStringLiteral("authMethod"), authMethodKey(tenant.authMethod));
        m_settings->setValue(QStringLiteral("clientId"), tenant.clientId);
        m_settings->setValue(QStringLiteral("redirectPort"), tenant.redirectPort);
        m_settings->setValue(QStringLiteral("testTenant"), tenant.testTenant);
        m_settings->setValue(QStringLiteral("readOnly"), tenant.readOnly);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace Passdesk
