#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

namespace Passdesk {

class ApiClient;
class IdentityLookup;

// The line under the token dialog's user field that says who the caller is: the person picked
// from the lookup (name, email, active or inactive, each server field isolated), or why nobody
// can be looked up (an app-only token may not), or that the last lookup failed and the exact uid
// can still be typed. A failure is forgotten as soon as the field changes, and not shown when the
// field's own error already says why nothing was sent. Server words only: the label is plain text.
class CallerDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerDetails)

public:
    // label shows the details; lookup fills userField; client's token says why lookups are off.
    CallerDetails(QLabel *label, QLineEdit *userField, IdentityLookup *lookup, ApiClient *client,
        QObject *parent);
    ~CallerDetails() override;

    // The user field changed: a failed lookup's summary no longer applies.
    void forgetFailure() { m_lookupFailure.clear(); }
    // Shows the details as they are now (also after a language change).
    void update();

private:
    QLabel *m_label;
    QLineEdit *m_userField;
    IdentityLookup *m_lookup;
    ApiClient *m_client;
    QString m_lookupFailure; // the failed lookup's summary, shown under the user field
};

} // namespace Passdesk
