#pragma once

// The colours Passdesk gives meaning to, in one place: secondary text, and the environment of a
// tenant (always repeated in words; colour only draws the eye).

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

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
