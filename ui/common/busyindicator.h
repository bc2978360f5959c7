#pragma once

namespace Passdesk {

// How long a request may take before a window shows that it is waiting (a busy bar, a hidden
// result). A loopback or LAN answer takes a few milliseconds; flashing a busy state for that
// long only costs paint passes and draws the eye for nothing.
inline constexpr int busyIndicatorDelayMs = 200;

} // namespace Passdesk
