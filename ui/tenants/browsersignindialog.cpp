#include "browsersignindialog.h"

#include "core/auth/browsersignin.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantsession.h"
#include "passdeskcolours.h"
#include "ui_browsersignindialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace Passdesk {

BrowserSignInDialog::BrowserSignInDialog(
    TenantSession *session, const Tenant &tenant, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BrowserSignInDialog>())
    , m_session(session)
    , m_tenant(tenant)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("browserSignInDialog"));
    m_ui->browserSignInButtonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("browserSignInCancelButton"));
    connect(m_ui->browserSignInOpenButton, &QPushButton::clicked, this,
        &BrowserSignInDialog::startSignIn);
    connect(m_ui->browserSignInCopyLinkButton, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            QGuiApplication::clipboard()->setText(m_signIn->authorizeUrl().toString());
    });
    connect(m_ui->browserSignInPasteButton, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->submitPasted(m_ui->browserSignInPasteLineEdit->text());
    });
    connect(m_ui->browserSignInPasteLineEdit, &QLineEdit::textChanged, this,
        &BrowserSignInDialog::updateButtons);
    m_ui->browserSignInOpenButton->setDefault(true);
    retranslate();
    showStatus({});
    updateButtons();
}

BrowserSignInDialog::~BrowserSignInDialog()
{
    if (m_signIn)
        m_signIn->cancel();
}

BrowserSignIn *BrowserSignInDialog::signIn() const
{
    return m_signIn;
}

void BrowserSignInDialog::setReason(const QString &reason)
{
    m_reason = reason;
    retranslate();
}

void BrowserSignInDialog::reject()
{
    if (m_signIn)
        m_signIn->cancel(); // the listener closes at once
    QDialog::reject();
}

void BrowserSignInDialog::startSignIn()
{
    if (m_signIn)
        m_signIn->deleteLater();
    m_ui->browserSignInPasteLineEdit->clear();
    BrowserSignIn *signIn = m_session->newBrowserSignIn(this);
    m_signIn = signIn;
    connect(signIn, &BrowserSignIn::waitingForBrowser, this,
        [this](const QUrl &, bool opened, bool listening, const QString &listenerProblem) {
            m_waiting = true;
            QString text;
            if (!listening)
                text = listenerProblem;
            else if (opened)
                text = tr("Waiting for the browser: sign in there, and Passdesk goes on by "
                          "itself. If the browser cannot come back, paste the code or the "
                          "address it shows below.");
            else
                text = tr("Passdesk could not open a browser. Copy the sign-in address, open it "
                          "in a browser, and sign in there; Passdesk waits for it.");
            showStatus(text, !listening);
            updateButtons();
        });
    connect(signIn, &BrowserSignIn::exchangingCode, this, [this] {
        showStatus(tr("The browser came back; finishing the sign-in…"));
    });
    connect(signIn, &BrowserSignIn::signedIn, this, [this] {
        m_waiting = false;
        accept();
    });
    connect(signIn, &BrowserSignIn::failed, this, [this](const QString &reason) {
        m_waiting = false;
        showStatus(reason, true);
        updateButtons();
    });
    showStatus(tr("Finding the tenant's sign-in page…"));
    m_waiting = true;
    updateButtons();
    signIn->start();
}

void BrowserSignInDialog::showStatus(const QString &text, bool error)
{
    setTextColour(m_ui->browserSignInStatusLabel,
        error ? errorTextColour() : palette().color(QPalette::WindowText));
    m_ui->browserSignInStatusLabel->setText(text);
    m_ui->browserSignInStatusLabel->setVisible(!text.isEmpty());
}

void BrowserSignInDialog::updateButtons()
{
    const bool active = m_signIn && m_signIn->isActive();
    m_ui->browserSignInOpenButton->setText(
        active || m_signIn ? tr("Sign in &again") : tr("Sign in with the &browser"));
    m_ui->browserSignInCopyLinkButton->setEnabled(m_signIn && m_signIn->authorizeUrl().isValid());
    m_ui->browserSignInPasteButton->setEnabled(
        active && !m_ui->browserSignInPasteLineEdit->text().trimmed().isEmpty());
    m_ui->browserSignInPasteLineEdit->setEnabled(active);
}

void BrowserSignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to %1").arg(m_tenant.displayName));
    const QString how = tr("Passdesk opens your browser at the tenant's sign-in page. Sign in "
                           "there as yourself; Passdesk then works with your user level.");
    m_ui->browserSignInReasonLabel->setText(
        m_reason.isEmpty() ? how : tr("%1\n%2").arg(m_reason, how));
    m_ui->browserSignInNoteLabel->setText(m_session->vault()->keychainUsable()
            ? tr("Passdesk keeps the sign-in (a refresh token, never the access token) in the "
                 "system keychain, so it lasts a working day; Sign out deletes it.")
            : tr("No system keychain is available: the sign-in lives in memory only and ends "
                 "when Passdesk quits."));
}

void BrowserSignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace Passdesk
