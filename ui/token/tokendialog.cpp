#include "tokendialog.h"

#include "callerdetails.h"
#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "digittokenrefusal.h"
#include "errorview.h"
#include "core/auth/accesstokenprovider.h"
#include "identitylookup.h"
#include "secretclipboard.h"
#include "tokenhistory.h"
#include "tokenhistorypanel.h"
#include "tokenview.h"
#include "passdeskcolours.h"
#include "ui_tokendialog.h"

#include <QPushButton>
#include <QTimer>

namespace Passdesk {

TokenDialog::TokenDialog(
    ApiClient *client, AppSettings *settings, TokenHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TokenDialog>())
    , m_client(client)
    , m_settings(settings)
    , m_history(history)
    , m_errorView(new ErrorView(this))
    , m_lookup(nullptr)
    , m_clipboard(nullptr)
    , m_busyDelay(new QTimer(this))
    , m_tokenRenewal(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenDialog")); // setupUi keeps a name that is already set
    m_ui->setupUi(this);
    // Names, addresses and the server's words are shown here: no label reads markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    setUpLook();
    m_tokenView = m_ui->tokenView;
    m_errorView->setObjectName(QStringLiteral("tokenErrorView"));
    m_errorView->setRetryVisible(false); // Generate is the retry; it never sends twice by itself
    m_ui->errorLayout->addWidget(m_errorView);
    m_lookup = new IdentityLookup(client, m_ui->userIdLineEdit, this);
    m_callerDetails
        = new CallerDetails(m_ui->identityDetailsLabel, m_ui->userIdLineEdit, m_lookup, client, this);
    // A click must not wait for /oauth/token: the token is renewed when the dialog opens and,
    // while it is open, before it expires (an idle app's token has often expired by then).
    m_tokenRenewal->setInterval(std::chrono::seconds(15));
    connect(m_tokenRenewal, &QTimer::timeout, this, [this] {
        m_client->accessTokens()->renewAheadIfExpiringWithin(std::chrono::seconds(60));
    });

    // The clipboard copy should outlive this dialog (the agent may paste after closing it), so
    // it belongs to the main window when there is one; one helper per window.
    QObject *owner = parent ? static_cast<QObject *>(parent) : this;
    m_clipboard = owner->findChild<SecretClipboard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!m_clipboard)
        m_clipboard = new SecretClipboard(owner);
    m_tokenView->attach(settings, history, m_clipboard);

    m_ui->historyTab->setInView(m_ui->tokenTabWidget->currentWidget() == m_ui->historyTab);
    m_ui->historyTab->setHistory(history);
    // A request over a good connection is answered in a few milliseconds: the busy state (bar
    // shown, last token hidden) only appears when it takes longer, so a click repaints once.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(busyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_tokenView->hideToken();
        m_ui->tokenProgressBar->show();
        updateState(); // now Cancel can be pressed and Generate says it is busy
    });
    QPushButton *close = m_ui->dialogButtonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    m_ui->cancelButton->setAutoDefault(false);

    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &TokenDialog::generate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &TokenDialog::cancelRequest);
    connect(m_errorView, &ErrorView::retryBlockedChanged, this, &TokenDialog::updateState);
    connect(m_ui->historyTab, &TokenHistoryPanel::saveFailed, this,
        [this](const QString &reason) { m_errorView->showError(ApiError::invalidInput(reason)); });
    // The field holds more than a uid may have (maxLength 1024, uids 128) so an overlong paste is
    // refused with a reason instead of cut to a uid nobody typed.
    connect(m_ui->userIdLineEdit, &QLineEdit::textChanged, this, [this] {
        clearFieldErrors();
        m_callerDetails->forgetFailure();
        if (const QString invalid = userIdInputError(m_ui->userIdLineEdit->text().trimmed());
            !invalid.isEmpty()) {
            m_ui->userIdErrorLabel->setText(invalid); // said at once, not only on Generate
            m_ui->userIdErrorLabel->show();
        }
        m_callerDetails->update();
        updateState();
    });
    connect(m_ui->tokenLengthSpinBox, &QSpinBox::valueChanged, this,
        [this] { m_ui->tokenLengthErrorLabel->hide(); });
    connect(m_ui->tokenDurationSpinBox, &QSpinBox::valueChanged, this,
        [this] { m_ui->tokenDurationErrorLabel->hide(); });
    connect(m_ui->callerVerifiedCheckBox, &QCheckBox::toggled, this, &TokenDialog::updateState);
    connect(settings, &AppSettings::changed, this, [this] {
        // Settings may change while the dialog is open (the organisation's policy).
        m_ui->callerVerifiedCheckBox->setVisible(m_settings->requireCallerVerification());
        updateState();
    });
    // Live/expired depends on the clock; re-read it whenever the history comes into view.
    connect(
        m_ui->tokenTabWidget, &QTabWidget::currentChanged, m_history, &TokenHistory::refreshStatus);
    connect(m_ui->tokenTabWidget, &QTabWidget::currentChanged, this, [this] {
        m_ui->historyTab->setInView(m_ui->tokenTabWidget->currentWidget() == m_ui->historyTab);
    });

    m_ui->identityDetailsLabel->hide();
    m_ui->tokenProgressBar->hide();
    m_ui->callerVerifiedCheckBox->setVisible(settings->requireCallerVerification());
    setUiLanguages(client->uiLanguages());
    setTenantName(client->connection().displayName);
    clearFieldErrors();
    m_ui->tokenLengthSpinBox->setValue(OrgConfig::defaultLength);
    m_ui->tokenDurationSpinBox->setValue(OrgConfig::defaultDuration);
    setOrgConfig(std::nullopt);
    resize(sizeHint().expandedTo(QSize(600, 520)));
    m_ui->userIdLineEdit->setFocus(); // the agent starts typing the caller's name at once
}

