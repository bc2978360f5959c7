#include "identitylookup.h"

#include "core/api/apiclient.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace Passdesk {

namespace {
constexpr int aliasRole = Qt::UserRole + 1;
}

IdentityLookup::IdentityLookup(ApiClient *client, QLineEdit *lineEdit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lineEdit(lineEdit)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    m_completer->setModel(m_model);
    // The server already filtered by prefix of several fields; show all it sent.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(aliasRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(lineEdit);
    m_completer->popup()->setObjectName(QStringLiteral("identityLookupListView"));
    m_completer->popup()->setAccessibleName(tr("Matching people"));
    m_debounce->setSingleShot(true);
    // A coarse timer may fire 5 % late: the suggestions would come that much after the pause.
    m_debounce->setTimerType(Qt::PreciseTimer);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &IdentityLookup::lookUp);
    connect(lineEdit, &QLineEdit::textEdited, this, &IdentityLookup::onTextEdited);
    // What the server told about people belongs to the signed-in session and tenant only.
    connect(client, &ApiClient::signedOut, this, &IdentityLookup::forgetResults);
    connect(client, &ApiClient::connectionChanged, this, &IdentityLookup::forgetResults);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const int row = index.data(Qt::UserRole + 2).toInt();
        if (row < 0 || row >= m_shown.size())
            return;
        m_picked = m_shown.at(row);
        m_lineEdit->setText(m_picked->alias);
        emit identityPicked(*m_picked);
    });
}

IdentityLookup::~IdentityLookup()
{
    if (m_pending)
        m_pending->abort();
}

void IdentityLookup::forgetResults()
{
    m_debounce->stop();
    if (m_pending)
        m_pending->abort();
    m_completer->popup()->hide();
    m_model->clear();
    m_shown.clear();
    m_picked.reset();
}

std::optional<PublicIdentity> IdentityLookup::pickedIdentity() const
{
    if (m_picked && m_picked->alias == m_lineEdit->text().trimmed())
        return m_picked;
    return std::nullopt;
}

void IdentityLookup::onTextEdited()
{
    m_debounce->start();
}

void IdentityLookup::lookUp()
{
    const QString prefix = m_lineEdit->text().trimmed();
    if (m_pending)
        m_pending->abort(); // its answer would be for an older text
    if (prefix.size() < minimumPrefix || (m_picked && m_picked->alias == prefix)) {
        m_completer->popup()->hide(); // its entries were for a longer text
        return;
    }
    IdentitiesReply *reply = m_client->findIdentities(prefix, maximumResults);
    ++m_lookups;
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_pending == reply)
            m_pending = nullptr;
        if (reply->isSuccess() && reply->prefix() == m_lineEdit->text().trimmed())
            showResults(reply->identities());
        else if (!reply->isSuccess() && reply->error().kind != ApiError::Kind::Canceled)
            emit lookupFailed(reply->error().summary());
    });
}

void IdentityLookup::showResults(const QList<PublicIdentity> &identities)
{
    m_shown = identities;
    m_model->clear();
    for (int row = 0; row < identities.size(); ++row) {
        const PublicIdentity &identity = identities.at(row);
        // The state matters to the agent: resetting an inactive identity is rarely right.
        const QString text = identity.isInactive()
            ? tr("%1 — %2 (%3) — inactive: %4").arg(identity.name, identity.email, identity.alias, identity.identityState)
            : tr("%1 — %2 (%3) — %4").arg(identity.name, identity.email, identity.alias,
                                         identity.status.isEmpty() ? tr("active") : identity.status);
        auto *item = new QStandardItem(text);
        item->setData(identity.alias, aliasRole);
        item->setData(row, Qt::UserRole + 2);
        if (identity.isInactive())
            item->setForeground(QColor(0x9e, 0x2a, 0x2a));
        item->setToolTip(identity.isInactive() ? tr("This identity is inactive (%1).").arg(identity.identityState) : QString());
        item->setData(text, Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    if (identities.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // As wide as the longest entry: the state at the end of a line must not be cut off.
    QAbstractItemView *popup = m_completer->popup();
    QRect rect = m_lineEdit->rect();
    const int needed = popup->sizeHintForColumn(0) + 2 * popup->frameWidth() + popup->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    rect.setWidth(std::max(rect.width(), needed));
    m_completer->complete(rect);
}

} // namespace Passdesk
