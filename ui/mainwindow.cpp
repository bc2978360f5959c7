#include "mainwindow.h"
#include "passdeskbuildid.h"

#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/languagemanager.h"
#include "core/tenants/tenantsession.h"
#include "configpage.h"
#include "passdeskcolours.h"
#include "questionbox.h"
#include "settingsdialog.h"
#include "tenantbar.h"
#include "tenantsdialog.h"
#include "tenantswitcher.h"
#include "tokendialog.h"
#include "tokenhistory.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

namespace Passdesk {

MainWindow::MainWindow(ApiClient *client, AppSettings *settings, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_settings(settings)
    , m_languages(languages)
    , m_configPage(new ConfigPage(client, this))
    , m_history(new TokenHistory(this))
{
    m_ui->setupUi(this);
    m_ui->tenantBar->setClient(client);
    m_configPage->setObjectName(QStringLiteral("configPage"));
    m_ui->centralLayout->addWidget(m_configPage, 1);

    m_ui->configMenu->addAction(m_configPage->refreshAction());
    m_ui->configMenu->addAction(m_configPage->saveAction());
    m_ui->configMenu->addAction(m_configPage->revertAction());
    m_ui->mainToolBar->addAction(m_configPage->refreshAction());
    m_ui->mainToolBar->addAction(m_configPage->saveAction());
    m_ui->mainToolBar->addAction(m_configPage->revertAction());
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->generateTokenAction);
    m_ui->tenantMenu->addActions(m_ui->tenantBar->copyActions());

    connect(m_ui->generateTokenAction, &QAction::triggered, this, &MainWindow::openTokenDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &MainWindow::onLanguageChanged);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_configPage, &ConfigPage::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_configPage, &ConfigPage::configLoaded, this, [this](const OrgConfig &config) {
        if (m_tokenDialog)
            m_tokenDialog->setOrgConfig(config);
    });