TokenDialog::~TokenDialog()
{
    if (m_pending)
        m_pending->abort();
    m_tokenView->hideToken();
}

void TokenDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_client->accessTokens()->renewAheadIfExpiringWithin(std::chrono::seconds(60));
    m_tokenRenewal->start();
}

void TokenDialog::hideEvent(QHideEvent *event)
{
    m_tokenRenewal->stop();
    QDialog::hideEvent(event);
}

void TokenDialog::done(int result)
{
    // Closing the dialog ends the call: nothing in flight, no digits left on screen.
    if (m_pending)
        m_pending->abort();
    m_tokenView->hideToken();
    QDialog::done(result);
}

void TokenDialog::setOrgConfig(const std::optional<OrgConfig> &config)
{
    const int oldLength = m_orgConfig ? m_orgConfig->digitTokenLength : OrgConfig::defaultLength;
    const int oldDuration
        = m_orgConfig ? m_orgConfig->digitTokenDurationMinutes : OrgConfig::defaultDuration;
    m_orgConfig = config;
    // Defaults follow the tenant (the contract's defaults when the config is unknown), but a
    // config reloaded while the dialog is open must not undo what the agent chose.
    if (m_ui->tokenLengthSpinBox->value() == oldLength)
        m_ui->tokenLengthSpinBox->setValue(
            config ? config->digitTokenLength : OrgConfig::defaultLength);
    if (m_ui->tokenDurationSpinBox->value() == oldDuration)
        m_ui->tokenDurationSpinBox->setValue(
            config ? config->digitTokenDurationMinutes : OrgConfig::defaultDuration);
    updateBanners();
    updateState();
}

void TokenDialog::setClock(std::function<QDateTime()> now)
{
    m_tokenView->setClock(now);
    m_history->setClock(std::move(now));
}

void TokenDialog::setBusyDelay(int milliseconds)
{
    m_busyDelay->setInterval(milliseconds);
}

void TokenDialog::setUiLanguages(const QStringList &languages)
{
    m_uiLanguages = languages;
    m_errorView->setUiLanguages(languages);
}

void TokenDialog::setTenantName(const QString &tenant)
{
    m_tenant = tenant;
    m_errorView->setTenantName(tenant);
    setWindowTitle(tenant.isEmpty() ? tr("Generate digit token")
                                    : tr("Generate digit token – %1").arg(tenant));
}

void TokenDialog::updateBanners()
{
    const bool disabled = m_orgConfig && !m_orgConfig->digitTokenEnabled;
    m_ui->digitTokensDisabledLabel->setText(tr(
        "Digit tokens are turned off for this tenant, so the server will refuse to generate one. "
        "An org admin can turn them on in the Password Org Config."));
    m_ui->digitTokensDisabledLabel->setVisible(disabled);
    const ApiVersion version = m_client->connection().version;
    const bool unsupported = !supportsEndpoint(version, Endpoint::DigitToken);
    m_ui->unsupportedVersionLabel->setText(
        tr("This connection uses API %1, which has no digit tokens. Use v2025, v2024, v2026, beta "
           "or the per-service v1 API.")
            .arg(apiVersionKey(version)));
    m_ui->unsupportedVersionLabel->setVisible(unsupported);
}

void TokenDialog::updateState()
{
    // Busy shows only once an answer is slow (m_busyDelay): most come within milliseconds, and
    // toggling the buttons (or the inputs) for them only repainted the form. generate() refuses
    // a second request while m_pending is set, and the request was built from the inputs already.
    const bool busy = m_pending != nullptr && !m_busyDelay->isActive();
    const bool verified
        = !m_settings->requireCallerVerification() || m_ui->callerVerifiedCheckBox->isChecked();
    const bool possible = supportsEndpoint(m_client->connection().version, Endpoint::DigitToken)
        && !(m_orgConfig && !m_orgConfig->digitTokenEnabled);
    const bool waiting = m_errorView->isRetryBlocked(); // the server asked us to wait (429)
    m_ui->generateButton->setEnabled(!busy && verified && possible && !waiting
        && !m_ui->userIdLineEdit->text().trimmed().isEmpty());
    if (!verified)
        m_ui->generateButton->setToolTip(tr("Verify the caller's identity first."));
    else if (waiting)
        m_ui->generateButton->setToolTip(
            tr("The server asked Passdesk to wait before the next request."));
    else
        m_ui->generateButton->setToolTip(QString());
    m_ui->cancelButton->setEnabled(busy);
    if (!busy)
        m_ui->tokenProgressBar->hide(); // shown by m_busyDelay when an answer is slow
}

