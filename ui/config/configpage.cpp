#include "configpage.h"

#include "core/auth/accesstokenprovider.h"
#include "passdeskcolours.h"

#include "core/api/apiclient.h"
#include "busyindicator.h"
#include "configaccessnotice.h"
#include "configactions.h"
#include "configdialogs.h"
#include "configfields.h"
#include "configsaveflow.h"
#include "configstatustext.h"
#include "errorview.h"
#include "ui_configpage.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QTime>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <utility>

namespace Passdesk {

ConfigPage::ConfigPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConfigPage>())
    , m_client(client)
    , m_actions(new ConfigActions(this))
    , m_refreshAction(m_actions->refresh())
    , m_saveAction(m_actions->save())
    , m_revertAction(m_actions->revert())
    , m_busyDelay(new QTimer(this))
    , m_uiLanguages(client->uiLanguages())
{
    // The error view lives in the .ui, so the focus chain follows the visual order.
    m_ui->setupUi(this);
    // The config's values are numbers and switches, but no label here reads markup either.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    m_errorView = m_ui->configErrorView;
    m_fields = new ConfigFields(*m_ui, this);
    m_saveFlow = new ConfigSaveFlow(client, this,
        { [this] { return editedConfig(); }, [this] { return canEdit(); },
            [this] { return hasUnsavedChanges(); }, [this] { return m_pending != nullptr; } });
    connectSaveFlow();

    connect(m_refreshAction, &QAction::triggered, this, &ConfigPage::refresh);
    connect(m_saveAction, &QAction::triggered, this, &ConfigPage::save);
    connect(m_revertAction, &QAction::triggered, this, &ConfigPage::revert);
    connect(m_ui->configRefreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_ui->configSaveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_ui->configRevertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_ui->configCreateButton, &QPushButton::clicked, this, &ConfigPage::create);
    connect(m_ui->configCancelButton, &QPushButton::clicked, this, &ConfigPage::cancelRequest);

    connect(m_fields, &ConfigFields::changed, this, &ConfigPage::updateState);
    connect(m_errorView, &ErrorView::retryRequested, this, [this] {
        if (m_retry && !m_pending)
            m_retry();
    });
    connect(m_errorView, &ErrorView::retryBlockedChanged, this, &ConfigPage::updateState);
    // A lock set or lifted in the tenants dialog shows at once.
    connect(m_client, &ApiClient::connectionChanged, this, &ConfigPage::updateState);
    connect(m_client, &ApiClient::scopesChanged, this, [this] {
        // New scopes: the server judges again, an earlier 403 no longer stands.
        m_forbidden = false;
        updateState();
    });

    m_ui->configReadOnlyLabel->setPanelStyle(infoNoticeStyle());
    m_ui->configReadOnlyLabel->setPadding(6, 6);
    m_ui->configServerChangedLabel->setPanelStyle(warningNoticeStyle());
    m_ui->configServerChangedLabel->setPadding(6, 6);
    m_ui->configServerChangedLabel->hide();
    m_ui->configProgressBar->setVisible(false);
    // A loopback or LAN answer comes in milliseconds: a bar flashed for that long is noise, and
    // the busy bar's animation is the dearest thing the page paints.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(busyIndicatorDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (m_pending)
            m_ui->configProgressBar->show();
    });
    m_errorView->setUiLanguages(m_uiLanguages);
    m_errorView->setTenantName(client->connection().displayName);
    showForm(OrgConfig {});
    setStatus(ConfigStatusText::notLoadedYet());
}

ConfigPage::~ConfigPage()
{
    if (m_pending)
        m_pending->abort();
}

void ConfigPage::setUiLanguages(const QStringList &languages)
{
    m_uiLanguages = languages;
    m_errorView->setUiLanguages(languages);
}

void ConfigPage::setBusyDelay(int milliseconds)
{
    m_busyDelay->setInterval(milliseconds);
}

void ConfigPage::setTenantName(const QString &tenant)
{
    m_errorView->setTenantName(tenant);
}

bool ConfigPage::canEdit() const
{
    // canManageConfig() is false for a tenant locked read-only in Passdesk, too.
    return m_client->canManageConfig() && !m_forbidden;
}

