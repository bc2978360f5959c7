#include "tenantbar.h"

#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"
#include "passdeskcolours.h"
#include "ui_tenantbar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QTimer>

namespace Passdesk {

TenantBar::TenantBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantBar>())
{
    m_ui->setupUi(this);
    // The tenant's name, client ID and address are the user's words: no label reads markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    m_ui->keychainNoticeLabel->setPanelStyle(warningNoticeStyle());
    m_ui->keychainNoticeLabel->setPadding(6, 6);
    m_ui->environmentBadgeLabel->setPadding(3, 10);

    // The address and client ID are copied whole, from the bar's context menu or the Tenant menu
    // (the labels are not selectable: a selectable label lays its text out as a document).
    m_copyAddressAction = new QAction(this);
    m_copyAddressAction->setObjectName(QStringLiteral("copyTenantAddressAction"));
    connect(m_copyAddressAction, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(m_address); });
    m_copyClientIdAction = new QAction(this);
    m_copyClientIdAction->setObjectName(QStringLiteral("copyClientIdAction"));
    connect(m_copyClientIdAction, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(m_clientId); });
    addActions({ m_copyAddressAction, m_copyClientIdAction });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
}

QList<QAction *> TenantBar::copyActions() const
{
    return { m_copyAddressAction, m_copyClientIdAction };
}

void TenantBar::retranslate()
{
    m_copyAddressAction->setText(tr("Copy Tenant &Address"));
    m_copyClientIdAction->setText(tr("Copy &Client ID"));
}

TenantBar::~TenantBar() = default;

void TenantBar::setClient(ApiClient *client)
{
    m_client = client;
    connect(m_client, &ApiClient::credentialsNeeded, this, &TenantBar::updateCredentials);
    connect(m_client, &ApiClient::signedOut, this, &TenantBar::updateCredentials);
    connect(m_client->accessTokens(), &AccessTokenProvider::claimsChanged, this,
        &TenantBar::updateSignedIn);
    connect(m_client, &ApiClient::signedOut, this, &TenantBar::updateSignedIn);
    connect(m_client, &ApiClient::connectionChanged, this, &TenantBar::updateSignedIn);
}

void TenantBar::updateSignedIn()
{
    const bool open = m_client->connection().apiRoot.isValid();
    const QString who = open ? m_client->accessTokens()->claims().describe() : QString();
    // A token that does not say whose it is (not a JWT): nothing to say about it.
    const bool unnamedToken = who.isEmpty() && m_client->accessTokens()->hasToken();
    showSignedIn(who, open && !unnamedToken);
}

void TenantBar::showSignedIn(const QString &who, bool tenantShown)
{
    // Shown whenever a tenant is: the line changes its words as the sign-in goes, so the bar is
    // laid out once (a label shown in a visible window lays the whole window out at once).
    m_ui->signedInLabel->setText(who.isEmpty() && tenantShown ? tr("Not signed in") : who);
    m_ui->signedInLabel->setVisible(tenantShown);
}

void TenantBar::followCredentials()
{
    m_followsCredentials = true;
    m_credentialsTimer = new QTimer(this);
    m_credentialsTimer->setInterval(30 * 1000); // a pasted token's "valid until" goes stale
    connect(m_credentialsTimer, &QTimer::timeout, this, &TenantBar::updateCredentials);
    updateCredentials();
}

void TenantBar::showConnection()
{
    m_opening.reset();
    showTenant(m_client->connection());
    updateCredentials();
    updateSignedIn();
}

void TenantBar::showOpening(const ConnectionSettings &connection)
{
    if (m_opening.get() != &connection) {
        m_opening = std::make_unique<ConnectionSettings>(connection);
        m_opening->wipeSecrets();
    }
    showTenant(connection);
    m_ui->credentialsLabel->hide();
    showSignedIn({}, connection.apiRoot.isValid());
}

void TenantBar::showTenant(const ConnectionSettings &connection)
{
    const bool open = connection.apiRoot.isValid();
    m_clientId = open ? connection.clientId : QString();
    m_address = open ? connection.apiRoot.toString() : QString();
    m_copyAddressAction->setEnabled(open);
    m_copyClientIdAction->setEnabled(!m_clientId.isEmpty());
    m_ui->environmentBadgeLabel->setVisible(open);
    m_ui->apiVersionLabel->setVisible(open);
    m_ui->clientIdLabel->setVisible(open && !connection.clientId.isEmpty());
    if (!open) {
        showProductionOutline(false);
        m_ui->tenantNameLabel->setText(tr("No tenant open"));
        m_ui->endpointLabel->clear();
        m_ui->environmentBadgeLabel->setAccessibleName(QString());
        return;
    }
    const QString endpoint = connection.apiRoot.toDisplayString();
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
}

void TenantBar::showProductionOutline(bool production)
{
    // The outline takes the place of the styled frame, as wide as the eye needs.
    m_ui->tenantBarFrame->setFrameShape(production ? QFrame::NoFrame : QFrame::StyledPanel);
    m_ui->tenantBarFrame->setPanelStyle(production ? productionOutlineStyle() : PanelStyle {});
}

void TenantBar::showKeychainNotice(const QString &message)
{
    m_ui->keychainNoticeLabel->setText(message);
    m_ui->keychainNoticeLabel->setVisible(true);
}

void TenantBar::updateCredentials()
{
    const ConnectionSettings &connection = m_client->connection();
    QString text;
    if (m_followsCredentials && connection.apiRoot.isValid()
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

void TenantBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_opening)
            showOpening(*m_opening);
        else if (m_client)
            showConnection();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
