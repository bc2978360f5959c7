#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Passdesk {

// Fires once at a point in time (UTC), however far off: it waits at most a day at a time (a
// QTimer's milliseconds are an int) and waits again when a timer fires a little early.
class WallClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallClockTimer)

public:
    explicit WallClockTimer(QObject *parent = nullptr);
    ~WallClockTimer() override;

    void startAt(const QDateTime &when); // a time already past fires from the event loop
    void stop();
    bool isActive() const;

signals:
    void timeout();

private:
    void wait();

    QTimer *m_timer;
    QDateTime m_when;
};

} // namespace Passdesk
