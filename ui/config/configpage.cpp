#include "configpage.h"

#include "apiclient.h"
#include "configdialogs.h"
#include "errorview.h"
#include "ui_configpage.h"

#include <QAction>
#include <QLocale>
#include <QTime>

namespace Passdesk {

ConfigPage::ConfigPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConfigPage>())
    , m_client(client)
    , m_errorView(new ErrorView(this))
    , m_refreshAction(new QAction(this))
    , m_saveAction(new QAction(this))
    , m_revertAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_errorView->setObjectName(QStringLiteral("configErrorView"));
    m_ui->errorLayout->addWidget(m_errorView);

    m_refreshAction->setObjectName(QStringLiteral("configRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_saveAction->setObjectName(QStringLiteral("configSaveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction->setObjectName(QStringLiteral("configRevertAction"));
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    retranslateActions();
    for (QAction *action : {m_refreshAction, m_saveAction, m_revertAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_refreshAction, &QAction::triggered, this, &ConfigPage::refresh);
    connect(m_saveAction, &QAction::triggered, this, &ConfigPage::save);
    connect(m_revertAction, &QAction::triggered, this, &ConfigPage::revert);
    connect(m_ui->configRefreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_ui->configSaveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_ui->configRevertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_ui->configCreateButton, &QPushButton::clicked, this, &ConfigPage::create);

    connect(m_ui->customInstructionsCheckBox, &QCheckBox::toggled, this, &ConfigPage::updateState);
    connect(m_ui->digitTokenEnabledCheckBox, &QCheckBox::toggled, this, &ConfigPage::updateState);
    connect(m_ui->digitTokenDurationSpinBox, &QSpinBox::valueChanged, this, &ConfigPage::updateState);
    connect(m_ui->digitTokenLengthSpinBox, &QSpinBox::valueChanged, this, &ConfigPage::updateState);
    connect(m_errorView, &ErrorView::retryRequested, this, [this] {
        if (m_retry)
            m_retry();
    });
    connect(m_errorView, &ErrorView::retryBlockedChanged, this, &ConfigPage::updateState);
    connect(m_client, &ApiClient::scopesChanged, this, &ConfigPage::updateState);

    m_ui->configProgressBar->setVisible(false);
    m_ui->configCreateButton->setVisible(false);
    m_errorView->setUiLanguages(client->uiLanguages());
    m_errorView->setTenantName(client->connection().displayName);
    showForm(OrgConfig {});
    m_statusText = tr("The org config has not been loaded yet.");
    updateStatusTexts();
    updateState();
}

ConfigPage::~ConfigPage()
{
    if (m_pending)
        m_pending->abort();
}

void ConfigPage::setUiLanguages(const QStringList &languages)
{
    m_errorView->setUiLanguages(languages);
}

void ConfigPage::setTenantName(const QString &tenant)
{
    m_errorView->setTenantName(tenant);
}

bool ConfigPage::canEdit() const
{
    return m_client->canManageConfig() && !m_forbidden;
}

bool ConfigPage::hasUnsavedChanges() const
{
    return m_loaded && editedConfig() != *m_loaded;
}

void ConfigPage::load()
{
    startLoad();
}

void ConfigPage::refresh()
{
    if (m_pending)
        return;
    if (hasUnsavedChanges())
        askToDiscardEdits(this, [this] { startLoad(); });
    else
        startLoad();
}

void ConfigPage::startLoad()
{
    if (m_pending)
        return;
    OrgConfigReply *reply = m_client->getOrgConfig();
    m_statusText = tr("Loading the password org config…");
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            m_missing = false;
            onLoaded(reply->config(), tr("Loaded at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        } else if (reply->configMissing()) {
            m_missing = true;
            m_loaded.reset();
            m_errorView->clear();
            showForm(OrgConfig {});
            m_statusText = tr("This tenant has no password org config yet. The form shows the defaults; "
                              "Create config saves them to the tenant.");
            updateStatusTexts();
            updateState();
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            m_retry = [this] { startLoad(); };
            m_statusText = m_loaded ? tr("The config could not be reloaded; the form shows what was loaded before.")
                                    : tr("The password org config could not be loaded.");
            showFailure(reply->error());
        }
    });
}

void ConfigPage::onLoaded(const OrgConfig &config, const QString &status)
{
    m_loaded = config;
    m_errorView->clear();
    showForm(config);
    m_statusText = status;
    updateStatusTexts();
    updateState();
    emit configLoaded(config);
}

void ConfigPage::showForm(const OrgConfig &config)
{
    m_ui->customInstructionsCheckBox->setChecked(config.customInstructionsEnabled);
    m_ui->digitTokenEnabledCheckBox->setChecked(config.digitTokenEnabled);
    m_ui->digitTokenDurationSpinBox->setValue(config.digitTokenDurationMinutes);
    m_ui->digitTokenLengthSpinBox->setValue(config.digitTokenLength);
    updateState();
}

OrgConfig ConfigPage::editedConfig() const
{
    OrgConfig config;
    config.customInstructionsEnabled = m_ui->customInstructionsCheckBox->isChecked();
    config.digitTokenEnabled = m_ui->digitTokenEnabledCheckBox->isChecked();
    config.digitTokenDurationMinutes = m_ui->digitTokenDurationSpinBox->value();
    config.digitTokenLength = m_ui->digitTokenLengthSpinBox->value();
    return config;
}

void ConfigPage::revert()
{
    if (m_loaded && !m_pending)
        showForm(*m_loaded);
}

void ConfigPage::setBusy(ApiReply *reply)
{
    m_pending = reply;
    m_ui->configProgressBar->setVisible(reply != nullptr);
    updateStatusTexts();
    updateState();
    emit busyChanged(reply != nullptr);
}

void ConfigPage::showFailure(const ApiError &error)
{
    m_errorView->setUiLanguages(m_client->uiLanguages());
    m_errorView->showError(error);
    updateStatusTexts();
    updateState();
}

void ConfigPage::updateState()
{
    const bool busy = m_pending != nullptr;
    const bool editable = canEdit() && !busy && (m_loaded || m_missing);
    const bool tokensOn = m_ui->digitTokenEnabledCheckBox->isChecked();
    m_ui->customInstructionsCheckBox->setEnabled(editable);
    m_ui->digitTokenEnabledCheckBox->setEnabled(editable);
    // Disabled while digit tokens are off, but the values stay as they are.
    m_ui->digitTokenDurationSpinBox->setEnabled(editable && tokensOn);
    m_ui->digitTokenLengthSpinBox->setEnabled(editable && tokensOn);

    const bool dirty = hasUnsavedChanges();
    const bool blocked = m_errorView->isRetryBlocked();
    m_saveAction->setEnabled(dirty && editable && !blocked);
    m_revertAction->setEnabled(dirty && !busy);
    m_refreshAction->setEnabled(!busy && !blocked);
    m_ui->configSaveButton->setEnabled(m_saveAction->isEnabled());
    m_ui->configRevertButton->setEnabled(m_revertAction->isEnabled());
    m_ui->configRefreshButton->setEnabled(m_refreshAction->isEnabled());
    m_ui->configCreateButton->setVisible(m_missing);
    m_ui->configCreateButton->setEnabled(m_missing && editable && !blocked);

    const OrgConfig edited = editedConfig();
    auto mark = [this, &edited](QLabel *marker, const char *field) {
        const bool changed = m_loaded && formatField(field, *m_loaded) != formatField(field, edited);
        marker->setVisible(changed);
        if (changed)
            marker->setToolTip(tr("Saved value: %1").arg(formatField(field, *m_loaded)));
    };
    mark(m_ui->customInstructionsChangedLabel, "customInstructionsEnabled");
    mark(m_ui->digitTokenEnabledChangedLabel, "digitTokenEnabled");
    mark(m_ui->digitTokenDurationChangedLabel, "digitTokenDurationMinutes");
    mark(m_ui->digitTokenLengthChangedLabel, "digitTokenLength");

    QString readOnly;
    if (m_client->connection().readOnly)
        readOnly = tr("This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.");
    else if (!canEdit())
        readOnly = tr("This API client may read the settings but not change them: it lacks the scope %1.")
                       .arg(QLatin1String(Scopes::configManage));
    m_ui->configReadOnlyLabel->setText(readOnly);
    m_ui->configReadOnlyLabel->setVisible(!readOnly.isEmpty());

    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void ConfigPage::retranslateActions()
{
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the org config from the server again (F5)"));
    m_saveAction->setText(tr("&Save…"));
    m_saveAction->setToolTip(tr("Send the changed settings to the server (Ctrl+S)"));
    m_revertAction->setText(tr("Re&vert"));
    m_revertAction->setToolTip(tr("Go back to the values loaded from the server (Ctrl+R)"));
}

void ConfigPage::updateStatusTexts()
{
    m_ui->configStatusLabel->setText(m_statusText);
}

void ConfigPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateActions();
        updateStatusTexts();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
