#include "settingsdialog.h"

#include "core/settings/appsettings.h"
#include "core/settings/languagemanager.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace Passdesk {

SettingsDialog::SettingsDialog(AppSettings *settings, LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->requireVerificationCheckBox->setChecked(settings->requireCallerVerification());
    m_ui->clipboardClearSpinBox->setValue(settings->clipboardClearSeconds());
    m_ui->settingsButtonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_ui->settingsButtonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = m_settings->language();
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : LanguageManager::shippedLanguages())
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(current)));
}

void SettingsDialog::accept()
{
    const QString language = m_ui->languageComboBox->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        if (m_languages)
            m_languages->apply(language);
    }
    if (m_ui->requireVerificationCheckBox->isChecked() != m_settings->requireCallerVerification())
        m_settings->setRequireCallerVerification(m_ui->requireVerificationCheckBox->isChecked());
    if (m_ui->clipboardClearSpinBox->value() != m_settings->clipboardClearSeconds())
        m_settings->setClipboardClearSeconds(m_ui->clipboardClearSpinBox->value());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int index = m_ui->languageComboBox->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->languageComboBox->setItemText(0, tr("System default"));
        m_ui->languageComboBox->setCurrentIndex(index);
    }
    QDialog::changeEvent(event);
}

} // namespace Passdesk
