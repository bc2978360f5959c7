// The main window's tenant side: switching, the tenants dialog, the first-run assistant, the
// sign-in state and the keychain notice. Kept apart from mainwindow.cpp to keep both small.

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "configpage.h"
#include "mainwindow.h"
#include "questionbox.h"
#include "core/secrets/secretvault.h"
#include "tenantsdialog.h"
#include "core/tenants/tenantsession.h"
#include "tenantswitcher.h"
#include "tokendialog.h"
#include "ui_mainwindow.h"

#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace Passdesk {

void MainWindow::setTenantSession(TenantSession *session, QNetworkAccessManager *network)
{
    Q_ASSERT(!m_session);
    m_session = session;
    m_network = network;
    m_switcher = new TenantSwitcher(
        session, this, [this](const QString &target, std::function<void()> proceed) {
            askToLeaveTenant(target, std::move(proceed));
        });
    QAction *first = m_ui->mainToolBar->actions().value(0);
    m_ui->mainToolBar->insertWidget(first, m_switcher->comboBox());
    m_ui->mainToolBar->insertAction(first, m_ui->manageTenantsAction);
    m_ui->mainToolBar->insertSeparator(first);
    m_ui->manageTenantsAction->setVisible(true);
    m_ui->tenantMenu->menuAction()->setVisible(true);
    m_ui->tenantMenu->addAction(m_switcher->signOutAction());
    m_ui->tenantMenu->addSeparator();
    m_ui->tenantMenu->addActions(m_switcher->switchActions());
    connect(m_ui->manageTenantsAction, &QAction::triggered, this, &MainWindow::openTenantsDialog);
    connect(session, &TenantSession::activated, this, &MainWindow::onTenantActivated);
    connect(session, &TenantSession::activationFailed, this,
        [this](const QString &, const QString &reason) { statusBar()->showMessage(reason); });
    connect(m_switcher, &TenantSwitcher::keychainProblem, this, &MainWindow::showKeychainNotice);
    connect(m_client, &ApiClient::credentialsNeeded, this, &MainWindow::updateCredentialsLabel);
    connect(m_client, &ApiClient::signedOut, this, [this] {
        updateCredentialsLabel();
        statusBar()->showMessage(
            tr("Signed out. Passdesk signs in again on the next request."), 5000);
    });
    m_credentialsTimer = new QTimer(this);
    m_credentialsTimer->setInterval(30 * 1000); // a pasted token's "valid until" goes stale
    connect(m_credentialsTimer, &QTimer::timeout, this, &MainWindow::updateCredentialsLabel);
    m_shownTenantId = session->activeId();
    showConnection();
}

void MainWindow::onTenantActivated(const QString &id)
{
    const bool sameTenant = id == m_shownTenantId && !id.isEmpty();
    m_shownTenantId = id;
    if (!sameTenant && m_tokenDialog)
        m_tokenDialog->close(); // its caller, token and history line belong to the old tenant
    m_configPage->setTenantName(m_client->connection().displayName);
    showConnection();
    // The same tenant again (new credentials, an edited lock): keep unsaved edits.
    if (sameTenant && m_configPage->hasUnsavedChanges())
        return;
    m_configPage->startOver(!id.isEmpty());
}

void MainWindow::askToLeaveTenant(const QString &targetName, std::function<void()> proceed)
{
    if (!m_configPage->hasUnsavedChanges()) {
        proceed();
        return;
    }
    // Rich text: the tenant names are the user's own words, so they are escaped.
    QMessageBox *box = newQuestionBox(this, QMessageBox::Warning,
        QStringLiteral("switchTenantMessageBox"), tr("Unsaved changes"),
        tr("The password org config of %1 has changes that are not saved. "
           "Discard them and switch to %2?")
            .arg(m_client->connection().displayName.toHtmlEscaped(), targetName.toHtmlEscaped()));
    QPushButton *discard = addQuestionButton(box, tr("Discard and switch"),
        QMessageBox::DestructiveRole, QStringLiteral("discardAndSwitchButton"));
    QPushButton *keep = addQuestionButton(
        box, tr("Keep editing"), QMessageBox::RejectRole, QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this,
        [discard, proceed = std::move(proceed)](QAbstractButton *button) {
            if (button == discard)
                proceed();
        });
    box->open();
}

void MainWindow::openTenantsDialog()
{
    if (!m_session)
        return;
    if (auto *open = findChild<TenantsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new TenantsDialog(m_session, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showKeychainNotice(const QString &message)
{
    m_ui->keychainNoticeLabel->setText(message);
    m_ui->keychainNoticeLabel->setVisible(true);
}

void MainWindow::updateCredentialsLabel()
{
    const ConnectionSettings &connection = m_client->connection();
    QString text;
    if (m_session && connection.apiRoot.isValid()
        && connection.authMethod == AuthMethod::AccessToken) {
        const QDateTime expiresAt = m_client->accessTokens()->expiresAt();
        if (!m_client->accessTokens()->hasToken())
            text = tr("Pasted access token: expired or refused");
        else if (expiresAt.isValid() && expiresAt < QDateTime::currentDateTimeUtc().addMonths(1))
            text = tr("Pasted access token, valid until %1")
                       .arg(QLocale().toString(
                           expiresAt.toLocalTime().time(), QLocale::ShortFormat));
        else
            text = tr("Pasted access token");
    }
    m_ui->credentialsLabel->setText(text);
    m_ui->credentialsLabel->setVisible(!text.isEmpty());
    // Only a pasted token's label can go stale; nothing ticks for the other tenants.
    if (m_credentialsTimer && text.isEmpty())
        m_credentialsTimer->stop();
    else if (m_credentialsTimer && !m_credentialsTimer->isActive())
        m_credentialsTimer->start();
}

} // namespace Passdesk
