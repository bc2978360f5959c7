#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QTimer;

namespace Ui {
class TenantBar;
}

namespace Passdesk {

class ApiClient;
struct ConnectionSettings;

// The bar at the top of the main window: which tenant is open (name, address, environment
// badge, with a red outline for production), the API version, the client, how the session is
// signed in and as whom, and the keychain notice when secrets cannot be kept.
class TenantBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantBar)

public:
    explicit TenantBar(QWidget *parent = nullptr);
    ~TenantBar() override;

    void setClient(ApiClient *client); // once, before the bar is shown
    // Shows the client's connection (or "No tenant open").
    void showConnection();
    // Shows the tenant being opened (its secret still being read): name, address and client,
    // not signed in yet; a language change meanwhile keeps it shown. showConnection() ends it.
    void showOpening(const ConnectionSettings &connection);
    // Tenants are managed (a tenant session exists): the sign-in line follows the credentials.
    void followCredentials();
    void updateCredentials();
    void showKeychainNotice(const QString &message);
    // "Signed in as Dana.Okafor (Helpdesk)", "API client sandbox-app, no user", or without an
    // access token yet "Not signed in".
    void updateSignedIn();
    // Copy the tenant's address, copy its client ID: the bar's context menu has them, and the
    // main window puts them in its Tenant menu.
    QList<QAction *> copyActions() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTenant(const ConnectionSettings &connection);
    void showSignedIn(const QString &who, bool tenantShown);
    void showProductionOutline(bool production);

    std::unique_ptr<Ui::TenantBar> m_ui;
    ApiClient *m_client = nullptr;
    QTimer *m_credentialsTimer = nullptr;
    QAction *m_copyAddressAction = nullptr;
    QAction *m_copyClientIdAction = nullptr;
    QString m_address; // of the tenant shown
    QString m_clientId;
    bool m_followsCredentials = false;
    std::unique_ptr<ConnectionSettings> m_opening; // the tenant being opened, without secrets
};

} // namespace Passdesk