    m_configPage->setUiLanguages(client->uiLanguages());
    m_configPage->setTenantName(client->connection().displayName);
    showConnection();
    if (const QByteArray geometry = settings->mainWindowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    m_ui->manageTenantsAction->setVisible(false); // until a tenant session is set
    m_ui->tenantMenu->menuAction()->setVisible(false);
    // Load once the window is up, so the first paint does not wait for the network. With
    // tenants, activating one loads instead.
    if (client->connection().apiRoot.isValid())
        QMetaObject::invokeMethod(m_configPage, &ConfigPage::load, Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::generateTokenAction() const
{
    return m_ui->generateTokenAction;
}

TokenDialog *MainWindow::openTokenDialog()
{
    if (m_tokenDialog) {
        m_tokenDialog->raise();
        m_tokenDialog->activateWindow();
        return m_tokenDialog;
    }
    auto *dialog = new TokenDialog(m_client, m_settings, m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUiLanguages(m_client->uiLanguages());
    dialog->setTenantName(m_client->connection().displayName);
    dialog->setOrgConfig(m_configPage->loadedConfig());
    m_tokenDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::openSettings()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_languages, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onLanguageChanged()
{
    // The server is asked for its messages in the new language from the next request on.
    const QStringList languages = m_languages->uiLanguages();
    m_client->setUiLanguages(languages);
    m_configPage->setUiLanguages(languages);
    if (m_tokenDialog)
        m_tokenDialog->setUiLanguages(languages);
}

void MainWindow::showConnection()
{
    m_ui->generateTokenAction->setEnabled(m_client->connection().apiRoot.isValid());
    m_ui->tenantBar->showConnection();
    updateTitle();
}

void MainWindow::updateTitle()
{
    // [*] shows the unsaved-changes mark that setWindowModified() controls.
    if (m_client->connection().apiRoot.isValid())
        setWindowTitle(tr("%1 – Passdesk [*]").arg(m_client->connection().displayName));
    else
        setWindowTitle(tr("Passdesk [*]"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_configPage->hasUnsavedChanges() && !m_discardConfirmed) {
        event->ignore();
        askToDiscardAndClose();
        return;
    }
    m_settings->setMainWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::askToDiscardAndClose()
{
    QMessageBox *box = newQuestionBox(this, QMessageBox::Warning, QStringLiteral("unsavedChangesMessageBox"),
                                      tr("Unsaved changes"),
                                      tr("The password org config has changes that are not saved. "
                                         "Discard them and close Passdesk?"));
    QPushButton *discard = addQuestionButton(box, tr("Discard changes"), QMessageBox::DestructiveRole,
                                             QStringLiteral("discardChangesButton"));
    QPushButton *keep = addQuestionButton(box, tr("Keep editing"), QMessageBox::RejectRole,
                                          QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button != discard)
            return;
        m_discardConfirmed = true;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    box->open();
}

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
    m_ui->tenantMenu->addSeparator();
    m_ui->tenantMenu->addAction(m_switcher->signOutAction());
    m_ui->tenantMenu->addSeparator();
    m_ui->tenantMenu->addActions(m_switcher->switchActions());
    // How to sign in to the sandbox: its submenu is made when the menu first opens. The menu
    // lists the other tenants: the agent may be about to switch, so their connections open.
    connect(m_ui->tenantMenu, &QMenu::aboutToShow, this, [this] {
        m_session->preconnectOthers();
        QMenu *sandbox = m_switcher->sandboxSignInMenu();
        if (sandbox && !m_ui->tenantMenu->actions().contains(sandbox->menuAction())) {
            m_ui->tenantMenu->addSeparator();
            m_ui->tenantMenu->addMenu(sandbox);
        }
    });
    connect(m_ui->manageTenantsAction, &QAction::triggered, this, &MainWindow::openTenantsDialog);
    connect(session, &TenantSession::activated, this, &MainWindow::onTenantActivated);
    connect(session, &TenantSession::activationFailed, this,
        [this](const QString &, const QString &reason) {
            statusBar()->showMessage(reason);
            if (m_shownOpening) { // back to what is open, if anything
                m_shownOpening = false;
                showConnection();
                m_configPage->startOver(m_client->connection().apiRoot.isValid());
            }
        });
    connect(m_switcher, &TenantSwitcher::keychainProblem, m_ui->tenantBar,
        &TenantBar::showKeychainNotice);
    connect(m_switcher, &TenantSwitcher::signedInWithBrowser, this, [this] {
        // Read again as the person now signed in (what failed for want of a sign-in, and what
        // they may do); an edit in the form is never replaced.
        if (!m_configPage->hasUnsavedChanges())
            m_configPage->load();
    });
    connect(m_client, &ApiClient::signedOut, this, [this] {
        statusBar()->showMessage(
            tr("Signed out. Passdesk signs in again on the next request."), 5000);
    });
    m_ui->tenantBar->followCredentials();
    m_shownTenantId = session->activeId();
    showConnection();
    // Started before the window was made: shown as opening from the first frame, so the window
    // is laid out once for it.
    if (const std::optional<Tenant> opening = session->activatingTenant()) {
        m_shownOpening = true;
        m_ui->tenantBar->showOpening(opening->connection());
        m_configPage->showOpening();
    }
}

void MainWindow::onTenantActivated(const QString &id)
{
    const bool sameTenant = id == m_shownTenantId && !id.isEmpty();
    m_shownTenantId = id;
    m_shownOpening = false;
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

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Passdesk"),
                                tr("<b>Passdesk %1</b> (build %2)<br>Password Org Config and helpdesk digit tokens "
                                   "for Identity Security Cloud.<br>Built with Qt %3, running on Qt %4.<br>"
                                   "License: MIT<br>Settings: %5")
                                    .arg(QStringLiteral(PASSDESK_VERSION), QStringLiteral(PASSDESK_BUILD_ID),
                                         QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                         m_settings->fileName().toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_switcher)
            m_switcher->retranslate();
        updateTitle(); // the tenant bar retranslates itself (also while a tenant opens)
    }
    QMainWindow::changeEvent(event);
}

} // namespace Passdesk
