#include "callerdetails.h"

#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"
#include "core/model/digittoken.h"
#include "core/model/displaytext.h"
#include "identitylookup.h"

#include <QLabel>
#include <QLineEdit>

namespace Passdesk {

CallerDetails::CallerDetails(
    QLabel *label, QLineEdit *userField, IdentityLookup *lookup, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_userField(userField)
    , m_lookup(lookup)
    , m_client(client)
{
    connect(m_lookup, &IdentityLookup::identityPicked, this, &CallerDetails::update);
    connect(m_lookup, &IdentityLookup::availabilityChanged, this, &CallerDetails::update);
    m_label->setTextFormat(Qt::PlainText); // server words: never markup
    update();
    connect(m_lookup, &IdentityLookup::lookupFailed, this, [this](const QString &summary) {
        if (!userIdInputError(m_userField->text().trimmed()).isEmpty())
            return; // refused before sending; the field's own message says why
        m_lookupFailure = summary;
        update();
    });
}

CallerDetails::~CallerDetails() = default;

void CallerDetails::update()
{
    QString text;
    if (const std::optional<PublicIdentity> identity = m_lookup->pickedIdentity()) {
        text = identity->isInactive()
            ? tr("%1 · %2 · inactive (%3): check before resetting")
                  .arg(DisplayText::field(identity->name), DisplayText::field(identity->email),
                      DisplayText::field(identity->identityState))
            : tr("%1 · %2 · active")
                  .arg(DisplayText::field(identity->name), DisplayText::field(identity->email));
    } else if (!m_lookup->isAvailable()) {
        text = tr("Looking callers up is off: %1. Only a user's token may look people up; type "
                  "the caller's exact uid.")
                   .arg(m_client->accessTokens()->claims().describe());
    } else if (!m_lookupFailure.isEmpty()) {
        text = tr("The lookup failed (%1); you can still type the exact uid.").arg(m_lookupFailure);
    }
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
}

} // namespace Passdesk
