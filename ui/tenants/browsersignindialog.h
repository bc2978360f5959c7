#pragma once

#include "core/tenants/tenant.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class BrowserSignInDialog;
}

namespace Passdesk {

class BrowserSignIn;
class TenantSession;

// Signs the active tenant in with the system browser (a BrowserSignIn): first sign-in, or
// again after the tenant refused the refresh token. It opens the browser only when the user
// asks, says what it waits for, lets the user paste the code or the redirect address where
// the loopback redirect cannot work, and can be cancelled at every step. It touches nothing
// else, so an unsaved config edit or an open token dialog's input under it stays as it was.
class BrowserSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInDialog)

public:
    BrowserSignInDialog(TenantSession *session, const Tenant &tenant, QWidget *parent = nullptr);
    ~BrowserSignInDialog() override;

    QString tenantId() const { return m_tenant.id; }
    void setReason(const QString &reason);
    BrowserSignIn *signIn() const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void startSignIn();
    void showStatus(const QString &text, bool error = false);
    void retranslate();
    void updateButtons();

    std::unique_ptr<Ui::BrowserSignInDialog> m_ui;
    TenantSession *m_session;
    Tenant m_tenant;
    QString m_reason;
    QPointer<BrowserSignIn> m_signIn;
    bool m_waiting = false;
};

} // namespace Passdesk
