#include "panelpainting.h"

#include <QPainter>
#include <QWidget>

namespace Passdesk {

void paintPanel(QPainter &painter, const QRect &rect, const PanelStyle &style)
{
    if (!style.background.isValid() && !style.border.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool outlined = style.border.isValid() && style.borderWidth > 0;
    const qreal inset = outlined ? style.borderWidth / 2.0 : 0.0;
    painter.setPen(outlined ? QPen(style.border, style.borderWidth) : QPen(Qt::NoPen));
    painter.setBrush(style.background.isValid() ? QBrush(style.background) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(
        QRectF(rect).adjusted(inset, inset, -inset, -inset), style.radius, style.radius);
    painter.restore();
}

void paintOutline(QPainter &painter, const QRect &rect, const QColor &colour)
{
    painter.fillRect(rect.left(), rect.top(), rect.width(), 1, colour);
    painter.fillRect(rect.left(), rect.bottom(), rect.width(), 1, colour);
    painter.fillRect(rect.left(), rect.top(), 1, rect.height(), colour);
    painter.fillRect(rect.right(), rect.top(), 1, rect.height(), colour);
}

void applyPanelText(QWidget *panel, const PanelStyle &style)
{
    if (style.text.isValid())
        setTextColour(panel, style.text);
    else
        panel->setPalette(QPalette());
    panel->update();
}

} // namespace Passdesk
