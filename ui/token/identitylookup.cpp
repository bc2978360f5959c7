#include "identitylookup.h"

#include "core/api/apiclient.h"
#include "core/model/displaytext.h"
#include "plaintooltip.h"
#include "core/auth/accesstokenprovider.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace Passdesk {

namespace {
constexpr int aliasRole = Qt::UserRole + 1;
constexpr int rowRole = Qt::UserRole + 2;
}

IdentityLookup::IdentityLookup(ApiClient *client, QLineEdit *lineEdit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lineEdit(lineEdit)
    , m_view(new QListView(lineEdit->window()))
    , m_model(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("identityLookupListView"));
    m_view->setAccessibleName(tr("Matching people"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    // Wider than the window, an entry loses its middle (the email), not the state at its end;
    // no sideways scrolling. Its accessible text stays whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The field keeps the keyboard focus (the agent goes on typing); the arrow keys there move
    // through the list.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->hide();
    m_debounce->setSingleShot(true);
    // A coarse timer may fire 5 % late: the suggestions would come that much after the pause.
    m_debounce->setTimerType(Qt::PreciseTimer);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &IdentityLookup::lookUp);
    connect(lineEdit, &QLineEdit::textChanged, this, &IdentityLookup::onTextChanged);
    // What the server told about people belongs to the signed-in session and tenant only.
    connect(client, &ApiClient::signedOut, this, &IdentityLookup::forgetResults);
    connect(client, &ApiClient::connectionChanged, this, &IdentityLookup::forgetResults);
    connect(client->accessTokens(), &AccessTokenProvider::claimsChanged, this,
        &IdentityLookup::availabilityChanged);
    // Selecting an entry picks it, however it was selected (arrow keys, a click, a screen
    // reader's select action); Enter or a click also closes the list.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this](const QItemSelection &selected) {
            if (!selected.isEmpty())
                pick(selected.indexes().constFirst());
        });
    const auto pickAndClose = [this](const QModelIndex &index) {
        pick(index);
        hideList();
    };
    connect(m_view, &QListView::activated, this, pickAndClose);
    connect(m_view, &QListView::clicked, this, pickAndClose);
    lineEdit->installEventFilter(this);
    m_view->installEventFilter(this);
    m_view->parentWidget()->installEventFilter(this); // follows the field when the window resizes
}

IdentityLookup::~IdentityLookup()
{
    if (m_pending) {
        m_pending->disconnect(this); // the field may be gone already: no answer is wanted
        m_pending->abort();
    }
}

void IdentityLookup::forgetResults()
{
    m_debounce->stop();
    if (m_pending)
        m_pending->abort();
    hideList();
    m_model->clear();
    m_shown.clear();
    m_shownFor.clear();
    m_listedRows.clear();
    m_sinceLookup.invalidate();
    m_picked.reset();
}

bool IdentityLookup::isAvailable() const
{
    const TokenClaims claims = m_client->accessTokens()->claims();
    return !claims.wellFormed || claims.hasUser();
}

std::optional<PublicIdentity> IdentityLookup::pickedIdentity() const
{
    if (m_picked && m_picked->alias == m_lineEdit->text().trimmed())
        return m_picked;
    return std::nullopt;
}

void IdentityLookup::onTextChanged()
{
    if (m_picking)
        return;
    listShown(); // narrowed to the new text while its own answer is awaited
    const bool quiet = !m_sinceLookup.isValid() || m_sinceLookup.elapsed() >= debounceMs;
    if (quiet && !m_pending && m_lineEdit->text().trimmed().size() >= minimumPrefix) {
        m_debounce->stop();
        lookUp(); // the first of a burst: its answer comes while the agent types on
    } else {
        m_debounce->start();
    }
}

void IdentityLookup::lookUp()
{
    const QString prefix = m_lineEdit->text().trimmed();
    if (m_pending)
        m_pending->abort(); // its answer would be for an older text
    if (prefix.size() < minimumPrefix || (m_picked && m_picked->alias == prefix)
        || !isAvailable()) {
        hideList(); // its entries were for a longer text
        return;
    }
    if (prefix == m_shownFor && m_answeredAt.isValid()
        && m_answeredAt.elapsed() < m_answerKeptMs) {
        listShown(); // answered just now (typed on and back): not asked twice
        return;
    }
    IdentitiesReply *reply = m_client->findIdentities(prefix, maximumResults);
    ++m_lookups;
    m_sinceLookup.start();
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_pending == reply)
            m_pending = nullptr;
        // An answer for a text the field's text extends (typed on) or shortens is still the best
        // list there is until the newest one's comes; anything else is dropped.
        if (!reply->isSuccess()) {
            if (reply->error().kind != ApiError::Kind::Canceled)
                emit lookupFailed(reply->error().summary());
            return;
        }
        const QString text = m_lineEdit->text().trimmed();
        if (text.startsWith(reply->prefix(), Qt::CaseInsensitive)
            || reply->prefix().startsWith(text, Qt::CaseInsensitive))
            showResults(reply->prefix(), reply->identities());
    });
}

