#pragma once

#include "core/model/publicidentity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QListView;
class QLineEdit;
class QModelIndex;
class QStandardItem;
class QStandardItemModel;
class QTimer;

namespace Passdesk {

class ApiClient;
class IdentitiesReply;

// Offers public identities while the agent types a name, email or uid into a line edit.
// - The first lookup of a burst of typing goes at once (the text is long enough, and no lookup
//   went out in the last debounceMs); text typed after it waits for a pause of debounceMs. So
//   there is at most one lookup per debounceMs, and one at a time (a newer one aborts the stale
//   one), and a text answered in the last answerKeptMs is not asked again.
// - While the answer for the newest text is on its way, the list shows the last answer narrowed
//   to the entries that may still match (publicIdentityMayMatchPrefix); the answer replaces it.
// - The matches are listed under the field in a list that belongs to the field's window (not a
//   separate popup window), so screen readers reach it in the window's tree. The arrow keys in
//   the field move through it; choosing an entry in any way (arrow keys, click, Enter, or
//   selecting it through the accessibility interface) puts its uid (alias) into the line edit.
// - Any change of the field's text starts a lookup, typed or set through the accessibility text
//   interface, but not the change made by picking.
class IdentityLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityLookup)

public:
    static constexpr int debounceMs = 250;
    static constexpr int minimumPrefix = 2;
    static constexpr int maximumResults = 20;
    static constexpr int visibleRows = 8;
    // An answer this recent is not asked for again when the text comes back to it.
    static constexpr int answerKeptMs = 30000;
    void setAnswerKeptMs(int ms) { m_answerKeptMs = ms; } // for tests

    IdentityLookup(ApiClient *client, QLineEdit *lineEdit, QObject *parent = nullptr);
    ~IdentityLookup() override;

    // The identity whose alias is in the line edit, when it came from a lookup.
    std::optional<PublicIdentity> pickedIdentity() const;
    // The list of matches (objectName identityLookupListView), shown under the line edit.
    QListView *suggestions() const { return m_view; }
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
    // The server's answer for `prefix` is in the list (narrowed to the field's text).
    void answerListed(const QString &prefix);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void lookUp();
    void showResults(const QString &prefix, const QList<PublicIdentity> &identities);
    void listShown();
    QStandardItem *itemFor(int row) const;
    void pick(const QModelIndex &index);
    void moveCurrent(int step);
    void placeList();
    void hideList();

    ApiClient *m_client;
    QLineEdit *m_lineEdit;
    QListView *m_view;
    QStandardItemModel *m_model;
    QTimer *m_debounce;
    QPointer<IdentitiesReply> m_pending;
    QList<PublicIdentity> m_shown; // the server's answer for m_shownFor
    QString m_shownFor;
    QElapsedTimer m_answeredAt;
    int m_answerKeptMs = answerKeptMs;
    QList<int> m_listedRows; // the rows of m_shown in the list
    QElapsedTimer m_sinceLookup; // since the last lookup went out
    std::optional<PublicIdentity> m_picked;
    bool m_picking = false; // the text change comes from pick(): no lookup for it
    int m_lookups = 0;
};

} // namespace Passdesk
