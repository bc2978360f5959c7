#pragma once

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

namespace Ui {
class TenantsDialog;
}

class QMessageBox;
class QNetworkAccessManager;

namespace Passdesk {

class ConnectionTestPanel;
class TenantForm;
class TenantSession;
struct Tenant;

// Add, edit, remove and test the stored tenants. The list on the left marks production tenants in
// words (not colour alone); the form on the right edits one tenant. Save applies only what
// changed: the tenant's settings when they differ, the secret only when one was typed. Leaving a
// tenant with unsaved edits (another selection, Add, Close) asks first. The embedded sandbox
// tenant is not stored, so it is not listed.
class TenantsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsDialog)

public:
    TenantsDialog(
        TenantSession *session, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~TenantsDialog() override;

    TenantForm *form() const { return m_form; }
    ConnectionTestPanel *testPanel() const { return m_panel; }
    // The stored tenant shown in the form; empty while a new one is edited.
    QString currentTenantId() const { return m_currentId; }

    // Shows the stored tenant (or a new one for an empty id), asking first about unsaved edits.
    void selectTenant(const QString &id);
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillList();
    void restoreSelection();
    void showTenant(const QString &id);
    void askAboutEdits(std::function<void()> proceed);
    bool saveEdits();
    void confirmRemove();
    void updateState();
    QString itemText(const Tenant &tenant) const;

    std::unique_ptr<Ui::TenantsDialog> m_ui;
    TenantSession *m_session;
    TenantForm *m_form;
    ConnectionTestPanel *m_panel;
    QString m_currentId;
    QString m_savedMessage;
    QPointer<QMessageBox> m_editsBox;
    QPointer<QMessageBox> m_removeBox;
    bool m_filling = false;
    bool m_discarding = false;
};

} // namespace Passdesk
