#include "tenantsdialog.h"

#include "connectiontestpanel.h"
#include "passdeskcolours.h"
#include "core/secrets/secretvault.h"
#include "plaintooltip.h"
#include "questionbox.h"
#include "tenantform.h"
#include "core/tenants/tenantsession.h"
#include "core/tenants/tenantstore.h"
#include "ui_tenantsdialog.h"


namespace Passdesk {

TenantsDialog::TenantsDialog(
    TenantSession *session, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tenantsDialog"));
    m_form = new TenantForm(session, m_ui->tenantFormContainer);
    m_panel = new ConnectionTestPanel(session, network, m_form, m_ui->tenantFormContainer);
    m_ui->tenantFormContainerLayout->addWidget(m_form);
    m_ui->tenantFormContainerLayout->addSpacing(6);
    m_ui->tenantFormContainerLayout->addWidget(m_panel);
    m_ui->sandboxNoteLabel->setVisible(session->hasSandbox());
    m_ui->tenantListWidget->setIconSize(QSize(16, 16));

    // List, form fields, test, then the dialog's own buttons.
    QWidget *previous = m_ui->removeTenantButton;
    for (const char *name : { "displayNameLineEdit", "addressLineEdit", "apiVersionComboBox",
             "authMethodComboBox", "clientIdLineEdit", "secretLineEdit", "rememberSecretCheckBox",
             "productionRadioButton", "testTenantRadioButton", "readOnlyCheckBox",
             "testConnectionButton", "saveTenantButton", "closeButton" }) {
        QWidget *next = findChild<QWidget *>(QLatin1String(name));
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_ui->tenantListWidget, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *current) {
            if (m_filling)
                return;
            const QString id = current ? current->data(Qt::UserRole).toString() : QString();
            if (id != m_currentId)
                selectTenant(id);
        });
    connect(m_ui->addTenantButton, &QPushButton::clicked, this, [this] { selectTenant({}); });
    connect(m_ui->removeTenantButton, &QPushButton::clicked, this, &TenantsDialog::confirmRemove);
    connect(m_ui->saveTenantButton, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &TenantForm::changed, this, [this] {
        if (m_form->hasChanges())
            m_savedMessage.clear();
        updateState();
    });
    connect(session->store(), &TenantStore::tenantsChanged, this, [this] {
        fillList();
        if (!m_currentId.isEmpty() && !m_session->store()->tenant(m_currentId))
            showTenant({}); // removed elsewhere
    });
    connect(session, &TenantSession::activated, this, &TenantsDialog::fillList);

    fillList();
    const QList<Tenant> tenants = session->store()->tenants();
    showTenant(tenants.isEmpty() ? QString() : tenants.first().id);
    resize(sizeHint().expandedTo(QSize(860, 560)));
}

TenantsDialog::~TenantsDialog() = default;

QString TenantsDialog::itemText(const Tenant &tenant) const
{
    QString marking;
    if (tenant.isProduction())
        marking = tenant.readOnly ? tr("Production · locked read-only") : tr("Production");
    else
        marking = tenant.readOnly ? tr("Test tenant · locked read-only") : tr("Test tenant");
    if (tenant.id == m_session->activeId())
        marking = tr("%1 · in use").arg(marking);
    return QStringLiteral("%1\n%2").arg(tenant.displayName, marking);
}

void TenantsDialog::fillList()
{
    m_filling = true;
    QListWidget *list = m_ui->tenantListWidget;
    list->clear();
    for (const Tenant &tenant : m_session->store()->tenants()) {
        auto *item
            = new QListWidgetItem(environmentDot(tenant.isProduction() ? Environment::Production : Environment::Test, 16), itemText(tenant), list);
        item->setData(Qt::UserRole, tenant.id);
        item->setData(Qt::AccessibleTextRole,
            QString(item->text()).replace(QLatin1Char('\n'), QLatin1String(", ")));
        if (tenant.id == m_currentId)
            list->setCurrentItem(item);
    }
    if (m_currentId.isEmpty())
        list->setCurrentItem(nullptr);
    m_filling = false;
    updateState();
}

void TenantsDialog::restoreSelection()
{
    m_filling = true;
    QListWidget *list = m_ui->tenantListWidget;
    list->setCurrentItem(nullptr);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == m_currentId)
            list->setCurrentItem(list->item(row));
    }
    m_filling = false;
}

void TenantsDialog::selectTenant(const QString &id)
{
    // The list follows the form: until the question is answered it shows the tenant being edited.
    restoreSelection();
    if (id == m_currentId && !id.isEmpty())
        return;
    if (!m_form->hasChanges()) {
        showTenant(id);
        return;
    }
    askAboutEdits([this, id] { showTenant(id); });
}

void TenantsDialog::showTenant(const QString &id)
{
    m_panel->clear();
    m_savedMessage.clear();
    const std::optional<Tenant> tenant
        = id.isEmpty() ? std::nullopt : m_session->store()->tenant(id);
    m_currentId = tenant ? id : QString();
    if (tenant)
        m_form->setTenant(*tenant);
    else
        m_form->clearForNewTenant();
    fillList();
    if (tenant)
        m_ui->tenantListWidget->setFocus();
    else
        m_form->findChild<QWidget *>(QStringLiteral("displayNameLineEdit"))->setFocus();
}

