#include "panellabel.h"

#include "panelpainting.h"

#include <QPainter>

namespace Passdesk {

PanelLabel::PanelLabel(QWidget *parent)
    : QLabel(parent)
{ }

void PanelLabel::setPanelStyle(const PanelStyle &style)
{
    m_style = style;
    applyPanelText(this, style);
}

void PanelLabel::setPadding(int vertical, int horizontal)
{
    setContentsMargins(horizontal, vertical, horizontal, vertical);
}

void PanelLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        paintPanel(painter, rect(), m_style);
    }
    QLabel::paintEvent(event);
}

} // namespace Passdesk
