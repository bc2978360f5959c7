#include "secretpromptdialog.h"

#include "core/auth/accesstokeninfo.h"
#include "core/model/inputtext.h"
#include "passdeskcolours.h"
#include "ui_secretpromptdialog.h"

#include <QLocale>
#include <QPushButton>

namespace Passdesk {

SecretPromptDialog::SecretPromptDialog(const Tenant &tenant, bool keychainUsable, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretPromptDialog>())
    , m_tenant(tenant)
    , m_keychainUsable(keychainUsable)
{
    m_ui->setupUi(this);
    // Tenant names, client IDs and the reason are shown as typed: no label reads markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    setTextColour(m_ui->secretPromptErrorLabel, errorTextColour());
    setObjectName(QStringLiteral("secretPromptDialog"));
    m_ui->secretPromptButtonBox->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("secretPromptOkButton"));
    m_ui->secretPromptButtonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("secretPromptCancelButton"));
    const bool pasted = tenant.authMethod == AuthMethod::AccessToken;
    // Pasted tokens are never stored; without a keychain nothing is.
    m_ui->rememberSecretPromptCheckBox->setVisible(!pasted);
    m_ui->rememberSecretPromptCheckBox->setEnabled(keychainUsable);
    m_ui->rememberSecretPromptCheckBox->setChecked(keychainUsable);
    connect(m_ui->secretPromptLineEdit, &QLineEdit::textChanged, this,
        &SecretPromptDialog::updateState);
    retranslate();
    updateState();
}

SecretPromptDialog::~SecretPromptDialog()
{
    // QLineEdit keeps its own copy; overwrite it before the widget goes.
    m_ui->secretPromptLineEdit->setText(
        QString(m_ui->secretPromptLineEdit->text().size(), QLatin1Char('\0')));
    m_ui->secretPromptLineEdit->clear();
}

void SecretPromptDialog::setReason(const QString &reason)
{
    m_reason = reason;
    retranslate();
}

QString SecretPromptDialog::inputError() const
{
    const QString text = m_ui->secretPromptLineEdit->text();
    if (m_tenant.authMethod == AuthMethod::AccessToken)
        return text.isEmpty() ? QString() : accessTokenInputError(text.trimmed());
    if (hasInvisibleCharacters(text))
        return tr("The secret contains control characters; paste it again.");
    if (text.size() > 1024)
        return tr("This is too long to be a client secret.");
    return {};
}

void SecretPromptDialog::updateState()
{
    const QString error = inputError();
    m_ui->secretPromptErrorLabel->setText(error);
    m_ui->secretPromptErrorLabel->setVisible(!error.isEmpty());
    QString note;
    if (m_tenant.authMethod == AuthMethod::AccessToken) {
        const AccessTokenInfo info
            = inspectAccessToken(m_ui->secretPromptLineEdit->text().trimmed());
        if (error.isEmpty() && info.expiresAt)
            note
                = tr("This token is valid until %1. Passdesk keeps it in memory only and cannot "
                     "renew it.")
                      .arg(QLocale().toString(info.expiresAt->toLocalTime(), QLocale::ShortFormat));
        else
            note = tr("Passdesk keeps a pasted token in memory only and cannot renew it.");
    } else if (!m_keychainUsable) {
        note = tr(
            "No system keychain is available: the secret is kept in memory for this session only, "
            "and Passdesk asks again next time.");
    }
    m_ui->secretPromptNoteLabel->setText(note);
    m_ui->secretPromptNoteLabel->setVisible(!note.isEmpty());
    m_ui->secretPromptButtonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->secretPromptLineEdit->text().isEmpty() && error.isEmpty());
}

void SecretPromptDialog::accept()
{
    if (!inputError().isEmpty() || m_ui->secretPromptLineEdit->text().isEmpty())
        return;
    const QString text = m_tenant.authMethod == AuthMethod::AccessToken
        ? m_ui->secretPromptLineEdit->text().trimmed()
        : m_ui->secretPromptLineEdit->text();
    emit credentialsEntered(text,
        m_ui->rememberSecretPromptCheckBox->isVisible()
            && m_ui->rememberSecretPromptCheckBox->isChecked());
    QDialog::accept();
}

void SecretPromptDialog::retranslate()
{
    const bool pasted = m_tenant.authMethod == AuthMethod::AccessToken;
    setWindowTitle(tr("Sign in to %1").arg(m_tenant.displayName));
    m_ui->secretPromptLabel->setText(pasted ? tr("&Access token:") : tr("Client &secret:"));
    m_ui->secretPromptLineEdit->setAccessibleName(
        pasted ? tr("Access token") : tr("Client secret"));
    const QString who = pasted
        ? tr("Paste a new access token for %1.").arg(m_tenant.displayName)
        : tr("Enter the client secret of %1 for %2.").arg(m_tenant.clientId, m_tenant.displayName);
    m_ui->secretPromptReasonLabel->setText(
        m_reason.isEmpty() ? who : tr("%1\n%2").arg(m_reason, who));
}

void SecretPromptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace Passdesk
