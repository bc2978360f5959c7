// Fuzzes parseRetryAfter, which reads the Retry-After header of a 429 or 503 answer.
// Invariants: the wait is never negative and never over the cap, `capped` means exactly the
// cap, delta-seconds give their own value, and an HTTP date moves with the clock.

#include "fuzzcheck.h"
#include "core/model/retryafter.h"

#include <QTimeZone>
#include <algorithm>

using namespace Passdesk;

namespace {

void checkRange(const std::optional<RetryAfter> &wait)
{
    if (!wait)
        return;
    PASSDESK_FUZZ_CHECK(wait->seconds >= 0);
    PASSDESK_FUZZ_CHECK(wait->seconds <= maxRetryAfterSeconds);
    PASSDESK_FUZZ_CHECK(!wait->capped || wait->seconds == maxRetryAfterSeconds);
}

// The value of plain delta-seconds, computed independently: digits only, capped.
std::optional<RetryAfter> expectedDelta(const QByteArray &text)
{
    if (text.isEmpty()
        || !std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        value = value * 10 + (c - '0');
        if (value > maxRetryAfterSeconds)
            return RetryAfter { maxRetryAfterSeconds, true };
    }
    return RetryAfter { static_cast<int>(value), false };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = PassdeskFuzz::bytes(data, size);
    // Fixed clocks keep runs reproducible; seeds use dates around the first one.
    static const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    static const QDateTime later = now.addSecs(10);
    static const QDateTime farPast(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());

    const auto wait = parseRetryAfter(value, now);
    checkRange(wait);
    checkRange(parseRetryAfter(value, later));
    checkRange(parseRetryAfter(value, farPast));

    if (const auto delta = expectedDelta(value.trimmed())) {
        PASSDESK_FUZZ_CHECK(wait.has_value());
        PASSDESK_FUZZ_CHECK(wait->seconds == delta->seconds && wait->capped == delta->capped);
        return 0;
    }
    // A date: ten seconds later on the clock is ten seconds less to wait (away from 0 and the
    // cap, where the value is clamped).
    if (wait && !wait->capped && wait->seconds > 10 && wait->seconds < maxRetryAfterSeconds) {
        const auto second = parseRetryAfter(value, later);
        PASSDESK_FUZZ_CHECK(second.has_value());
        PASSDESK_FUZZ_CHECK(second->seconds == wait->seconds - 10);
    }
    return 0;
}
