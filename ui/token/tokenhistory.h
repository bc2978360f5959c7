#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace Passdesk {

// The digit tokens generated in this session, for the ticket: when, for whom, the requestId
// and until when. Never the digits.
class TokenHistory final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHistory)

public:
    enum Column { TimeColumn, UserColumn, RequestIdColumn, ExpiresColumn, StatusColumn, ColumnCount };

    struct Entry
    {
        QDateTime generatedAt; // UTC
        QString userId;
        QString requestId;
        int length = 0;
        int durationMinutes = 0;
        QDateTime expiresAt; // UTC
    };

    explicit TokenHistory(QObject *parent = nullptr);
    ~TokenHistory() override;

    void setClock(std::function<QDateTime()> now);
    void add(const Entry &entry);
    const QList<Entry> &entries() const { return m_entries; }
    bool isLive(const Entry &entry) const;
    void refreshStatus(); // re-reads the clock for the status column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString toText() const; // tab-separated, with a header line
    QString toCsv() const;  // RFC 4180

private:
    QString cell(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    std::function<QDateTime()> m_now;
};

} // namespace Passdesk
