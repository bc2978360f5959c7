#pragma once

#include "core/tenants/connectiontester.h"

#include <QWidget>
#include <optional>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace Passdesk {

class TenantForm;
class TenantSession;

// "Test connection" for the tenant a TenantForm shows, as it is now (saved or not): signs in with
// the secret typed or, when none was, the stored one, reads the org config and lists what worked
// and which scopes each Passdesk feature lacks. Used by the Tenants dialog and the first-run
// assistant; one ConnectionTester each, cancelled when the panel goes.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    ConnectionTestPanel(TenantSession *session, QNetworkAccessManager *network, TenantForm *form,
        QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    void start();
    void cancel();
    // Cancels and forgets the last result (another tenant is shown).
    void clear();
    bool isRunning() const { return m_tester->isRunning(); }
    std::optional<ConnectionReport> report() const { return m_report; }

signals:
    void finished(const Passdesk::ConnectionReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void run(const ConnectionSettings &connection);
    void showMessage(const QString &text);
    void render();
    void updateState();
    void retranslate();

    TenantSession *m_session;
    TenantForm *m_form;
    ConnectionTester *m_tester;
    QPushButton *m_button;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_result;
    std::optional<ConnectionReport> m_report;
    QString m_message;
    int m_generation = 0;
};

} // namespace Passdesk
