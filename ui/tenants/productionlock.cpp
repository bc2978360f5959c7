#include "productionlock.h"

#include "questionbox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>

namespace Passdesk {

ProductionLock::ProductionLock(
    QRadioButton *production, QCheckBox *readOnly, QLineEdit *displayName, QWidget *form)
    : QObject(form)
    , m_form(form)
    , m_production(production)
    , m_readOnly(readOnly)
    , m_displayName(displayName)
{
    connect(m_readOnly, &QCheckBox::clicked, this, &ProductionLock::onReadOnlyClicked);
}

ProductionLock::~ProductionLock() = default;

void ProductionLock::reset(bool storedTenant)
{
    if (m_unlockBox && m_unlockBox->isVisible())
        m_unlockBox->close();
    m_lockTouched = storedTenant;
}

void ProductionLock::followMarking(bool production)
{
    if (production)
        m_readOnly->setChecked(true); // production is locked until the user unlocks it
    else if (!m_lockTouched)
        m_readOnly->setChecked(false); // the lock only followed the marking
}

void ProductionLock::onReadOnlyClicked(bool checked)
{
    m_lockTouched = true;
    if (checked || !m_production->isChecked())
        return;
    // Stay locked until the user confirms.
    m_readOnly->setChecked(true);
    const QString name = m_displayName->text().trimmed();
    const QString text
        = tr("<p>Unlocking lets Passdesk change the password org config of <b>%1</b>, a production "
             "tenant. "
             "A change applies to every user and helpdesk agent at once.</p><p>Unlock it?</p>")
              .arg(name.isEmpty() ? tr("this tenant") : name.toHtmlEscaped());
    QMessageBox *box = newQuestionBox(m_form, QMessageBox::Warning,
        QStringLiteral("unlockProductionMessageBox"), tr("Unlock a production tenant?"), text);
    QPushButton *unlock = addQuestionButton(
        box, tr("&Unlock"), QMessageBox::AcceptRole, QStringLiteral("unlockButton"));
    QPushButton *keep = addQuestionButton(
        box, tr("&Keep locked"), QMessageBox::RejectRole, QStringLiteral("keepLockedButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, unlock](QAbstractButton *button) {
        if (button == unlock)
            m_readOnly->setChecked(false);
    });
    m_unlockBox = box;
    box->open();
}

} // namespace Passdesk
