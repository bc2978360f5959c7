#include "core/auth/wallclocktimer.h"

#include <QTimerEvent>

namespace Passdesk {

WallClockTimer::WallClockTimer(QObject *parent)
    : QObject(parent)
{ }

WallClockTimer::~WallClockTimer() = default;

void WallClockTimer::startAt(const QDateTime &when)
{
    m_when = when;
    wait();
}

void WallClockTimer::wait()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_when);
    m_timer.start(int(qBound(qint64(0), left, qint64(24 * 3600 * 1000))), Qt::CoarseTimer, this);
}

void WallClockTimer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    if (QDateTime::currentDateTimeUtc() < m_when) {
        wait();
        return;
    }
    emit timeout();
}

} // namespace Passdesk
