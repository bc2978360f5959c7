#pragma once

#include <QtGlobal>

#include <chrono>

namespace Passdesk {

// The limits every request obeys (docs/reliability.md), the same for the API, the token
// endpoint and the connection check. Tests shorten them.
struct RequestLimits
{
    // Nothing received for this long: stopped (Qt's transfer timeout, restarted by every byte).
    std::chrono::milliseconds idleTimeout { 30000 };
    // Not finished this long after it started: stopped, however steadily bytes trickle in.
    std::chrono::milliseconds deadline { 60000 };
    // Response headers not complete this long after the request went out: stopped. Qt 6.4
    // reads headers without a limit and tells nothing of them until they end, so this wait
    // is what bounds a header block that never ends: in time, not in bytes (Qt took in about
    // 4 MB a second of it on loopback).
    std::chrono::milliseconds headerWait { 10000 };
    // A complete header block larger than this is refused before any of the body is read.
    qint64 maxHeaderBytes = 64 * 1024;
};

} // namespace Passdesk
