#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Passdesk {

// Longest wait Passdesk honours; longer values are capped and the user is told.
inline constexpr int maxRetryAfterSeconds = 3600;

struct RetryAfter
{
    int seconds = 0;
    bool capped = false;
};

// Parses a Retry-After header: delta-seconds or an HTTP date (RFC 9110). A date in the past
// means 0. Negative or garbage values give nullopt (the caller then uses its own default).
std::optional<RetryAfter> parseRetryAfter(const QByteArray &value,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Passdesk