void TokenDialog::generate()
{
    if (m_pending || !m_ui->generateButton->isEnabled())
        return; // one request however often Generate is pressed
    DigitTokenRequest request;
    request.userId = m_ui->userIdLineEdit->text().trimmed();
    request.length = m_ui->tokenLengthSpinBox->value();
    request.durationMinutes = m_ui->tokenDurationSpinBox->value();
    clearFieldErrors();
    updateBanners(); // a refusal shown there by the last attempt is stale now
    if (const QString invalid = request.validationError(); !invalid.isEmpty()) {
        m_ui->userIdErrorLabel->setText(invalid);
        m_ui->userIdErrorLabel->show();
        return;
    }
    m_errorView->clear();
    // Our copy of the last token goes at once; on screen it stays until the answer replaces it
    // (one paint, not two) or m_busyDelay hides it.
    m_tokenView->wipeSecretKeepShown();
    DigitTokenReply *reply = m_client->generateDigitToken(request);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onGenerated(reply); });
    m_busyDelay->start();
    updateState();
}

void TokenDialog::cancelRequest()
{
    if (m_pending)
        m_pending->abort();
}

void TokenDialog::onGenerated(DigitTokenReply *reply)
{
    m_pending = nullptr;
    m_busyDelay->stop();
    updateState();
    const DigitTokenRequest &request = reply->request();
    if (reply->isSuccess()) {
        const bool viewWasShown = m_tokenView->isVisible(); // the last token's, kept meanwhile
        m_tokenView->showToken(reply->token(), request.userId,
            request.length.value_or(OrgConfig::defaultLength),
            request.durationMinutes.value_or(OrgConfig::defaultDuration));
        // Grow to show every line of the token view; never shrink what the agent sized. Once
        // the view was shown the layout's minimum size keeps every line in view.
        if (!viewWasShown) {
            layout()->activate();
            resize(size().expandedTo(sizeHint()));
        }
        return;
    }
    m_tokenView->hideToken(); // no new token: the last one goes, as it did when Generate was pressed
    if (reply->error().kind == ApiError::Kind::Canceled)
        return;
    showFieldErrors(reply->error(), request.userId);
    m_errorView->showError(reply->error());
    if (m_ui->userIdErrorLabel->isVisible()) {
        // Back to the field the server complained about, ready to retype.
        m_ui->userIdLineEdit->setFocus();
        m_ui->userIdLineEdit->selectAll();
    }
}

void TokenDialog::showFieldErrors(const ApiError &error, const QString &userId)
{
    const DigitTokenRefusal refusal = DigitTokenRefusal::fromError(error, userId, m_uiLanguages);
    const std::pair<const std::optional<QString> &, QLabel *> fields[] = {
        { refusal.userId, m_ui->userIdErrorLabel },
        { refusal.length, m_ui->tokenLengthErrorLabel },
        { refusal.duration, m_ui->tokenDurationErrorLabel },
        { refusal.tokensDisabled, m_ui->digitTokensDisabledLabel },
    };
    for (const auto &[text, label] : fields) {
        if (text) {
            label->setText(*text);
            label->show();
        }
    }
}

void TokenDialog::clearFieldErrors()
{
    m_ui->userIdErrorLabel->hide();
    m_ui->tokenLengthErrorLabel->hide();
    m_ui->tokenDurationErrorLabel->hide();
}

void TokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setTenantName(m_tenant);
        m_ui->dialogButtonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        updateBanners();
        updateState();
        m_callerDetails->update();
    }
    QDialog::changeEvent(event);
}

void TokenDialog::setUpLook()
{
    for (PanelLabel *banner : { m_ui->digitTokensDisabledLabel, m_ui->unsupportedVersionLabel }) {
        banner->setPanelStyle(warningNoticeStyle());
        banner->setPadding(6, 6);
    }
    for (QLabel *error :
        { m_ui->userIdErrorLabel, m_ui->tokenLengthErrorLabel, m_ui->tokenDurationErrorLabel })
        setTextColour(error, errorTextColour());
    // The page paints its own background, so the tab frame and the dialog are not painted
    // again under the token view's lines.
    m_ui->generateTab->setAutoFillBackground(true);
    // A click on Generate leaves the keyboard focus where it is (Tab still reaches the button and
    // Enter presses it from any field): the token takes the focus when it arrives, and moving it
    // to the button and back repainted both with every click.
    m_ui->generateButton->setFocusPolicy(Qt::TabFocus);
}

} // namespace Passdesk