void IdentityLookup::showResults(const QString &prefix, const QList<PublicIdentity> &identities)
{
    m_shown = identities;
    m_shownFor = prefix;
    m_answeredAt.start();
    m_listedRows.clear();
    listShown();
    emit answerListed(prefix);
}

void IdentityLookup::listShown()
{
    // The answer's entries that may match the field's text: all of them when the text is the
    // answer's or shorter, those that may still match when it is longer, none otherwise.
    const QString text = m_lineEdit->text().trimmed();
    QList<int> rows;
    if (text.size() >= minimumPrefix && !m_shownFor.isEmpty()) {
        const bool within = m_shownFor.startsWith(text, Qt::CaseInsensitive);
        const bool longer = text.startsWith(m_shownFor, Qt::CaseInsensitive);
        for (int row = 0; row < m_shown.size(); ++row) {
            if (within || (longer && publicIdentityMayMatchPrefix(m_shown.at(row), text)))
                rows.append(row);
        }
    }
    if (rows != m_listedRows) {
        m_listedRows = rows;
        m_model->clear();
        for (const int row : std::as_const(rows))
            m_model->appendRow(itemFor(row));
    }
    // Offered only while the field is the window's focus: an answer that comes after the agent
    // moved on (Generate was pressed) must not cover the form.
    if (rows.isEmpty() || m_lineEdit->window()->focusWidget() != m_lineEdit) {
        hideList();
        return;
    }
    placeList();
    m_view->show();
    m_view->raise();
}

QStandardItem *IdentityLookup::itemFor(int row) const
{
    const PublicIdentity &identity = m_shown.at(row);
    // The state matters to the agent: resetting an inactive identity is rarely right. Each
    // server field is isolated and cut (DisplayText), so none can hide or reorder the state.
    const QString name = DisplayText::field(identity.name);
    const QString email = DisplayText::field(identity.email);
    const QString alias = DisplayText::field(identity.alias);
    const QString state = DisplayText::field(identity.identityState);
    const QString text = identity.isInactive()
        ? tr("%1 — %2 (%3) — inactive: %4").arg(name, email, alias, state)
        : tr("%1 — %2 (%3) — %4").arg(name, email, alias,
              identity.status.isEmpty() ? tr("active") : DisplayText::field(identity.status));
    auto *item = new QStandardItem(text);
    item->setData(identity.alias, aliasRole);
    item->setData(row, rowRole);
    if (identity.isInactive())
        item->setForeground(QColor(0x9e, 0x2a, 0x2a));
    item->setToolTip(identity.isInactive()
            ? plainToolTip(tr("This identity is inactive (%1).").arg(state))
            : QString());
    item->setData(text, Qt::AccessibleTextRole);
    return item;
}

void IdentityLookup::pick(const QModelIndex &index)
{
    const int row = index.data(rowRole).toInt();
    if (!index.isValid() || row < 0 || row >= m_shown.size())
        return;
    m_picked = m_shown.at(row);
    if (m_lineEdit->text() != m_picked->alias) {
        m_picking = true;
        m_lineEdit->setText(m_picked->alias);
        m_picking = false;
    }
    emit identityPicked(*m_picked);
}

void IdentityLookup::moveCurrent(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().row();
    const int next = current < 0 ? (step > 0 ? 0 : rows - 1) : std::clamp(current + step, 0, rows - 1);
    const QModelIndex index = m_model->index(next, 0);
    m_view->setCurrentIndex(index); // selects it, which picks it
    m_view->scrollTo(index);
}

void IdentityLookup::placeList()
{
    // Under the field, as wide as the longest entry (the state at the end of a line must not be
    // cut off) as far as the window allows, and tall enough for a few entries.
    QWidget *window = m_view->parentWidget();
    const QPoint below = m_lineEdit->mapTo(window, QPoint(0, m_lineEdit->height()));
    const int frame = 2 * m_view->frameWidth();
    const int needed = m_view->sizeHintForColumn(0) + frame
        + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = std::min(std::max(m_lineEdit->width(), needed), window->width() - below.x());
    const int rows = std::min<int>(m_model->rowCount(), visibleRows);
    const int height = std::min(rows * std::max(1, m_view->sizeHintForRow(0)) + frame,
        std::max(window->height() - below.y(), 1));
    m_view->setGeometry(below.x(), below.y(), width, height);
}

void IdentityLookup::hideList()
{
    m_view->hide();
}

bool IdentityLookup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->parentWidget()) {
        if (event->type() == QEvent::Resize && m_view->isVisible())
            placeList();
        return false;
    }
    if (event->type() == QEvent::FocusOut && watched == m_lineEdit) {
        // Leaving the field (Tab, a click elsewhere) closes the list; the window losing the
        // focus to another one does not.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            hideList();
        return false;
    }
    if (event->type() != QEvent::KeyPress || !m_view->isVisible())
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape) {
        hideList(); // closes the list, not the dialog
        return true;
    }
    if (watched != m_lineEdit)
        return false; // the list handles its own arrows and Enter
    switch (key) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(visibleRows);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-visibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_view->currentIndex().isValid())
            return false; // nothing chosen: Enter does what it does in the field
        pick(m_view->currentIndex());
        hideList();
        return true;
    default:
        return false;
    }
}

} // namespace Passdesk
