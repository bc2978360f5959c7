#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace Passdesk {

// The platform's style, with two changes:
// - the tool bar and menu bar extension icons ("more items") are made only when one is painted
//   (iconMadeWhenUsed, lazyicon.h, says why);
// - over Fusion, the main window's tool bar is flat, with a one-pixel line below it drawn as a
//   filled rectangle, where Fusion draws bevel lines with translucent pens, which Qt's raster
//   engine blends on a thread pool it starts for that.
class PassdeskStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassdeskStyle)

public:
    explicit PassdeskStyle(const QString &baseStyleKey);

    // Makes the application's style a PassdeskStyle over the style it has now (the platform's,
    // or the one chosen with -style); once is enough.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

private:
    bool m_overFusion = false;
};

} // namespace Passdesk
