#pragma once

#include "core/tenants/tenant.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class QSettings;

namespace Passdesk {

// The tenants in QSettings (the same file as AppSettings), in the user's order, and which one
// was used last. Never sees a secret. Every change is written and synced at once and announced
// with tenantsChanged() (after tenantEdited() or tenantRemoved(), which say what the tenant
// was); an entry read back damaged stays locked read-only rather than becoming writable, and a
// bad redirect port falls back to the default.
class TenantStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantStore)

public:
    explicit TenantStore(QSettings *settings, QObject *parent = nullptr);
    ~TenantStore() override;

    QList<Tenant> tenants() const { return m_tenants; }
    bool isEmpty() const { return m_tenants.isEmpty(); }
    std::optional<Tenant> tenant(const QString &id) const;
    // By display name or tenant name (case-insensitive), as `--tenant NAME` asks.
    std::optional<Tenant> findByName(const QString &name) const;

    // Adds (a new id is made when empty) or replaces the tenant with the same id; returns its id.
    QString save(Tenant tenant);
    void remove(const QString &id);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

signals:
    void tenantsChanged();
    // A stored tenant was replaced by save() (before: as it was) or removed.
    void tenantEdited(const Passdesk::Tenant &before, const Passdesk::Tenant &after);
    void tenantRemoved(const Passdesk::Tenant &removed);

private:
    void load();
    void write();

    QSettings *m_settings;
    QList<Tenant> m_tenants;
};

} // namespace Passdesk
