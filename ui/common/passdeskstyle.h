#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace Passdesk {

// The window icon (passdesk.svg), read and rendered only when the window system asks for it:
// loading it means the SVG icon engine plugin and the SVG library, and some platforms never
// ask (offscreen, and Wayland desktops, which take the icon from the .desktop file).
QIcon passdeskWindowIcon();

// The platform's style, with two changes that keep start-up short:
// - the tool bar and menu bar extension icons ("more items") are made only when one is painted.
//   QMenuBar and QToolBar ask for them when they are created, and the style reads them from PNG
//   files: for a PNG file Qt first loads every image format plugin to ask whether it reads PNG,
//   all while the main window is built, for a button that shows only in a narrow window;
// - over Fusion, the main window's tool bar is flat, with a one-pixel line below it drawn as a
//   filled rectangle. Fusion draws its bevel lines with translucent pens, which Qt's raster
//   engine blends pixel by pixel and shares out over a thread pool it starts for that: about
//   2.5 ms of the first frame.
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
