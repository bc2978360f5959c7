#pragma once

#include <QIcon>
#include <functional>

namespace Passdesk {

// An icon that is made (read, decoded, its icon engine plugin loaded) only when it is first
// painted or asked for a pixmap or size. Why: the window icon is an SVG, which means the SVG
// icon engine plugin and the SVG library, and some platforms never ask for it (offscreen, and
// Wayland desktops, which take it from the .desktop file); QMenuBar and QToolBar ask the style
// for their extension icons when they are made, and for a PNG file Qt first loads every image
// format plugin to ask whether it reads PNG, for a button that shows only in a narrow window.
// Kept because it measurably shortens every start (docs/benchmarks.md). Not specific to a
// Qt version. Guarded by tst_passdeskstyle.
QIcon iconMadeWhenUsed(std::function<QIcon()> make);

// Passdesk's window icon (passdesk.svg), made when used.
QIcon passdeskWindowIcon();

} // namespace Passdesk
