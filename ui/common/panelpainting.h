#pragma once

// Boxed text and frames painted by hand: a notice on a tinted background, an environment badge,
// the error frame, the production frame around the tenant bar (PanelLabel, PanelFrame, and the
// outlines of CardGroupBox and TokenDigitsLabel). Not style sheets: a style sheet puts the widget
// and all its children under QStyleSheetStyle, which matches CSS rules again on every polish,
// size hint and paint.

#include "passdeskcolours.h"

class QPainter;
class QRect;
class QWidget;

namespace Passdesk {

// Fills and outlines rect (in widget coordinates) as style says.
void paintPanel(QPainter &painter, const QRect &rect, const PanelStyle &style);
// A one-pixel outline just inside rect, as four filled strips (QPainter::drawRect with the
// default pen goes through the path stroker).
void paintOutline(QPainter &painter, const QRect &rect, const QColor &colour);
// Gives panel the style's text colour, or the inherited one when the style has none, and
// repaints it.
void applyPanelText(QWidget *panel, const PanelStyle &style);

} // namespace Passdesk
