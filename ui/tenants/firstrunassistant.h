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

    // The tenant page's form and test panel are made when that page is first needed.
    TenantForm *form();
    ConnectionTestPanel *testPanel();
    bool sandboxChosen() const;
    // Whether the sandbox is to be signed in to with the browser (one of its people) rather
    // than as its built-in API client; asked below the sandbox choice once that is picked.
    bool sandboxBrowserSignInChosen() const;

    int nextId() const override;
    void accept() override;
    // Asks before typed tenant settings are dropped.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;

private:
    void retranslate();
    void ensureTenantForm();
    void ensureSandboxSignInChoice();

    TenantSession *m_session;
    QNetworkAccessManager *m_network;
    QWizardPage *m_welcomePage;
    QWizardPage *m_tenantPage;
    QLabel *m_welcomeLabel;
    QRadioButton *m_addTenantRadio;
    QRadioButton *m_sandboxRadio;
    QWidget *m_sandboxSignInWidget = nullptr; // made by ensureSandboxSignInChoice()
    QRadioButton *m_sandboxBrowserRadio = nullptr;
    QRadioButton *m_sandboxApiClientRadio = nullptr;
    QLabel *m_sandboxBrowserNote = nullptr;
    QLabel *m_sandboxApiClientNote = nullptr;
    TenantForm *m_form = nullptr; // made by ensureTenantForm()
    ConnectionTestPanel *m_panel = nullptr;
    QPointer<QMessageBox> m_discardBox;
    bool m_leaving = false;
};

} // namespace Passdesk
