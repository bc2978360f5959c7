#pragma once

// Counts the events of one type that reach a widget (paints, shows), so a test can say that
// something was, or was not, repainted or shown.

#include <QEvent>
#include <QObject>

namespace Passdesk::Testing {

class EventCounter final : public QObject
{
public:
    EventCounter(QObject *watched, QEvent::Type type)
        : QObject(watched)
        , m_type(type)
    {
        watched->installEventFilter(this);
    }

    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
};

} // namespace Passdesk::Testing
