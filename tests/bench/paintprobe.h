#pragma once

// Notices the first paint of a window after it was armed: any paint event of the window or
// one of its children. The clock stops on the next event-loop iteration, once the painted
// frame has been flushed, so the paint itself counts.

#include "benchcommon.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace Passdesk::Bench {

class PaintProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaintProbe)

public:
    // Called with the nanoseconds since process start at the end of the painted frame.
    using Callback = std::function<void(qint64 ns)>;

    PaintProbe(QWidget *window, Callback painted)
        : m_window(window)
        , m_painted(std::move(painted))
    {
        qApp->installEventFilter(this);
    }

    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && m_window && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                qApp->removeEventFilter(this);
                m_painted(nsSinceProcessStart());
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    Callback m_painted;
    bool m_armed = false;
    bool m_seen = false;
};

} // namespace Passdesk::Bench
