#include "firstrunassistant.h"

#include "connectiontestpanel.h"
#include "passdeskcolours.h"
#include "questionbox.h"
#include "tenantform.h"
#include "core/tenants/tenantsession.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <functional>

namespace Passdesk {

namespace {

// A page whose Next/Finish button follows a condition of the assistant's.
class CheckedPage final : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    { }

    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

} // namespace

FirstRunAssistant::FirstRunAssistant(
    TenantSession *session, QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_network(network)
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    m_welcomePage = new QWizardPage(this);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeLabel = new QLabel(m_welcomePage);
    m_welcomeLabel->setTextFormat(Qt::PlainText);
    m_welcomeLabel->setWordWrap(true);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_addTenantRadio = new QRadioButton(m_welcomePage);
    m_addTenantRadio->setObjectName(QStringLiteral("addTenantRadioButton"));
    m_addTenantRadio->setChecked(true);
    m_sandboxRadio = new QRadioButton(m_welcomePage);
    m_sandboxRadio->setObjectName(QStringLiteral("useSandboxRadioButton"));
    m_sandboxRadio->setVisible(session->hasSandbox());
    auto *welcomeLayout = new QVBoxLayout(m_welcomePage);
    welcomeLayout->addWidget(m_welcomeLabel);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_addTenantRadio);
    welcomeLayout->addWidget(m_sandboxRadio);
    welcomeLayout->addStretch();
    // The choice decides whether this page is the last one (setFinalPage makes QWizard re-read
    // nextId()). How to sign in to the sandbox is asked once the sandbox is chosen.
    connect(m_sandboxRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            ensureSandboxSignInChoice();
        if (m_sandboxSignInWidget)
            m_sandboxSignInWidget->setEnabled(checked);
        m_welcomePage->setFinalPage(sandboxChosen());
    });

    // The form and test panel are made when the page is first shown (ensureTenantForm): the
    // welcome page is painted sooner, and choosing the sandbox never builds them.
    m_tenantPage
        = new CheckedPage([this] { return m_form && m_form->validationError().isEmpty(); }, this);
    m_tenantPage->setObjectName(QStringLiteral("tenantPage"));

    setPage(WelcomePage, m_welcomePage);
    setPage(TenantPage, m_tenantPage);
    setStartId(WelcomePage);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("assistantNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("assistantBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("assistantFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("assistantCancelButton"));
    retranslate();
    resize(sizeHint().expandedTo(QSize(720, 620)));
}

FirstRunAssistant::~FirstRunAssistant() = default;

void FirstRunAssistant::ensureTenantForm()
{
    if (m_form)
        return;
    m_form = new TenantForm(m_session, m_tenantPage);
    m_panel = new ConnectionTestPanel(m_session, m_network, m_form, m_tenantPage);
    auto *tenantLayout = new QVBoxLayout(m_tenantPage);
    tenantLayout->addWidget(m_form);
    tenantLayout->addSpacing(6);
    tenantLayout->addWidget(m_panel);
    tenantLayout->addStretch();
    connect(m_form, &TenantForm::changed, m_tenantPage, &QWizardPage::completeChanged);
    connect(this, &QDialog::finished, m_panel, &ConnectionTestPanel::cancel);
}

void FirstRunAssistant::ensureSandboxSignInChoice()
{
    if (m_sandboxSignInWidget)
        return;
    // A widget of their own: radio buttons are exclusive among their parent's children.
    m_sandboxSignInWidget = new QWidget(m_welcomePage);
    m_sandboxSignInWidget->setObjectName(QStringLiteral("sandboxSignInWidget"));
    m_sandboxBrowserRadio = new QRadioButton(m_sandboxSignInWidget);
    m_sandboxBrowserRadio->setObjectName(QStringLiteral("sandboxBrowserSignInRadioButton"));
    m_sandboxApiClientRadio = new QRadioButton(m_sandboxSignInWidget);
    m_sandboxApiClientRadio->setObjectName(QStringLiteral("sandboxApiClientRadioButton"));
    const bool browser
        = m_session->sandboxSignIn() == TenantSession::SandboxSignIn::Browser;
    m_sandboxBrowserRadio->setChecked(browser);
    m_sandboxApiClientRadio->setChecked(!browser);
    // Each choice says in a short line what it is and, wrapped below it, what it means: a
    // radio button's text does not wrap, and a long one is cut off in longer languages.
    auto note = [this](const char *name) {
        auto *label = new QLabel(m_sandboxSignInWidget);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setContentsMargins(22, 0, 0, 4); // under the radio button's text
        setTextColour(label, secondaryTextColour(label->palette()));
        return label;
    };
    m_sandboxBrowserNote = note("sandboxBrowserSignInNoteLabel");
    m_sandboxApiClientNote = note("sandboxApiClientNoteLabel");
    auto *layout = new QVBoxLayout(m_sandboxSignInWidget);
    layout->setContentsMargins(24, 0, 0, 0); // under the sandbox choice it belongs to
    layout->addWidget(m_sandboxBrowserRadio);
    layout->addWidget(m_sandboxBrowserNote);
    layout->addWidget(m_sandboxApiClientRadio);
    layout->addWidget(m_sandboxApiClientNote);
    auto *welcomeLayout = static_cast<QVBoxLayout *>(m_welcomePage->layout());
    welcomeLayout->insertWidget(welcomeLayout->indexOf(m_sandboxRadio) + 1, m_sandboxSignInWidget);
    retranslate();
}

bool FirstRunAssistant::sandboxBrowserSignInChosen() const
{
    return sandboxChosen() && m_sandboxBrowserRadio && m_sandboxBrowserRadio->isChecked();
}

TenantForm *FirstRunAssistant::form()
{
    ensureTenantForm();
    return m_form;
}

ConnectionTestPanel *FirstRunAssistant::testPanel()
{
    ensureTenantForm();
    return m_panel;
}

void FirstRunAssistant::initializePage(int id)
{
    if (id == TenantPage)
        ensureTenantForm();
    QWizard::initializePage(id);
}

bool FirstRunAssistant::sandboxChosen() const
{
    return m_session->hasSandbox() && m_sandboxRadio->isChecked();
}

int FirstRunAssistant::nextId() const
{
    if (currentId() == WelcomePage)
        return sandboxChosen() ? -1 : TenantPage;
    return -1;
}

void FirstRunAssistant::accept()
{
    if (sandboxChosen()) {
        m_session->setSandboxSignIn(sandboxBrowserSignInChosen()
                ? TenantSession::SandboxSignIn::Browser
                : TenantSession::SandboxSignIn::ApiClient);
        m_session->activate(TenantSession::sandboxId);
        QWizard::accept();
        return;
    }
    ensureTenantForm();
    if (!m_form->validationError().isEmpty())
        return;
    m_panel->cancel();
    const QString secret = m_form->secret();
    const bool remember = m_form->rememberSecret();
    const QString id = m_session->store()->save(m_form->tenant());
    if (const std::optional<Tenant> saved = m_session->store()->tenant(id);
        saved && !secret.isEmpty())
        m_session->saveCredentials(*saved, secret, remember);
    m_form->setTenant(
        m_session->store()->tenant(id).value_or(Tenant {})); // the secret leaves the form
    m_session->activate(id);
    QWizard::accept();
}

void FirstRunAssistant::reject()
{
    if (m_leaving || currentId() != TenantPage || !m_form || !m_form->hasChanges()) {
        m_leaving = false;
        if (m_panel)
            m_panel->cancel();
        QWizard::reject();
        return;
    }
    if (m_discardBox && m_discardBox->isVisible())
        return;
    QMessageBox *box = newQuestionBox(this, QMessageBox::Question,
        QStringLiteral("discardTenantEditsMessageBox"), tr("Leave without a tenant?"),
        tr("<p>The tenant you entered is not saved. Passdesk starts without a tenant; you can add "
           "one later.</p>"));
    QPushButton *discard = addQuestionButton(box, tr("&Discard and close"),
        QMessageBox::DestructiveRole, QStringLiteral("discardTenantEditsButton"));
    QPushButton *keep = addQuestionButton(box, tr("&Keep editing"), QMessageBox::RejectRole,
        QStringLiteral("keepEditingTenantButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button != discard)
            return;
        m_leaving = true;
        reject();
    });
    m_discardBox = box;
    box->open();
}

void FirstRunAssistant::retranslate()
{
    setWindowTitle(tr("Welcome to Passdesk"));
    m_welcomePage->setTitle(tr("Welcome to Passdesk"));
    m_welcomePage->setSubTitle(tr("Password administration for Identity Security Cloud"));
    m_welcomeLabel->setText(tr("Passdesk lets org admins view and change the password org config "
                               "of an Identity Security Cloud "
                               "tenant, and helpdesk staff generate digit tokens so that a caller "
                               "can reset a password.\n\n"
                               "It signs in with the browser as you, or with an API client or a "
                               "personal access token. What lets it sign in again is kept in the "
                               "system keychain, never in a file.\n\nHow do you want to start?"));
    m_addTenantRadio->setText(tr("&Add the tenant I work with"));
    m_addTenantRadio->setAccessibleName(tr("Add the tenant I work with"));
    m_sandboxRadio->setText(tr("&Explore Passdesk on the built-in sandbox tenant first"));
    m_sandboxRadio->setAccessibleName(tr("Explore Passdesk on the built-in sandbox tenant first"));
    m_sandboxRadio->setAccessibleDescription(tr(
        "A tenant inside Passdesk with sample users; nothing you do there reaches a real tenant"));
    if (m_sandboxSignInWidget) {
        m_sandboxSignInWidget->setAccessibleName(tr("How to sign in to the sandbox"));
        m_sandboxBrowserRadio->setText(tr("Sign in with the &browser as one of the sandbox's people"));
        m_sandboxBrowserNote->setText(tr("The sandbox's sign-in page lets you choose the org "
                                         "admin, the helpdesk agent or a plain user."));
        m_sandboxBrowserRadio->setAccessibleDescription(m_sandboxBrowserNote->text());
        m_sandboxApiClientRadio->setText(tr("Use the sandbox's built-in &client"));
        m_sandboxApiClientNote->setText(tr("The org admin's personal access token: no browser "
                                           "and no sign-in page."));
        m_sandboxApiClientRadio->setAccessibleDescription(m_sandboxApiClientNote->text());
    }
    m_tenantPage->setTitle(tr("Add the tenant you work with"));
    m_tenantPage->setSubTitle(
        tr("Test the connection before you finish: Passdesk shows what the client may do. "
           "You can add more tenants later under Tenants."));
}

void FirstRunAssistant::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // QWizard names Back/Next/Finish/Cancel only when the page or the style changes; a round
        // trip through another style makes it name them again in the new language.
        const WizardStyle style = wizardStyle();
        setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
        setWizardStyle(style);
    }
}

} // namespace Passdesk
