#pragma once

#include "passdeskcolours.h"

#include <QFrame>

namespace Passdesk {

// A frame whose background and border are painted under its children (the error view's box,
// the tenant bar's production outline), instead of coming from a style sheet that would put
// every child under QStyleSheetStyle; its text takes the style's colour.
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
