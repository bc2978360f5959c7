#include "configfields.h"

#include "configdialogs.h"
#include "passdeskcolours.h"
#include "ui_configpage.h"

namespace Passdesk {

ConfigFields::ConfigFields(Ui::ConfigPage &ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    connect(m_ui.customInstructionsCheckBox, &QCheckBox::toggled, this, &ConfigFields::changed);
    connect(m_ui.digitTokenEnabledCheckBox, &QCheckBox::toggled, this, &ConfigFields::changed);
    connect(m_ui.digitTokenDurationSpinBox, &QSpinBox::valueChanged, this, &ConfigFields::changed);
    connect(m_ui.digitTokenLengthSpinBox, &QSpinBox::valueChanged, this, &ConfigFields::changed);

    // Help lines are secondary.
    for (QLabel *help : { m_ui.customInstructionsHelpLabel, m_ui.digitTokenEnabledHelpLabel,
             m_ui.digitTokenDurationHelpLabel, m_ui.digitTokenLengthHelpLabel })
        setTextColour(help, secondaryTextColour(help->palette()));
    for (QLabel *marker : { m_ui.customInstructionsChangedLabel, m_ui.digitTokenEnabledChangedLabel,
             m_ui.digitTokenDurationChangedLabel, m_ui.digitTokenLengthChangedLabel })
        setTextColour(marker, attentionTextColour());
}

void ConfigFields::show(const OrgConfig &config)
{
    m_ui.customInstructionsCheckBox->setChecked(config.customInstructionsEnabled);
    m_ui.digitTokenEnabledCheckBox->setChecked(config.digitTokenEnabled);
    m_ui.digitTokenDurationSpinBox->setValue(config.digitTokenDurationMinutes);
    m_ui.digitTokenLengthSpinBox->setValue(config.digitTokenLength);
}

OrgConfig ConfigFields::edited() const
{
    OrgConfig config;
    config.customInstructionsEnabled = m_ui.customInstructionsCheckBox->isChecked();
    config.digitTokenEnabled = m_ui.digitTokenEnabledCheckBox->isChecked();
    config.digitTokenDurationMinutes = m_ui.digitTokenDurationSpinBox->value();
    config.digitTokenLength = m_ui.digitTokenLengthSpinBox->value();
    return config;
}

void ConfigFields::setEditable(bool editable)
{
    const bool tokensOn = m_ui.digitTokenEnabledCheckBox->isChecked();
    m_ui.customInstructionsCheckBox->setEnabled(editable);
    m_ui.digitTokenEnabledCheckBox->setEnabled(editable);
    // Disabled while digit tokens are off, but the values stay as they are.
    m_ui.digitTokenDurationSpinBox->setEnabled(editable && tokensOn);
    m_ui.digitTokenLengthSpinBox->setEnabled(editable && tokensOn);
}

void ConfigFields::markChanges(const std::optional<OrgConfig> &saved)
{
    const OrgConfig now = edited();
    auto mark = [&](QWidget *caption, QLabel *marker, const char *field) {
        const bool changed = saved && formatField(field, *saved) != formatField(field, now);
        marker->setVisible(changed);
        marker->setToolTip(
            changed ? tr("Saved value: %1").arg(formatField(field, *saved)) : QString());
        QFont font = caption->font();
        font.setBold(changed);
        caption->setFont(font);
    };
    mark(m_ui.customInstructionsCheckBox, m_ui.customInstructionsChangedLabel,
        "customInstructionsEnabled");
    mark(m_ui.digitTokenEnabledCheckBox, m_ui.digitTokenEnabledChangedLabel, "digitTokenEnabled");
    mark(m_ui.digitTokenDurationLabel, m_ui.digitTokenDurationChangedLabel,
        "digitTokenDurationMinutes");
    mark(m_ui.digitTokenLengthLabel, m_ui.digitTokenLengthChangedLabel, "digitTokenLength");
}

} // namespace Passdesk
