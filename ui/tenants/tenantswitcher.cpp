#include "tenantswitcher.h"

#include "browsersignindialog.h"
#include "core/api/apiclient.h"
#include "passdeskcolours.h"
#include "plaintooltip.h"
#include "secretpromptdialog.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantsession.h"
#include "core/tenants/tenantstore.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QEvent>
#include <QWidget>

namespace Passdesk {

namespace {

Environment environmentOf(const Tenant &tenant)
{
    if (tenant.id == TenantSession::sandboxId)
        return Environment::Sandbox;
    return tenant.isProduction() ? Environment::Production : Environment::Test;
}

QString environmentName(const Tenant &tenant)
{
    if (tenant.id == TenantSession::sandboxId)
        return TenantSwitcher::tr("sandbox");
    return tenant.isProduction() ? TenantSwitcher::tr("production")
                                 : TenantSwitcher::tr("test tenant");
}

} // namespace

TenantSwitcher::TenantSwitcher(TenantSession *session, QWidget *window, LeaveCheck leaveCheck)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_leaveCheck(std::move(leaveCheck))
    , m_comboBox(new QComboBox(window))
    , m_signOutAction(new QAction(this))
{
    m_comboBox->setObjectName(QStringLiteral("tenantComboBox"));
    // As wide as the names from the first show on (QComboBox's default); it follows later
    // changes from the first rebuild after that (AdjustToContents, set there: set now, it would
    // make the combo's popup before the first frame).
    m_comboBox->setMinimumContentsLength(16);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    for (int i = 1; i <= 9; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("switchTenantAction%1").arg(i));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] {
            const QList<Tenant> tenants = m_session->switchableTenants();
            if (i <= tenants.size())
                requestSwitch(tenants.at(i - 1).id);
        });
        m_switchActions.append(action);
    }
    // Pressing the combo opens its list: the agent is about to choose another tenant.
    m_comboBox->installEventFilter(this);
    connect(m_comboBox, qOverload<int>(&QComboBox::activated), this,
        [this](int index) { requestSwitch(m_comboBox->itemData(index).toString()); });
    connect(m_signOutAction, &QAction::triggered, m_session, &TenantSession::signOut);
    connect(m_session->store(), &TenantStore::tenantsChanged, this, &TenantSwitcher::rebuild);
    connect(m_session, &TenantSession::activated, this, &TenantSwitcher::showActive);
    connect(m_session, &TenantSession::needsCredentials, this, &TenantSwitcher::askForCredentials);
    connect(m_session->vault(), &SecretVault::keychainUnavailable, this,
        &TenantSwitcher::keychainProblem);
    retranslate(); // fills the combo
}

TenantSwitcher::~TenantSwitcher() = default;

bool TenantSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comboBox
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress))
        m_session->preconnectOthers();
    return QObject::eventFilter(watched, event);
}

SecretPromptDialog *TenantSwitcher::openPrompt() const
{
    return m_prompt;
}

BrowserSignInDialog *TenantSwitcher::openBrowserSignIn() const
{
    return m_browserPrompt;
}

QMenu *TenantSwitcher::sandboxSignInMenu()
{
    if (m_sandboxSignInMenu || !m_session->hasSandbox())
        return m_sandboxSignInMenu;
    m_sandboxSignInMenu = new QMenu(m_window);
    m_sandboxSignInMenu->setObjectName(QStringLiteral("sandboxSignInMenu"));
    auto *group = new QActionGroup(m_sandboxSignInMenu); // exclusive: one way at a time
    m_sandboxBrowserAction = m_sandboxSignInMenu->addAction(QString());
    m_sandboxBrowserAction->setObjectName(QStringLiteral("sandboxBrowserSignInAction"));
    m_sandboxApiClientAction = m_sandboxSignInMenu->addAction(QString());
    m_sandboxApiClientAction->setObjectName(QStringLiteral("sandboxApiClientSignInAction"));
    for (QAction *action : { m_sandboxBrowserAction, m_sandboxApiClientAction }) {
        action->setCheckable(true);
        group->addAction(action);
    }
    using SandboxSignIn = TenantSession::SandboxSignIn;
    connect(m_sandboxBrowserAction, &QAction::triggered, m_session,
        [this] { m_session->setSandboxSignIn(SandboxSignIn::Browser); });
    connect(m_sandboxApiClientAction, &QAction::triggered, m_session,
        [this] { m_session->setSandboxSignIn(SandboxSignIn::ApiClient); });
    connect(m_session, &TenantSession::sandboxSignInChanged, this,
        &TenantSwitcher::showSandboxSignIn);
    retranslate();
    return m_sandboxSignInMenu;
}

