#pragma once

// Notices the first paint of a window after it was armed: any paint event of a widget whose
// window matches. The clock stops on the next event-loop iteration, once the painted frame
// has been flushed, so the paint itself counts.

#include "benchcommon.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <functional>

namespace Passdesk::Bench {

class PaintProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaintProbe)

public:
    using WindowMatch = std::function<bool(const QWidget *window)>;
    // Called with the nanoseconds since process start at the end of the painted frame.
    using Callback = std::function<void(qint64 ns)>;

    PaintProbe(WindowMatch match, Callback painted)
        : m_match(std::move(match))
        , m_painted(std::move(painted))
    {
        qApp->installEventFilter(this);
    }

    // Matches one window (it must outlive the probe's use).
    static WindowMatch window(const QWidget *window)
    {
        return [window](const QWidget *candidate) {
            return candidate == window;
        };
    }

    // Matches a top-level widget by objectName (a window that does not exist yet).
    static WindowMatch named(const QString &objectName)
    {
        return [objectName](const QWidget *candidate) {
            return candidate->objectName() == objectName;
        };
    }

    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && m_match(static_cast<QWidget *>(watched)->window())) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                qApp->removeEventFilter(this);
                m_painted(nsSinceProcessStart());
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    WindowMatch m_match;
    Callback m_painted;
    bool m_armed = false;
    bool m_seen = false;
};

} // namespace Passdesk::Bench
