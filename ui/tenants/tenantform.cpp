#include "tenantform.h"

#include "passdeskcolours.h"

#include "core/auth/accesstokeninfo.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantsession.h"
#include "productionlock.h"
#include "secretfieldhints.h"
#include "ui_tenantform.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Passdesk {

namespace {

// Errors in red (their words say what is wrong; the colour only draws the eye), hints in the
// secondary text colour of the config page's help lines.
void showAsError(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    palette.setColor(QPalette::WindowText, error ? errorTextColour() : secondaryTextColour(palette));
    label->setPalette(palette);
}

} // namespace

TenantForm::TenantForm(TenantSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantForm>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_lock = new ProductionLock(m_ui->productionRadioButton, m_ui->readOnlyCheckBox,
        m_ui->displayNameLineEdit, this);
    // What the user typed comes back in hints and errors: no label reads markup.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("tenantForm"));
    fillCombos();
    showAsError(m_ui->readOnlyHintLabel, false);

    const auto edited = [this](QWidget *field) {
        return [this, field] {
            markTouched(field);
            updateFieldErrors();
            emit changed();
        };
    };
    connect(
        m_ui->displayNameLineEdit, &QLineEdit::textEdited, this, edited(m_ui->displayNameLineEdit));
    connect(m_ui->addressLineEdit, &QLineEdit::textEdited, this, edited(m_ui->addressLineEdit));
    connect(m_ui->clientIdLineEdit, &QLineEdit::textEdited, this, edited(m_ui->clientIdLineEdit));
    connect(m_ui->secretLineEdit, &QLineEdit::textEdited, this, [this] {
        markTouched(m_ui->secretLineEdit);
        updateSecretPresentation();
        emit changed();
    });
    connect(m_ui->redirectPortSpinBox, &QSpinBox::valueChanged, this, [this] {
        updateRedirectUri();
        if (!m_filling)
            emit changed();
    });
    connect(m_ui->copyRedirectUriButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(tenant().redirectUri()); });
    connect(m_ui->apiVersionComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_ui->authMethodComboBox, &QComboBox::currentIndexChanged, this,
        &TenantForm::onAuthMethodChanged);
    connect(m_ui->rememberSecretCheckBox, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_ui->productionRadioButton, &QRadioButton::toggled, this, [this](bool production) {
        if (m_filling)
            return;
        m_lock->followMarking(production);
        emit changed();
    });
    connect(m_ui->readOnlyCheckBox, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_session->vault(), &SecretVault::keychainUnavailable, this, [this] {
        updateKeychainState();
        updateSecretPresentation();
    });

    clearForNewTenant();
}

TenantForm::~TenantForm() = default;

void TenantForm::fillCombos()
{
    const QSignalBlocker versionBlocker(m_ui->apiVersionComboBox);
    const QSignalBlocker methodBlocker(m_ui->authMethodComboBox);
    const int version = m_ui->apiVersionComboBox->currentIndex();
    const int method = m_ui->authMethodComboBox->currentIndex();
    m_ui->apiVersionComboBox->clear();
    for (const QString &key : apiVersionKeys())
        m_ui->apiVersionComboBox->addItem(apiVersionDisplayName(*apiVersionFromKey(key)), key);
    m_ui->authMethodComboBox->clear();
    m_ui->authMethodComboBox->addItem(
        tr("API client or personal access token (client ID and secret)"),
        authMethodKey(AuthMethod::ClientCredentials));
    m_ui->authMethodComboBox->addItem(
        tr("Pasted access token (short sessions)"), authMethodKey(AuthMethod::AccessToken));
    m_ui->authMethodComboBox->addItem(tr("Sign in with the browser (your own user level)"),
        authMethodKey(AuthMethod::BrowserSignIn));
    m_ui->apiVersionComboBox->setCurrentIndex(qMax(0, version));
    m_ui->authMethodComboBox->setCurrentIndex(qMax(0, method));
}

