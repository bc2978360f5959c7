#include "tokenhistory.h"

#include <QLocale>

namespace Passdesk {

TokenHistory::TokenHistory(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

TokenHistory::~TokenHistory() = default;

void TokenHistory::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshStatus();
}

void TokenHistory::add(const Entry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry); // newest first
    endInsertRows();
}

bool TokenHistory::isLive(const Entry &entry) const
{
    return m_now() < entry.expiresAt;
}

void TokenHistory::refreshStatus()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DisplayRole});
}

int TokenHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TokenHistory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenHistory::cell(const Entry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn: // a session is short: the time says enough, the CSV has the full stamp
        return locale.toString(entry.generatedAt.toLocalTime().time(), QLocale::ShortFormat);
    case UserColumn:
        return entry.userId;
    case RequestIdColumn: // a blank cell would look like a lost copy; say whose it is
        return entry.requestId.isEmpty() ? tr("not given by the server") : entry.requestId;
    case ExpiresColumn:
        return locale.toString(entry.expiresAt.toLocalTime().time(), QLocale::ShortFormat);
    case StatusColumn:
        return isLive(entry) ? tr("Live") : tr("Expired");
    }
    return {};
}

QVariant TokenHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return cell(entry, index.column());
    if (role == Qt::ToolTipRole && (index.column() == TimeColumn || index.column() == ExpiresColumn)) {
        const QDateTime &time = index.column() == TimeColumn ? entry.generatedAt : entry.expiresAt;
        return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
    }
    if (role == Qt::ToolTipRole && index.column() == UserColumn)
        return tr("%n digit(s), valid %1 minutes", nullptr, entry.length).arg(entry.durationMinutes);
    return {};
}

QVariant TokenHistory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Generated");
    case UserColumn: return tr("User");
    case RequestIdColumn: return tr("Request ID");
    case ExpiresColumn: return tr("Expires");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QString TokenHistory::toText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const Entry &entry : m_entries) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(cell(entry, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TokenHistory::toCsv() const
{
    auto quote = [](QString value) -> QString {
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
            value.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + value + QLatin1Char('"');
        }
        return value;
    };
    // ISO times in the file: a ticket system reads them whatever the UI language.
    QStringList lines {QStringLiteral("generated_utc,user,request_id,length,duration_minutes,expires_utc,status")};
    for (const Entry &entry : m_entries) {
        // Like the status, a fixed English marker that ticket systems can match.
        const QString requestId = entry.requestId.isEmpty() ? QStringLiteral("(not given by the server)")
                                                            : entry.requestId;
        lines.append(QStringList {entry.generatedAt.toString(Qt::ISODate), quote(entry.userId), quote(requestId),
                                  QString::number(entry.length), QString::number(entry.durationMinutes),
                                  entry.expiresAt.toString(Qt::ISODate),
                                  isLive(entry) ? QStringLiteral("live") : QStringLiteral("expired")}
                         .join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace Passdesk
