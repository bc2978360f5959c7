#pragma once

#include <QObject>
#include <QPointer>

class QCheckBox;
class QLineEdit;
class QMessageBox;
class QRadioButton;
class QWidget;

namespace Passdesk {

// The tenant form's production marking and read-only lock, kept in step. Marking a tenant
// production locks it; marking it test unlocks it only while the lock has just followed the
// marking (a lock the user set, or a stored tenant's, stays as it is). Unlocking a production
// tenant asks first, and the lock stays on until the user answers Unlock: a production tenant's
// config is never writable by a slip. It works on the form's own controls (from the form's .ui),
// so the form stays one layout.
class ProductionLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionLock)

public:
    // form is the parent of this object and of the question it asks; displayName names the
    // tenant in that question.
    ProductionLock(
        QRadioButton *production, QCheckBox *readOnly, QLineEdit *displayName, QWidget *form);
    ~ProductionLock() override;

    // Another tenant is shown: an open question closes, and the lock of a stored tenant counts
    // as set by the user.
    void reset(bool storedTenant);
    // The user marked the tenant production (or test).
    void followMarking(bool production);

private:
    void onReadOnlyClicked(bool checked);

    QWidget *m_form;
    QRadioButton *m_production;
    QCheckBox *m_readOnly;
    QLineEdit *m_displayName;
    bool m_lockTouched = false; // the user set the lock themselves; the marking no longer moves it
    QPointer<QMessageBox> m_unlockBox;
};

} // namespace Passdesk
