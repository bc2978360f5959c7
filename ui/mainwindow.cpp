#include "mainwindow.h"
#include "passdeskbuildid.h"

#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "configpage.h"
#include "core/settings/languagemanager.h"
#include "passdeskcolours.h"
#include "questionbox.h"
#include "settingsdialog.h"
#include "textshaping.h"
#include "tokendialog.h"
#include "tenantswitcher.h"
#include "tokenhistory.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>

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
    // Passdesk's own texts (the config page did so itself); messages from elsewhere are
    // shaped, and the tenant's name, address and client as they need (showConnection).
    useUnshapedText(this);
    m_ui->setupUi(this);
    useShapedText(m_ui->keychainNoticeLabel);
    useShapedText(m_ui->statusBar);
    m_ui->keychainNoticeLabel->setPanelStyle(warningNoticeStyle());
    m_ui->keychainNoticeLabel->setPadding(6, 6);
    m_ui->environmentBadgeLabel->setPadding(3, 10);
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
    const ConnectionSettings &connection = m_client->connection();
    const bool open = connection.apiRoot.isValid();
    m_ui->environmentBadgeLabel->setVisible(open);
    m_ui->apiVersionLabel->setVisible(open);
    m_ui->clientIdLabel->setVisible(open && !connection.clientId.isEmpty());
    m_ui->generateTokenAction->setEnabled(open);
    updateCredentialsLabel();
    if (!open) {
        showProductionOutline(false);
        useUnshapedText(m_ui->tenantNameLabel);
        m_ui->tenantNameLabel->setText(tr("No tenant open"));
        m_ui->endpointLabel->clear();
        m_ui->environmentBadgeLabel->setAccessibleName(QString());
        updateTitle();
        return;
    }
    const QString endpoint = connection.apiRoot.toDisplayString();
    useShapingFor(m_ui->tenantNameLabel, { connection.displayName });
    useShapingFor(m_ui->endpointLabel, { endpoint });
    useShapingFor(m_ui->clientIdLabel, { connection.clientId });
    m_ui->tenantNameLabel->setText(connection.displayName);
    m_ui->apiVersionLabel->setText(tr("API %1").arg(apiVersionKey(connection.version)));
    m_ui->clientIdLabel->setText(tr("Client %1").arg(connection.clientId));
    m_ui->endpointLabel->setText(endpoint);
    const Environment environment = connection.sandbox ? Environment::Sandbox
        : connection.testTenant                         ? Environment::Test
                                                        : Environment::Production;
    const QString badge = environment == Environment::Sandbox ? tr("Sandbox")
        : environment == Environment::Test                    ? tr("Test tenant")
                                                              : tr("Production");
    // Production gets a red frame as well as its badge: the tenant bar is what eyes return to.
    showProductionOutline(environment == Environment::Production);
    m_ui->environmentBadgeLabel->setText(badge);
    m_ui->environmentBadgeLabel->setPanelStyle(environmentBadgeStyle(environment));
    m_ui->environmentBadgeLabel->setAccessibleName(tr("Environment: %1").arg(badge));
    updateTitle();
}

void MainWindow::showProductionOutline(bool production)
{
    // The outline takes the place of the styled frame, as wide as the eye needs.
    m_ui->tenantBarFrame->setFrameShape(production ? QFrame::NoFrame : QFrame::StyledPanel);
    m_ui->tenantBarFrame->setPanelStyle(production ? productionOutlineStyle() : PanelStyle {});
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
        showConnection();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Passdesk
