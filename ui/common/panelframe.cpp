#include "panelframe.h"

#include "panelpainting.h"

#include <QPainter>

namespace Passdesk {

PanelFrame::PanelFrame(QWidget *parent)
    : QFrame(parent)
{ }

void PanelFrame::setPanelStyle(const PanelStyle &style)
{
    m_style = style;
    applyPanelText(this, style);
}

void PanelFrame::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        paintPanel(painter, rect(), m_style);
    }
    QFrame::paintEvent(event);
}

} // namespace Passdesk
