#include "lazyicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
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


QIcon iconMadeWhenUsed(std::function<QIcon()> make)
{
    return QIcon(new LazyIconEngine(std::move(make)));
}

QIcon passdeskWindowIcon()
{
    return iconMadeWhenUsed([] { return QIcon(QStringLiteral(":/icons/passdesk.svg")); });
}

} // namespace Passdesk
