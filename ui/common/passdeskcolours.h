#pragma once

// The colours Passdesk gives meaning to, in one place: secondary text, and the environment of a
// tenant (always repeated in words; colour only draws the eye).

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

namespace Passdesk {

// Help lines and hints: the text colour 40 % towards the background, which sets them apart in
// light and dark themes alike while keeping a readable contrast.
inline QColor secondaryTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto blend = [](int a, int b) {
        return (a * 6 + b * 4) / 10;
    };
    return QColor(blend(text.red(), window.red()), blend(text.green(), window.green()),
        blend(text.blue(), window.blue()));
}

// Sets the colour a widget (and the labels in it) draws its text in.
inline void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

// The colours of a painted panel (ui/common/panelpainting.h): a notice, a badge, a frame.
struct PanelStyle
{
    QColor background; // invalid: none
    QColor border; // invalid: none
    QColor text; // invalid: the palette's
    int borderWidth = 1;
    int radius = 4;
};

// Text that marks what changed or was repaired, and text that says what is wrong.
inline QColor attentionTextColour()
{
    return QColor(0x8a, 0x5a, 0x00);
}

inline QColor errorTextColour()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

// Notices on a tinted box carry their own dark text, so they read in dark themes as well.
inline PanelStyle infoNoticeStyle()
{
    return { QColor(0xe8, 0xf0, 0xfe), QColor(0xa8, 0xc2, 0xf0), QColor(0x1f, 0x2a, 0x44) };
}

inline PanelStyle warningNoticeStyle()
{
    return { QColor(0xff, 0xf4, 0xe5), QColor(), QColor(0x3d, 0x2e, 0x00) };
}

inline PanelStyle errorPanelStyle()
{
    return { QColor(0xfd, 0xec, 0xea), QColor(0xe0, 0xa3, 0x9d), QColor(0x3b, 0x0d, 0x09) };
}

enum class Environment
{
    Production,
    Test,
    Sandbox
};

inline QColor environmentColour(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QColor(0xc6, 0x28, 0x28);
    case Environment::Test:
        return QColor(0x4e, 0x8f, 0xf2);
    case Environment::Sandbox:
        break;
    }
    return QColor(0xf2, 0xc1, 0x4e);
}

inline PanelStyle environmentBadgeStyle(Environment environment)
{
    return { environmentColour(environment), QColor(),
        environment == Environment::Sandbox ? QColor(0x2b, 0x21, 0x00) : QColor(Qt::white) };
}

// The outline that frames the tenant bar of a production tenant.
inline PanelStyle productionOutlineStyle()
{
    return { QColor(), environmentColour(Environment::Production), QColor(), 2 };
}

// A round dot for lists and combo boxes, beside words that say the same.
inline QIcon environmentDot(Environment environment, int size = 12)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(environmentColour(environment));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pixmap);
}

} // namespace Passdesk
