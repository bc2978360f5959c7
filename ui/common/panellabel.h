#pragma once

#include "passdeskcolours.h"

#include <QLabel>

namespace Passdesk {

// A label on its own tinted, rounded background: notices, warnings, badges. The box is painted
// under the text (paintPanel) instead of coming from a style sheet, so the label stays under the
// application style; its text takes the style's colour.
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

} // namespace Passdesk
