#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QWidget;

namespace Passdesk {

class BrowserSignInDialog;
class SecretPromptDialog;
class TenantSession;
struct Tenant;

// The main window's way between tenants: the tool bar combo, Ctrl+1..9, Sign out, and the
// prompt for a missing secret or an expired pasted token, or the browser sign-in. Before switching it asks the window
// whether work would be lost (LeaveCheck), so unsaved config edits are never dropped silently.
class TenantSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSwitcher)

public:
    // Calls proceed() when it is fine to leave the active tenant for the named one.
    using LeaveCheck
        = std::function<void(const QString &targetName, std::function<void()> proceed)>;

    TenantSwitcher(TenantSession *session, QWidget *window, LeaveCheck leaveCheck);
    ~TenantSwitcher() override;

    QComboBox *comboBox() const { return m_comboBox; }
    QList<QAction *> switchActions() const { return m_switchActions; }
    QAction *signOutAction() const { return m_signOutAction; }
    // How to sign in to the embedded sandbox (with the browser, or as its API client), made on
    // first use; null without a sandbox.
    QMenu *sandboxSignInMenu();
    SecretPromptDialog *openPrompt() const;
    BrowserSignInDialog *openBrowserSignIn() const;

    void requestSwitch(const QString &id);
    void retranslate();

signals:
    void keychainProblem(const QString &message);
    // The browser sign-in dialog finished with a sign-in.
    void signedInWithBrowser();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showActive();
    void askForCredentials(const Tenant &tenant, const QString &reason);
    void askForBrowserSignIn(const Tenant &tenant, const QString &reason);
    void showSandboxSignIn();

    TenantSession *m_session;
    QWidget *m_window;
    LeaveCheck m_leaveCheck;
    QComboBox *m_comboBox;
    QList<QAction *> m_switchActions;
    QAction *m_signOutAction;
    QMenu *m_sandboxSignInMenu = nullptr;
    QAction *m_sandboxBrowserAction = nullptr;
    QAction *m_sandboxApiClientAction = nullptr;
    QPointer<SecretPromptDialog> m_prompt;
    QPointer<BrowserSignInDialog> m_browserPrompt;
};

} // namespace Passdesk