void TenantForm::setTenant(const Tenant &tenant)
{
    m_filling = true;
    m_original = tenant;
    if (tenant.id.isEmpty()) {
        // New tenants are production (the safe assumption) and start locked.
        m_original.testTenant = false;
        m_original.readOnly = true;
    }
    m_lock->reset(!m_original.id.isEmpty());
    m_ui->displayNameLineEdit->setText(m_original.displayName);
    m_ui->addressLineEdit->setText(m_original.address);
    m_ui->apiVersionComboBox->setCurrentIndex(
        qMax(0, m_ui->apiVersionComboBox->findData(apiVersionKey(m_original.version))));
    m_ui->authMethodComboBox->setCurrentIndex(
        qMax(0, m_ui->authMethodComboBox->findData(authMethodKey(m_original.authMethod))));
    m_shownMethod = m_original.authMethod;
    m_ui->clientIdLineEdit->setText(m_original.clientId);
    m_ui->redirectPortSpinBox->setValue(m_original.redirectPort);
    m_ui->secretLineEdit->clear();
    m_otherMethodSecret.clear();
    (m_original.testTenant ? m_ui->testTenantRadioButton : m_ui->productionRadioButton)
        ->setChecked(true);
    m_ui->readOnlyCheckBox->setChecked(m_original.readOnly);
    m_storedSecret = false;
    m_touched.clear();
    if (!m_original.id.isEmpty()) // a stored tenant shows every problem it has at once
        m_touched = { m_ui->displayNameLineEdit, m_ui->addressLineEdit, m_ui->clientIdLineEdit };
    m_filling = false;

    updateKeychainState();
    updateSecretPresentation();
    updateFieldErrors();
    readStoredSecret();
    emit changed();
}

Tenant TenantForm::tenant() const
{
    Tenant tenant;
    tenant.id = m_original.id;
    tenant.displayName = m_ui->displayNameLineEdit->text();
    tenant.address = m_ui->addressLineEdit->text();
    tenant.version = apiVersionFromKey(m_ui->apiVersionComboBox->currentData().toString())
                         .value_or(ApiVersion::V2025);
    tenant.authMethod = m_shownMethod;
    tenant.clientId = m_ui->clientIdLineEdit->text();
    tenant.redirectPort = quint16(m_ui->redirectPortSpinBox->value());
    tenant.testTenant = m_ui->testTenantRadioButton->isChecked();
    tenant.readOnly = m_ui->readOnlyCheckBox->isChecked();
    return tenant;
}

QString TenantForm::secret() const
{
    // Pasted secrets often carry a line break or space at the ends; none has one of its own.
    // A browser sign-in has no secret to type.
    if (m_shownMethod == AuthMethod::BrowserSignIn)
        return {};
    return m_ui->secretLineEdit->text().trimmed();
}

bool TenantForm::rememberSecret() const
{
    return m_shownMethod == AuthMethod::ClientCredentials
        && m_ui->rememberSecretCheckBox->isChecked() && m_ui->rememberSecretCheckBox->isEnabled();
}

QString TenantForm::validationError() const
{
    const QString error = tenant().validationError();
    if (!error.isEmpty())
        return error;
    if (m_shownMethod == AuthMethod::AccessToken && !secret().isEmpty())
        return accessTokenInputError(secret());
    return {};
}

bool TenantForm::hasChanges() const
{
    return tenant() != m_original || !secret().isEmpty();
}

void TenantForm::onAuthMethodChanged()
{
    if (m_filling)
        return;
    // Each method keeps what was typed for it: a client secret never turns into a token.
    const QString typed = m_ui->secretLineEdit->text();
    m_ui->secretLineEdit->setText(m_otherMethodSecret);
    m_otherMethodSecret = typed;
    m_shownMethod = authMethodFromKey(m_ui->authMethodComboBox->currentData().toString())
                        .value_or(AuthMethod::ClientCredentials);
    m_storedSecret = false;
    updateSecretPresentation();
    updateFieldErrors();
    readStoredSecret();
    emit changed();
}

void TenantForm::readStoredSecret()
{
    const int generation = ++m_readGeneration;
    if (m_original.id.isEmpty()) {
        m_session->vault()->checkKeychain(); // learnt before the user types a secret
        return;
    }
    Tenant stored = m_original;
    stored.authMethod = m_shownMethod;
    m_session->readCredentials(stored, this, [this, generation](const QString &secret) {
        if (generation != m_readGeneration)
            return; // another tenant or method is shown by now
        m_storedSecret = !secret.isEmpty();
        updateSecretPresentation();
    });
}

void TenantForm::markTouched(QWidget *field)
{
    if (!m_touched.contains(field))
        m_touched.append(field);
}

void TenantForm::setRowShown(QWidget *field, bool shown)
{
    m_ui->tenantFormLayout->setRowVisible(field, shown);
}

void TenantForm::updateAddressHint()
{
    QString error;
    const QString address = m_ui->addressLineEdit->text();
    const std::optional<QUrl> root = apiRootFromUserInput(address, &error);
    QLabel *hint = m_ui->addressHintLabel;
    if (root) {
        hint->setText(tr("API root: %1").arg(root->toString()));
        showAsError(hint, false);
    } else if (address.trimmed().isEmpty() && !m_touched.contains(m_ui->addressLineEdit)) {
        hint->setText(
            tr("A tenant name such as acme stands for https://acme.api.identitynow.com."));
        showAsError(hint, false);
    } else {
        hint->setText(error);
        showAsError(hint, true);
    }
    m_ui->addressLineEdit->setAccessibleDescription(hint->text());
}

