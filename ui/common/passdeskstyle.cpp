#include "passdeskstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QMainWindow>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>
#include <functional>
#include <optional>

namespace Passdesk {

namespace {

// An icon made the first time it is painted or asked for a pixmap.
class LazyIconEngine final : public QIconEngine
{
public:
    explicit LazyIconEngine(std::function<QIcon()> make)
        : m_make(std::move(make))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    QIconEngine *clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("PassdeskLazyIconEngine"); }

private:
    LazyIconEngine(const LazyIconEngine &other) = default;

    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = m_make();
        return *m_icon;
    }

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

} // namespace

QIcon passdeskWindowIcon()
{
    return QIcon(new LazyIconEngine([] { return QIcon(QStringLiteral(":/icons/passdesk.svg")); }));
}

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
    return QIcon(new LazyIconEngine([base, owner, standardIcon] {
        return base ? base->standardIcon(standardIcon, nullptr, owner.data()) : QIcon();
    }));
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
