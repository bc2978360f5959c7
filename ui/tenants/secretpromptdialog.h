#pragma once

#include "core/tenants/tenant.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SecretPromptDialog;
}

namespace Passdesk {

// Asks for the active tenant's client secret (missing from the keychain, or no keychain) or for
// a new pasted access token (expired or refused). Opened with open(); the answer arrives
// through credentialsEntered(). The typed text is wiped when the dialog goes.
class SecretPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)

public:
    SecretPromptDialog(const Tenant &tenant, bool keychainUsable, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString tenantId() const { return m_tenant.id; }
    void setReason(const QString &reason);

    void accept() override;

signals:
    void credentialsEntered(const QString &secret, bool remember);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString inputError() const;
    void updateState();

    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
    Tenant m_tenant;
    bool m_keychainUsable;
    QString m_reason;
};

} // namespace Passdesk