void TenantForm::updateFieldErrors()
{
    updateAddressHint();

    const QString nameError = m_touched.contains(m_ui->displayNameLineEdit)
        ? Tenant::displayNameError(m_ui->displayNameLineEdit->text())
        : QString();
    m_ui->displayNameErrorLabel->setText(nameError);
    showAsError(m_ui->displayNameErrorLabel, true);
    setRowShown(m_ui->displayNameErrorLabel, !nameError.isEmpty());

    const bool clientShown = m_shownMethod != AuthMethod::AccessToken;
    const QString clientError = clientShown && m_touched.contains(m_ui->clientIdLineEdit)
        ? Tenant::clientIdError(m_ui->clientIdLineEdit->text(), m_shownMethod)
        : QString();
    m_ui->clientIdErrorLabel->setText(clientError);
    showAsError(m_ui->clientIdErrorLabel, true);
    setRowShown(m_ui->clientIdErrorLabel, !clientError.isEmpty());
}

void TenantForm::updateRedirectUri()
{
    m_ui->redirectUriLabel->setText(
        tr("The org admin registers Passdesk as an OAuth client of the tenant with this "
           "redirect URI, exactly: %1")
            .arg(tenant().redirectUri()));
}

void TenantForm::updateSecretPresentation()
{
    const bool token = m_shownMethod == AuthMethod::AccessToken;
    const bool browser = m_shownMethod == AuthMethod::BrowserSignIn;
    setRowShown(m_ui->clientIdLineEdit, !token);
    if (token)
        setRowShown(m_ui->clientIdErrorLabel, false);
    m_ui->clientIdLineEdit->setAccessibleDescription(browser
            ? tr("The client ID of the OAuth client the org admin registered for Passdesk")
            : tr("The client ID of the API client or personal access token"));
    setRowShown(m_ui->redirectPortSpinBox, browser);
    m_ui->tenantFormLayout->setRowVisible(m_ui->redirectUriLayout, browser);
    updateRedirectUri();
    setRowShown(m_ui->secretLineEdit, !browser);
    setRowShown(m_ui->rememberSecretCheckBox, !token && !browser);
    setRowShown(m_ui->keychainNoteLabel,
        m_shownMethod == AuthMethod::ClientCredentials && !m_session->vault()->keychainUsable());

    m_ui->secretLabel->setText(token ? tr("Access &token:") : tr("Client &secret:"));
    m_ui->secretLineEdit->setAccessibleName(token ? tr("Access token") : tr("Client secret"));
    const SecretFieldHints hints = SecretFieldHints::describe(m_shownMethod, secret(),
        m_storedSecret, m_session->vault()->keychainUsable(), !m_original.id.isEmpty());
    m_ui->secretLineEdit->setPlaceholderText(hints.placeholder);
    m_ui->secretLineEdit->setAccessibleDescription(hints.placeholder);
    m_ui->secretHintLabel->setText(hints.hint);
    showAsError(m_ui->secretHintLabel, hints.hintIsError);
    setRowShown(m_ui->secretHintLabel, !hints.hint.isEmpty());
}

void TenantForm::updateKeychainState()
{
    SecretVault *vault = m_session->vault();
    const bool usable = vault->keychainUsable();
    if (!usable) {
        const QSignalBlocker blocker(m_ui->rememberSecretCheckBox);
        m_ui->rememberSecretCheckBox->setChecked(false);
        m_ui->keychainNoteLabel->setText(tr(
            "The system keychain cannot be used, so the secret is kept for this session only and "
            "Passdesk asks for it again next time. The keychain said: %1")
                                             .arg(vault->keychainProblem()));
    }
    m_ui->rememberSecretCheckBox->setEnabled(usable);
    m_ui->rememberSecretCheckBox->setAccessibleDescription(usable
            ? tr("Otherwise Passdesk keeps the secret for this session only and asks for it again "
                 "next time")
            : m_ui->keychainNoteLabel->text());
    setRowShown(m_ui->keychainNoteLabel, !usable && m_shownMethod == AuthMethod::ClientCredentials);
}

void TenantForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        updateKeychainState();
        updateSecretPresentation();
        updateFieldErrors();
    }
    QWidget::changeEvent(event);
}

} // namespace Passdesk
