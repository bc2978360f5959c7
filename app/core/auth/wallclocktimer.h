#pragma once

#include <QBasicTimer>
#include <QDateTime>
#include <QObject>

namespace Passdesk {

// Fires once at a point in time (UTC), however far off: it waits at most a day at a time (a
// timer's milliseconds are an int) and waits again when the timer fires a little early.
class WallClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallClockTimer)

public:
    explicit WallClockTimer(QObject *parent = nullptr);
    ~WallClockTimer() override;

    void startAt(const QDateTime &when); // a time already past fires from the event loop
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

signals:
    void timeout();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void wait();

    QBasicTimer m_timer;
    QDateTime m_when;
};

} // namespace Passdesk
