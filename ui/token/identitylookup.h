#pragma once

#include "core/model/publicidentity.h"

#include <QObject>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace Passdesk {

class ApiClient;
class IdentitiesReply;

// Offers public identities while the agent types a name, email or uid into a line edit:
// debounced, one lookup at a time (a newer one aborts the stale one), results in a popup that
// works with the arrow keys. Picking one puts its uid (alias) into the line edit.
class IdentityLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityLookup)

public:
    static constexpr int debounceMs = 250;
    static constexpr int minimumPrefix = 2;
    static constexpr int maximumResults = 20;

    IdentityLookup(ApiClient *client, QLineEdit *lineEdit, QObject *parent = nullptr);
    ~IdentityLookup() override;

    // The identity whose alias is in the line edit, when it came from a lookup.
    std::optional<PublicIdentity> pickedIdentity() const;
    QCompleter *completer() const { return m_completer; }
    int lookupCount() const { return m_lookups; }
    int cachedResultCount() const { return int(m_shown.size()); }
    // False when the token is an app-only API client's: the tenant lets only user tokens look
    // people up, so no lookup is sent and the agent types the exact uid.
    bool isAvailable() const;
    // Drops the results and the picked identity (sign out, another tenant).
    void forgetResults();

signals:
    void identityPicked(const Passdesk::PublicIdentity &identity);
    void lookupFailed(const QString &summary);
    void availabilityChanged();

private:
    void onTextEdited();
    void lookUp();
    void showResults(const QList<PublicIdentity> &identities);

    ApiClient *m_client;
    QLineEdit *m_lineEdit;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QTimer *m_debounce;
    QPointer<IdentitiesReply> m_pending;
    QList<PublicIdentity> m_shown;
    std::optional<PublicIdentity> m_picked;
    int m_lookups = 0;
};

} // namespace Passdesk