std::optional<OrgConfig> ConfigPage::baseConfig() const
{
    if (m_loaded)
        return m_loaded;
    if (m_missing)
        return OrgConfig {}; // the contract's defaults are what Create starts from
    return std::nullopt;
}

bool ConfigPage::hasUnsavedChanges() const
{
    const std::optional<OrgConfig> base = baseConfig();
    return base && editedConfig() != *base;
}

void ConfigPage::connectSaveFlow()
{
    connect(m_saveFlow, &ConfigSaveFlow::statusChanged, this,
        [this](const ConfigSaveFlow::StatusText &status) { setStatus(status); });
    connect(m_saveFlow, &ConfigSaveFlow::busyWith, this, &ConfigPage::setBusy);
    connect(m_saveFlow, &ConfigSaveFlow::questionOpened, this,
        [this](QWidget *question) { m_question = question; });
    connect(m_saveFlow, &ConfigSaveFlow::created, this, [this] { m_missing = false; });
    connect(m_saveFlow, &ConfigSaveFlow::stored, this,
        [this](const OrgConfig &config, const ConfigSaveFlow::StatusText &status) {
            onLoaded(config, status);
        });
    connect(m_saveFlow, &ConfigSaveFlow::storedOtherValues, this,
        [this](const ConfigSaveFlow::StatusText &notice) { setServerChangedNotice(notice); });
    connect(m_saveFlow, &ConfigSaveFlow::baseReplaced, this, [this](const OrgConfig &server) {
        m_loaded = server;
        emit configLoaded(server);
        updateState();
    });
    connect(m_saveFlow, &ConfigSaveFlow::failed, this, [this](const ApiError &error, bool write) {
        if (write && error.httpStatus == 403)
            m_forbidden = true; // the form turns read-only and says which scope is missing
        showFailure(error, [this] { save(); });
    });
}

void ConfigPage::save()
{
    if (m_missing) {
        create();
        return;
    }
    if (m_pending || isAsking() || !m_loaded || !hasUnsavedChanges() || !canEdit())
        return;
    m_saveFlow->save(*m_loaded);
}

void ConfigPage::create()
{
    if (m_pending || isAsking() || !m_missing || !canEdit())
        return;
    m_saveFlow->create();
}

void ConfigPage::load()
{
    startLoad();
}

void ConfigPage::showOpening()
{
    // The tenant is known and its secret is being read: the page looks as it will while the
    // config loads, so the load that follows changes words, not the layout.
    m_opening = true;
    setStatus(ConfigStatusText::loading());
    updateState();
}

void ConfigPage::startOver(bool loadNow)
{
    if (m_question)
        m_question->deleteLater();
    m_question = nullptr;
    if (ApiReply *pending = m_pending) {
        pending->disconnect(this);
        pending->abort();
        setBusy(nullptr);
    }
    m_loaded.reset();
    m_missing = false;
    m_forbidden = false;
    m_retry = nullptr;
    m_errorView->clear();
    setServerChangedNotice({});
    showForm(OrgConfig {});
    if (loadNow)
        startLoad(); // while still opening: Cancel stays shown as it turns busy
    else
        setStatus(ConfigStatusText::noTenant());
    if (std::exchange(m_opening, false) && !loadNow)
        updateState();
}

void ConfigPage::refresh()
{
    if (m_pending || isAsking())
        return;
    if (hasUnsavedChanges())
        m_question = askToDiscardEdits(this, [this] { startLoad(); });
    else
        startLoad();
}

void ConfigPage::startLoad()
{
    if (m_pending)
        return;
    OrgConfigReply *reply = m_client->getOrgConfig();
    setServerChangedNotice({}); // about the last save; a load starts afresh
    setStatus(ConfigStatusText::loading());
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            m_missing = false;
            onLoaded(reply->config(), ConfigStatusText::loadedAt(QTime::currentTime()));
        } else if (reply->configMissing()) {
            m_missing = true;
            m_loaded.reset();
            m_retry = nullptr;
            m_errorView->clear();
            showForm(OrgConfig {});
            setStatus(ConfigStatusText::noConfigOnTheTenant());
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            setStatus(ConfigStatusText::loadFailed(m_loaded.has_value()));
            showFailure(reply->error(), [this] { startLoad(); });
        }
    });
}

