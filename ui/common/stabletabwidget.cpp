#include "stabletabwidget.h"

#include <QEvent>
#include <QStackedWidget>
#include <QTabBar>

namespace Passdesk {

StableTabWidget::StableTabWidget(QWidget *parent)
    : QTabWidget(parent)
{ }

StableTabWidget::Hints StableTabWidget::currentHints() const
{
    // The stacked widget's hints come from its pages' layouts, which cache them.
    const QWidget *stack = findChild<QStackedWidget *>(
        QStringLiteral("qt_tabwidget_stackedwidget"), Qt::FindDirectChildrenOnly);
    Hints hints;
    if (stack) {
        hints.pageHint = stack->sizeHint();
        hints.pageMinimum = stack->minimumSizeHint();
    }
    hints.tabBarHint = tabBar()->sizeHint();
    hints.tabBarMinimum = tabBar()->minimumSizeHint();
    return hints;
}

bool StableTabWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest:
        if (isVisible()) {
            const Hints hints = currentHints();
            if (m_laidOut && hints == m_laidOutFor)
                return true; // nothing of ours moves: no full repaint
            m_laidOutFor = hints;
            m_laidOut = true;
        }
        break;
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        m_laidOut = false; // QTabWidget lays out again; the next request is judged afresh
        break;
    default:
        break;
    }
    return QTabWidget::event(event);
}

} // namespace Passdesk
