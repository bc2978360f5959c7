#include "passdeskstyle.h"

#include "lazyicon.h"

#include <QApplication>
#include <QMainWindow>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace Passdesk {

PassdeskStyle::PassdeskStyle(const QString &baseStyleKey)
    : QProxyStyle(baseStyleKey)
    , m_overFusion(baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{ }

void PassdeskStyle::install()
{
    if (qobject_cast<PassdeskStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new PassdeskStyle(QApplication::style()->name()));
}

QIcon PassdeskStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton
        && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // The widget may be gone when the icon is first painted; the style's own icon for it then.
    QPointer<QWidget> owner(const_cast<QWidget *>(widget));
    QPointer<QStyle> base(baseStyle());
    return iconMadeWhenUsed([base, owner, standardIcon] {
        return base ? base->standardIcon(standardIcon, nullptr, owner.data()) : QIcon();
    });
}

void PassdeskStyle::drawControl(ControlElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    // As Fusion, only a main window's tool bars get the bar look (others are plain).
    if (element == CE_ToolBar && m_overFusion && widget
        && qobject_cast<const QMainWindow *>(widget->parentWidget())) {
        const QRect &bar = option->rect;
        painter->fillRect(bar, option->palette.window());
        const QRect line = (option->state & State_Horizontal)
            ? QRect(bar.left(), bar.bottom(), bar.width(), 1)
            : QRect(bar.right(), bar.top(), 1, bar.height());
        painter->fillRect(line, option->palette.mid());
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace Passdesk