void ConfigPage::onLoaded(const OrgConfig &config, std::function<QString()> status)
{
    m_loaded = config;
    m_retry = nullptr;
    m_errorView->clear();
    setServerChangedNotice({}); // the save flow says it again after stored(), when it applies
    showForm(config);
    setStatus(std::move(status));
    emit configLoaded(config);
}

void ConfigPage::showForm(const OrgConfig &config)
{
    const QSignalBlocker quiet(m_fields);
    m_fields->show(config);
    updateState();
}

OrgConfig ConfigPage::editedConfig() const
{
    return m_fields->edited();
}

void ConfigPage::revert()
{
    const std::optional<OrgConfig> base = baseConfig();
    if (base && !m_pending)
        showForm(*base);
}

void ConfigPage::cancelRequest()
{
    ApiReply *pending = m_pending;
    if (!pending)
        return;
    // The load or save that started it hears Canceled and leaves the form alone.
    pending->abort();
    setBusy(nullptr);
    setStatus(ConfigStatusText::cancelled(hasUnsavedChanges(), baseConfig().has_value()));
}

void ConfigPage::setBusy(ApiReply *reply)
{
    m_pending = reply;
    if (reply) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_ui->configProgressBar->hide();
    }
    updateState();
    emit busyChanged(reply != nullptr);
}

void ConfigPage::showFailure(const ApiError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    // Retrying a refusal for missing rights only earns the same refusal.
    m_errorView->setRetryVisible(m_retry && error.httpStatus != 403);
    m_errorView->setUiLanguages(m_uiLanguages);
    m_errorView->showError(error);
    updateState();
}

void ConfigPage::updateState()
{
    const bool busy = m_pending != nullptr;
    const bool editable = canEdit() && !busy && baseConfig().has_value();
    m_fields->setEditable(editable);

    const bool dirty = hasUnsavedChanges();
    if (dirty && m_serverChanged)
        setServerChangedNotice({}); // the admin edits again: the last save's notice is old
    const bool blocked = m_errorView->isRetryBlocked();
    // With no config on the tenant, Save (Ctrl+S) creates it: the defaults are worth saving too.
    m_saveAction->setEnabled(editable && !blocked && (dirty || m_missing));
    m_revertAction->setEnabled(dirty && !busy);
    m_refreshAction->setEnabled(!busy && !blocked && !m_opening);
    // Every wait can be stopped; the page is usable again at once. While the tenant opens there
    // is nothing to stop yet: the button is there, disabled.
    m_ui->configCancelButton->setVisible(busy || m_opening);
    m_ui->configCancelButton->setEnabled(busy);
    m_ui->configSaveButton->setVisible(!m_missing);
    m_ui->configSaveButton->setEnabled(m_saveAction->isEnabled());
    m_ui->configRevertButton->setEnabled(m_revertAction->isEnabled());
    m_ui->configRefreshButton->setEnabled(m_refreshAction->isEnabled());
    m_ui->configCreateButton->setVisible(m_missing);
    m_ui->configCreateButton->setEnabled(m_missing && m_saveAction->isEnabled());

    m_fields->markChanges(baseConfig());
    updateReadOnlyNotice();

    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void ConfigPage::updateReadOnlyNotice()
{
    const QString notice = ConfigAccessNotice::text(*m_client, m_forbidden);
    m_ui->configReadOnlyLabel->setText(notice);
    m_ui->configReadOnlyLabel->setVisible(!notice.isEmpty());
}

void ConfigPage::setStatus(std::function<QString()> status)
{
    m_status = std::move(status);
    m_ui->configStatusLabel->setText(m_status());
}

void ConfigPage::setServerChangedNotice(std::function<QString()> notice)
{
    m_serverChanged = std::move(notice);
    m_ui->configServerChangedLabel->setText(m_serverChanged ? m_serverChanged() : QString());
    m_ui->configServerChangedLabel->setVisible(bool(m_serverChanged));
}

void ConfigPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_actions->retranslate();
        if (m_status)
            m_ui->configStatusLabel->setText(m_status());
        if (m_serverChanged)
            m_ui->configServerChangedLabel->setText(m_serverChanged());
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
