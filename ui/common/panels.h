#pragma once

// Boxed text and frames painted by hand: a notice on a tinted background, an environment badge,
// the error frame, the production frame around the tenant bar. Not style sheets: a style sheet
// puts the widget and all its children under QStyleSheetStyle, which matches CSS rules again on
// every polish, size hint and paint.

#include "passdeskcolours.h"

#include <QFrame>
#include <QLabel>

class QPainter;

namespace Passdesk {

// Fills and outlines rect (in widget coordinates) as style says.
void paintPanel(QPainter &painter, const QRect &rect, const PanelStyle &style);
// A one-pixel outline just inside rect, as four filled strips (QPainter::drawRect with the
// default pen goes through the path stroker).
void paintOutline(QPainter &painter, const QRect &rect, const QColor &colour);

// A label on its own tinted, rounded background: notices, warnings, badges.
class PanelLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelLabel)

public:
    explicit PanelLabel(QWidget *parent = nullptr);

    void setPanelStyle(const PanelStyle &style);
    const PanelStyle &panelStyle() const { return m_style; }
    // Space between the box's edge and its text.
    void setPadding(int vertical, int horizontal);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PanelStyle m_style;
};

// A frame whose background and border are painted under its children (the error view's box,
// the tenant bar's production outline).
class PanelFrame final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelFrame)

public:
    explicit PanelFrame(QWidget *parent = nullptr);

    void setPanelStyle(const PanelStyle &style);
    const PanelStyle &panelStyle() const { return m_style; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PanelStyle m_style;
};

} // namespace Passdesk
