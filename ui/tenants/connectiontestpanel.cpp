#include "connectiontestpanel.h"

#include "core/api/apiclient.h"
#include "tenantform.h"
#include "core/tenants/tenantsession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Passdesk {

namespace {

// The ✔/✘/? at the start of each line carries the meaning; the colour only helps the eye.
QString colouredLine(const QString &line)
{
    QString colour;
    if (line.startsWith(QChar(0x2714)))
        colour = QStringLiteral("#1b5e20");
    else if (line.startsWith(QChar(0x2718)))
        colour = QStringLiteral("#b71c1c");
    else if (line.startsWith(QLatin1Char('?')))
        colour = QStringLiteral("#7a5b00");
    QString html = line.toHtmlEscaped();
    qsizetype indent = 0;
    while (indent < html.size() && html.at(indent) == QLatin1Char(' '))
        ++indent;
    html.replace(0, indent, QStringLiteral("&nbsp;").repeated(indent));
    return colour.isEmpty()
        ? html
        : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(
    TenantSession *session, QNetworkAccessManager *network, TenantForm *form, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(form)
    , m_tester(new ConnectionTester(network, this))
    , m_button(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionTestPanel"));
    m_button->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancelButton->setObjectName(QStringLiteral("testCancelButton"));
    m_cancelButton->hide(); // shown while a test runs: every wait can be stopped
    m_progress->setObjectName(QStringLiteral("testProgressBar"));
    m_progress->setRange(0, 0); // busy: the test has no measurable progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_button->sizeHint().height() / 2);
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_button);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        cancel();
        showMessage(tr("The connection test was cancelled."));
    });
    connect(m_form, &TenantForm::changed, this, &ConnectionTestPanel::updateState);
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionReport &report) {
        m_report = report;
        m_message.clear();
        m_progress->hide();
        render();
        updateState();
        emit finished(report);
    });
    retranslate();
    updateState();
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    m_tester->cancel();
}

void ConnectionTestPanel::start()
{
    const Tenant tenant = m_form->tenant();
    const QString typed = m_form->secret();
    const int generation = ++m_generation;
    m_tester->cancel();
    m_report.reset();
    if (tenant.authMethod == AuthMethod::BrowserSignIn) {
        // A second client renewing with the same refresh token would spend it under the
        // session's feet (the tenant revokes a reused one): the sign-in itself is the test.
        showMessage(tr("A browser sign-in is checked when you sign in: the tenant bar then says "
                       "who you are, and each feature says what your user level allows."));
        updateState();
        return;
    }
    showMessage(
        tr("Testing the connection to %1…").arg(tenant.apiRoot().value_or(QUrl()).toString()));
    m_progress->show();
    updateState();
    if (!typed.isEmpty() || tenant.id.isEmpty()) {
        ConnectionSettings connection = tenant.connection();
        (tenant.authMethod == AuthMethod::AccessToken ? connection.accessToken
                                                      : connection.clientSecret)
            = typed;
        run(connection);
        return;
    }
    // Nothing typed: the stored secret, read without blocking.
    m_session->readCredentials(tenant, this, [this, tenant, generation](const QString &stored) {
        if (generation != m_generation)
            return;
        ConnectionSettings connection = tenant.connection();
        (tenant.authMethod == AuthMethod::AccessToken ? connection.accessToken
                                                      : connection.clientSecret)
            = stored;
        run(connection);
    });
}

void ConnectionTestPanel::run(const ConnectionSettings &connection)
{
    const bool token = connection.authMethod == AuthMethod::AccessToken;
    if ((token ? connection.accessToken : connection.clientSecret).isEmpty()) {
        m_progress->hide();
        showMessage(token ? tr("Paste the access token first: none is kept for this tenant.")
                          : tr("Type the client secret first: none is stored for this tenant."));
        updateState();
        return;
    }
    ConnectionSettings copy = connection;
    m_tester->setUiLanguages(m_session->client()->uiLanguages());
    m_tester->start(copy);
    copy.wipeSecrets();
    updateState();
}

void ConnectionTestPanel::cancel()
{
    ++m_generation;
    m_tester->cancel();
    m_progress->hide();
    if (!m_report)
        showMessage({});
    updateState();
}

void ConnectionTestPanel::clear()
{
    cancel();
    m_report.reset();
    showMessage({});
}

void ConnectionTestPanel::showMessage(const QString &text)
{
    m_message = text;
    render();
}

void ConnectionTestPanel::render()
{
    QString html;
    QString plain;
    if (m_report) {
        const QStringList lines = m_report->lines(m_session->client()->uiLanguages());
        const QString summary
            = m_report->isSuccess() ? tr("The connection works.") : tr("The connection failed.");
        html = QStringLiteral("<b>%1</b>").arg(summary.toHtmlEscaped());
        for (const QString &line : lines)
            html += QStringLiteral("<br>") + colouredLine(line);
        plain = summary + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    } else {
        html = m_message.toHtmlEscaped();
        plain = m_message;
    }
    m_result->setText(html);
    m_result->setAccessibleName(plain.isEmpty() ? tr("Connection test result") : plain);
    m_result->setVisible(!plain.isEmpty());
}

void ConnectionTestPanel::updateState()
{
    const Tenant tenant = m_form->tenant();
    const bool complete = tenant.apiRoot().has_value()
        && (tenant.authMethod == AuthMethod::AccessToken || !tenant.clientId.trimmed().isEmpty());
    m_button->setEnabled(complete && !m_progress->isVisibleTo(this));
    m_cancelButton->setVisible(m_progress->isVisibleTo(this));
}

void ConnectionTestPanel::retranslate()
{
    m_button->setText(tr("&Test connection"));
    m_button->setAccessibleName(tr("Test connection"));
    m_button->setAccessibleDescription(tr("Signs in with the values shown, saved or not, reads the "
                                          "org config and lists what the client may do"));
    m_progress->setAccessibleName(tr("Testing the connection"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the connection test"));
}

void ConnectionTestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
