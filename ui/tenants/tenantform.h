#pragma once

#include "core/tenants/tenant.h"

#include <QWidget>
#include <memory>

namespace Ui {
class TenantForm;
}

namespace Passdesk {

class ProductionLock;
class TenantSession;

// The fields of one tenant, shared by the Tenants dialog and the first-run assistant: name,
// address (with the API root it resolves to, or why it is refused), API version, how to sign in,
// the secret (never shown, never stored here), the production/test marking and the read-only
// lock. Each refused field says why next to itself; nothing typed is lost when the auth method
// changes. Unlocking a production tenant asks first.
class TenantForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantForm)

public:
    explicit TenantForm(TenantSession *session, QWidget *parent = nullptr);
    ~TenantForm() override;

    // Shows a stored tenant, or a new one when tenant.id is empty (production, locked).
    void setTenant(const Tenant &tenant);
    void clearForNewTenant() { setTenant(Tenant {}); }
    // The tenant as edited (the id of the one shown; empty for a new tenant).
    Tenant tenant() const;
    Tenant originalTenant() const { return m_original; }
    bool isNew() const { return m_original.id.isEmpty(); }

    // What was typed in the secret field for the current auth method (empty: keep the stored one).
    QString secret() const;
    bool rememberSecret() const;
    // Whether a secret (or pasted token) is stored for the tenant shown; known shortly after
    // setTenant() since the keychain answers asynchronously.
    bool hasStoredSecret() const { return m_storedSecret; }

    // Why the tenant cannot be saved as it is, translated; empty when it can.
    QString validationError() const;
    // Something differs from the tenant shown (or a secret was typed).
    bool hasChanges() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void onAuthMethodChanged();
    void readStoredSecret();
    void updateAddressHint();
    void updateFieldErrors();
    void updateSecretPresentation();
    void updateRedirectUri();
    void updateKeychainState();
    void setRowShown(QWidget *field, bool shown);
    void markTouched(QWidget *field);

    std::unique_ptr<Ui::TenantForm> m_ui;
    TenantSession *m_session;
    Tenant m_original;
    AuthMethod m_shownMethod = AuthMethod::ClientCredentials;
    QString m_otherMethodSecret; // what was typed for the auth method not shown now
    bool m_storedSecret = false;
    bool m_filling = false;
    int m_readGeneration = 0;
    QList<QWidget *> m_touched; // fields edited since setTenant(): their errors are shown
    ProductionLock *m_lock; // the production marking and the read-only lock, kept in step
};

} // namespace Passdesk
