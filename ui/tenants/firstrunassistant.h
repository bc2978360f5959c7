#pragma once

#include <QPointer>
#include <QWizard>

class QLabel;
class QMessageBox;
class QNetworkAccessManager;
class QRadioButton;

namespace Passdesk {

class ConnectionTestPanel;
class TenantForm;
class TenantSession;

// Shown when no tenant is stored yet: says what Passdesk does, then either sets up the tenant the
// user works with (the same form and connection test as the Tenants dialog) or starts on the
// built-in sandbox tenant. Finish saves the tenant and its secret and activates it; Cancel leaves
// Passdesk without a tenant.
class FirstRunAssistant final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunAssistant)

public:
    enum PageId
    {
        WelcomePage,
        TenantPage
    };

    FirstRunAssistant(
        TenantSession *session, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~FirstRunAssistant() override;

    TenantForm *form() const { return m_form; }
    ConnectionTestPanel *testPanel() const { return m_panel; }
    bool sandboxChosen() const;

    int nextId() const override;
    void accept() override;
    // Asks before typed tenant settings are dropped.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TenantSession *m_session;
    QWizardPage *m_welcomePage;
    QWizardPage *m_tenantPage;
    QLabel *m_welcomeLabel;
    QRadioButton *m_addTenantRadio;
    QRadioButton *m_sandboxRadio;
    TenantForm *m_form;
    ConnectionTestPanel *m_panel;
    QPointer<QMessageBox> m_discardBox;
    bool m_leaving = false;
};

} // namespace Passdesk
