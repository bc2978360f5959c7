#include "core/auth/wallclocktimer.h"

#include <QTimer>

namespace Passdesk {

WallClockTimer::WallClockTimer(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (QDateTime::currentDateTimeUtc() < m_when) {
            wait();
            return;
        }
        emit timeout();
    });
}

WallClockTimer::~WallClockTimer() = default;

void WallClockTimer::startAt(const QDateTime &when)
{
    m_when = when;
    wait();
}

void WallClockTimer::wait()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_when);
    m_timer->start(int(qBound(qint64(0), left, qint64(24 * 3600 * 1000))));
}

void WallClockTimer::stop()
{
    m_timer->stop();
}

bool WallClockTimer::isActive() const
{
    return m_timer->isActive();
}

} // namespace Passdesk