void TenantSwitcher::showSandboxSignIn()
{
    if (!m_sandboxSignInMenu)
        return;
    const bool browser = m_session->sandboxSignIn() == TenantSession::SandboxSignIn::Browser;
    m_sandboxBrowserAction->setChecked(browser);
    m_sandboxApiClientAction->setChecked(!browser);
}

void TenantSwitcher::rebuild()
{
    if (m_comboBox->isVisible())
        m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QSignalBlocker blocker(m_comboBox);
    m_comboBox->clear();
    const QList<Tenant> tenants = m_session->switchableTenants();
    for (const Tenant &tenant : tenants) {
        m_comboBox->addItem(environmentDot(environmentOf(tenant)), tenant.displayName, tenant.id);
        const int index = m_comboBox->count() - 1;
        const QString description = tr("%1 (%2)").arg(tenant.displayName, environmentName(tenant));
        m_comboBox->setItemData(index, plainToolTip(description), Qt::ToolTipRole); // the user's words
        m_comboBox->setItemData(index, description, Qt::AccessibleTextRole);
    }
    for (int i = 0; i < m_switchActions.size(); ++i) {
        QAction *action = m_switchActions.at(i);
        // A shortcut without a tenant is hidden, but still named: screen readers list a menu's
        // hidden items too.
        action->setEnabled(i < tenants.size());
        action->setVisible(i < tenants.size());
        action->setText(i < tenants.size() ? tr("Switch to %1").arg(tenants.at(i).displayName)
                                           : tr("Switch to tenant %1 (none set up)").arg(i + 1));
    }
    m_comboBox->setEnabled(!tenants.isEmpty());
    showActive();
}

void TenantSwitcher::showActive()
{
    const QSignalBlocker blocker(m_comboBox);
    m_comboBox->setCurrentIndex(m_comboBox->findData(m_session->activeId()));
    m_signOutAction->setEnabled(!m_session->activeId().isEmpty());
    if (m_prompt && m_prompt->tenantId() != m_session->activeId())
        m_prompt->reject(); // it asked for a tenant that is no longer open
    if (m_browserPrompt && m_browserPrompt->tenantId() != m_session->activeId())
        m_browserPrompt->reject();
}

void TenantSwitcher::requestSwitch(const QString &id)
{
    if (id.isEmpty() || id == m_session->activeId()) {
        showActive();
        return;
    }
    QString name;
    for (const Tenant &tenant : m_session->switchableTenants()) {
        if (tenant.id == id)
            name = tenant.displayName;
    }
    showActive(); // the combo shows the active tenant until the switch really happens
    m_leaveCheck(name, [this, id] { m_session->activate(id); });
}

void TenantSwitcher::askForCredentials(const Tenant &tenant, const QString &reason)
{
    if (m_session->client()->connection().authMethod == AuthMethod::BrowserSignIn) {
        askForBrowserSignIn(tenant, reason);
        return;
    }
    if (m_prompt && m_prompt->tenantId() == tenant.id) {
        m_prompt->setReason(reason);
        return;
    }
    if (m_prompt)
        m_prompt->reject();
    auto *prompt = new SecretPromptDialog(tenant, m_session->vault()->keychainUsable(), m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setReason(reason);
    connect(prompt, &SecretPromptDialog::credentialsEntered, m_session,
        &TenantSession::provideCredentials);
    m_prompt = prompt;
    prompt->open();
}

void TenantSwitcher::askForBrowserSignIn(const Tenant &tenant, const QString &reason)
{
    if (m_browserPrompt && m_browserPrompt->tenantId() == tenant.id) {
        m_browserPrompt->setReason(reason);
        return;
    }
    if (m_browserPrompt)
        m_browserPrompt->reject();
    auto *prompt = new BrowserSignInDialog(m_session, tenant, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, &TenantSwitcher::signedInWithBrowser);
    prompt->setReason(reason);
    m_browserPrompt = prompt;
    prompt->open();
}

void TenantSwitcher::retranslate()
{
    m_comboBox->setAccessibleName(tr("Active tenant"));
    m_comboBox->setToolTip(tr("Switch to another tenant (Ctrl+1 to Ctrl+9)"));
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutAction->setToolTip(
        tr("Forget the access token and the looked-up callers of this tenant"));
    if (m_sandboxSignInMenu) {
        m_sandboxSignInMenu->setTitle(tr("Sandbox sign-&in"));
        m_sandboxBrowserAction->setText(tr("With the &browser, as one of the sandbox's people "
                                           "(org admin, helpdesk agent, plain user)"));
        m_sandboxApiClientAction->setText(
            tr("As the sandbox's built-in &client (the org admin's personal access token)"));
        showSandboxSignIn();
    }
    rebuild();
}

} // namespace Passdesk
