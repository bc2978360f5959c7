// Fuzzes inspectAccessToken and accessTokenInputError, which read an access token (a JWT the
// server issued) that the user pasted: base64url, JSON claims, `exp` and `scope`.
// Invariants: only three dot-separated parts can be well formed; an expiry is a valid UTC time
// not before 1970; a token that is not well formed says nothing about expiry or scopes; a token the
// input check accepts is non-empty, made of ASCII token characters only and not expired.

#include "core/auth/accesstokeninfo.h"
#include "fuzzcheck.h"

#include <QTimeZone>
#include <algorithm>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A paste arrives as text; invalid UTF-8 becomes replacement characters, as in a line edit.
    const QString token = QString::fromUtf8(PassdeskFuzz::bytes(data, size));
    static const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

    const AccessTokenInfo info = inspectAccessToken(token);
    if (!info.wellFormed) {
        PASSDESK_FUZZ_CHECK(!info.expiresAt.has_value());
        PASSDESK_FUZZ_CHECK(info.scopes.isEmpty());
    } else {
        PASSDESK_FUZZ_CHECK(token.count(QLatin1Char('.')) == 2);
    }
    if (info.expiresAt) {
        PASSDESK_FUZZ_CHECK(info.expiresAt->isValid());
        PASSDESK_FUZZ_CHECK(info.expiresAt->timeSpec() == Qt::UTC);
        PASSDESK_FUZZ_CHECK(info.expiresAt->toSecsSinceEpoch() >= 0); // `exp` 0.5 is 1970
    }

    const QString error = accessTokenInputError(token, now);
    if (error.isEmpty()) {
        PASSDESK_FUZZ_CHECK(!token.isEmpty());
        PASSDESK_FUZZ_CHECK(std::all_of(token.begin(), token.end(),
            [](QChar c) { return c.isLetterOrNumber() || QStringLiteral("-._~+/=").contains(c); }));
        PASSDESK_FUZZ_CHECK(!info.expiresAt || *info.expiresAt > now);
    }
    return 0;
}
