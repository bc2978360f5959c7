#pragma once

#include <QSize>
#include <QTabWidget>

namespace Passdesk {

// A QTabWidget that repaints only what changed. QTabWidget answers every layout request from its
// page (which a label's new text sends up the chain) by laying itself out again and repainting
// everything it shows: in the token dialog, a token whose details line was a little wider
// repainted the whole page, inputs and tab bar included. Here a layout request passes to
// QTabWidget only when the size the page or the tab bar asks for has changed; otherwise the
// page's own layout has already placed its widgets, and those that changed repaint themselves.
class StableTabWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StableTabWidget)

public:
    explicit StableTabWidget(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;

private:
    struct Hints
    {
        QSize pageHint;
        QSize pageMinimum;
        QSize tabBarHint;
        QSize tabBarMinimum;
        bool operator==(const Hints &) const = default;
    };
    Hints currentHints() const;

    Hints m_laidOutFor;
    bool m_laidOut = false;
};

} // namespace Passdesk