void TenantsDialog::askAboutEdits(std::function<void()> proceed)
{
    if (m_editsBox && m_editsBox->isVisible())
        return;
    const QString name = m_form->tenant().displayName.trimmed();
    const QString text = tr("<p>Your changes to <b>%1</b> are not saved.</p><p>Save them, discard "
                            "them, or keep editing?</p>")
                             .arg(name.isEmpty() ? tr("the new tenant") : name.toHtmlEscaped());
    QMessageBox *box = newQuestionBox(this, QMessageBox::Question,
        QStringLiteral("discardTenantEditsMessageBox"), tr("Unsaved tenant changes"), text);
    QPushButton *save = addQuestionButton(
        box, tr("&Save"), QMessageBox::AcceptRole, QStringLiteral("saveTenantEditsButton"));
    QPushButton *discard = addQuestionButton(box, tr("&Discard changes"),
        QMessageBox::DestructiveRole, QStringLiteral("discardTenantEditsButton"));
    QPushButton *keep = addQuestionButton(box, tr("&Keep editing"), QMessageBox::RejectRole,
        QStringLiteral("keepEditingTenantButton"));
    // Edits that cannot be saved as they are can only be kept or dropped.
    save->setEnabled(m_form->validationError().isEmpty());
    if (!save->isEnabled())
        save->setToolTip(plainToolTip(m_form->validationError()));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, save, discard, proceed = std::move(proceed)](QAbstractButton *button) {
            if ((button == save && saveEdits()) || button == discard)
                proceed();
        });
    m_editsBox = box;
    box->open();
}

bool TenantsDialog::saveEdits()
{
    if (!m_form->validationError().isEmpty() || !m_form->hasChanges())
        return false;
    const Tenant original = m_form->originalTenant();
    const Tenant edited = m_form->tenant();
    const QString secret = m_form->secret();
    const bool remember = m_form->rememberSecret();
    QString id = edited.id;
    if (m_form->isNew() || edited != original) {
        if (!m_form->isNew() && edited.authMethod != original.authMethod) {
            // The credential of the method no longer used goes; the new one has another key.
            if (original.authMethod != AuthMethod::AccessToken)
                m_session->vault()->forget(TenantSession::credentialKey(original));
            else
                m_session->vault()->forgetSession(TenantSession::credentialKey(original));
        }
        id = m_session->store()->save(edited);
    }
    const Tenant saved = m_session->store()->tenant(id).value_or(edited);
    if (!secret.isEmpty())
        m_session->saveCredentials(saved, secret, remember);
    m_currentId = id;
    m_form->setTenant(saved);
    fillList();
    if (secret.isEmpty() || (saved.authMethod == AuthMethod::ClientCredentials && remember))
        m_savedMessage = tr("Saved.");
    else
        m_savedMessage = tr("Saved. The secret is kept for this session only.");
    updateState();
    if (m_session->activeId() == id)
        m_session->reloadActive();
    return true;
}

void TenantsDialog::confirmRemove()
{
    const std::optional<Tenant> tenant = m_session->store()->tenant(m_currentId);
    if (!tenant || (m_removeBox && m_removeBox->isVisible()))
        return;
    QString text = tr(
        "<p>Remove <b>%1</b> from Passdesk?</p><p>Its secret is deleted from the system keychain. "
        "Nothing changes on the tenant itself.</p>")
                       .arg(tenant->displayName.toHtmlEscaped());
    if (m_form->hasChanges())
        text += tr("<p>Your unsaved changes to it are lost.</p>");
    QMessageBox *box = newQuestionBox(this, QMessageBox::Warning,
        QStringLiteral("removeTenantMessageBox"), tr("Remove tenant?"), text);
    QPushButton *remove = addQuestionButton(box, tr("&Remove"), QMessageBox::DestructiveRole,
        QStringLiteral("confirmRemoveTenantButton"));
    QPushButton *keep = addQuestionButton(
        box, tr("&Keep it"), QMessageBox::RejectRole, QStringLiteral("cancelRemoveTenantButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    const QString id = tenant->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        const std::optional<Tenant> removed = m_session->store()->tenant(id);
        if (button != remove || !removed)
            return;
        m_session->forgetCredentials(*removed);
        m_currentId.clear(); // nothing is left to keep: the next tenant is shown without asking
        m_form->clearForNewTenant();
        m_session->store()->remove(id);
        const QList<Tenant> rest = m_session->store()->tenants();
        showTenant(rest.isEmpty() ? QString() : rest.first().id);
        m_savedMessage = tr("Removed %1.").arg(removed->displayName);
        updateState();
    });
    m_removeBox = box;
    box->open();
}

void TenantsDialog::updateState()
{
    const bool changes = m_form->hasChanges();
    const QString error = m_form->validationError();
    m_ui->saveTenantButton->setEnabled(changes && error.isEmpty());
    m_ui->saveTenantButton->setToolTip(changes ? plainToolTip(error) : QString());
    m_ui->removeTenantButton->setEnabled(!m_currentId.isEmpty());

    QPalette palette = this->palette();
    if (changes && !error.isEmpty()) {
        m_ui->saveStatusLabel->setText(error);
        palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    } else if (changes) {
        m_ui->saveStatusLabel->setText(tr("Unsaved changes."));
    } else {
        m_ui->saveStatusLabel->setText(m_savedMessage);
    }
    m_ui->saveStatusLabel->setPalette(palette);

    const QString name = m_form->tenant().displayName.trimmed();
    QString title;
    if (m_currentId.isEmpty())
        title = name.isEmpty() ? tr("New tenant") : tr("New tenant: %1").arg(name);
    else
        title = name;
    m_ui->formTitleLabel->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
}

void TenantsDialog::done(int result)
{
    if (m_form->hasChanges() && !m_discarding) {
        askAboutEdits([this, result] {
            m_discarding = true;
            done(result);
        });
        return;
    }
    m_discarding = false;
    m_panel->cancel();
    QDialog::done(result);
}

void TenantsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillList();
    }
    QDialog::changeEvent(event);
}

} // namespace Passdesk
