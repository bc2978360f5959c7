#pragma once

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class TenantBar;
}

namespace Passdesk {

class ApiClient;

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
    // Tenants are managed (a tenant session exists): the sign-in line follows the credentials.
    void followCredentials();
    void updateCredentials();
    void showKeychainNotice(const QString &message);
    // "Signed in as Dana.Okafor (Helpdesk)", "API client sandbox-app, no user", or for a
    // browser sign-in without a token "Not signed in".
    void updateSignedIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProductionOutline(bool production);

    std::unique_ptr<Ui::TenantBar> m_ui;
    ApiClient *m_client = nullptr;
    QTimer *m_credentialsTimer = nullptr;
    bool m_followsCredentials = false;
};

} // namespace Passdesk
