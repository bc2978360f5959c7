#pragma once

#include "core/model/orgconfig.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Passdesk {

class ApiClient;
class AppSettings;
class ConfigPage;
class LanguageManager;
class TenantSession;
class TenantSwitcher;
class TokenDialog;
class TokenHistory;

// The first window: which tenant, API version and client Passdesk uses, the org config page,
// and the way to the digit token dialog.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // languages may be null (tests that do not switch languages).
    MainWindow(ApiClient *client, AppSettings *settings, LanguageManager *languages = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ConfigPage *configPage() const { return m_configPage; }
    TokenHistory *tokenHistory() const { return m_history; }
    QAction *generateTokenAction() const;
    // Opens the digit token dialog (or raises the open one) and returns it.
    TokenDialog *openTokenDialog();
    void openSettings();

    // Tenants (mainwindowtenants.cpp). Without a session the window works on the client's
    // connection as it is (tests of a single tenant).
    void setTenantSession(TenantSession *session, QNetworkAccessManager *network);
    TenantSwitcher *tenantSwitcher() const { return m_switcher; }
    void openTenantsDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showConnection();
    void updateTitle();
    void askToDiscardAndClose();
    void showAbout();
    void onLanguageChanged();
    void onTenantActivated(const QString &id);
    void askToLeaveTenant(const QString &targetName, std::function<void()> proceed);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    AppSettings *m_settings;
    LanguageManager *m_languages;
    ConfigPage *m_configPage;
    TokenHistory *m_history;
    QPointer<TokenDialog> m_tokenDialog;
    bool m_discardConfirmed = false;
    TenantSession *m_session = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TenantSwitcher *m_switcher = nullptr;
    QString m_shownTenantId;
    bool m_shownOpening = false; // the tenant being activated is shown (TenantBar::showOpening)
};

} // namespace Passdesk
