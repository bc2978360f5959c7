// Fuzzes DigitToken::fromJson, which reads the 200 body of
// POST /generate-password-reset-token/digit, and groupDigitsForReading, which shows the result.
// Invariants: a token is never empty and all ASCII digits; a token sent as a string comes through
// unchanged whatever length was asked for; a token sent as a number has at most 18 digits of its
// own and is padded with zeros to the length asked for; the grouping keeps every digit and makes
// groups of three or four; a refusal always carries a reason.

#include "core/model/digittoken.h"
#include "fuzzcheck.h"
#include "core/model/orgconfig.h"

#include <algorithm>

using namespace Passdesk;

namespace {

bool allAsciiDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void checkGrouping(const QString &digits)
{
    const QString grouped = groupDigitsForReading(digits);
    if (digits.size() < 6) {
        PASSDESK_FUZZ_CHECK(grouped == digits);
        return;
    }
    const QStringList groups = grouped.split(QLatin1Char(' '));
    PASSDESK_FUZZ_CHECK(groups.join(QString()) == digits);
    for (const QString &group : groups)
        PASSDESK_FUZZ_CHECK(group.size() == 3 || group.size() == 4);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = PassdeskFuzz::bytes(data, size);
    // The request's length when the helpdesk chose one, else none (the org's default applies).
    const std::optional<int> lengths[] = { std::nullopt, 6, 8, 12, 18 };

    std::optional<DigitToken> unpadded;
    for (const std::optional<int> &length : lengths) {
        QString error;
        const auto token = DigitToken::fromJson(body, length, &error);
        if (!token) {
            PASSDESK_FUZZ_CHECK(!error.isEmpty());
            PASSDESK_FUZZ_CHECK(!unpadded); // acceptance never depends on the length asked for
            continue;
        }
        PASSDESK_FUZZ_CHECK(allAsciiDigits(token->digits));
        if (!length) {
            unpadded = token;
        } else {
            PASSDESK_FUZZ_CHECK(unpadded.has_value());
            PASSDESK_FUZZ_CHECK(token->sentAsNumber == unpadded->sentAsNumber);
            PASSDESK_FUZZ_CHECK(token->requestId == unpadded->requestId);
        }
        // The zeros counted as restored are exactly the ones added in front.
        PASSDESK_FUZZ_CHECK(token->restoredZeros == token->digits.size() - unpadded->digits.size());
        // A token is flagged exactly when its length is not the one asked for.
        PASSDESK_FUZZ_CHECK(token->lengthDiffers()
            == (length.has_value() && token->digits.size() != *length));
        if (token->sentAsNumber) {
            // Only the zeros a number cannot carry are added, and only up to the asked length.
            PASSDESK_FUZZ_CHECK(unpadded->digits.size() <= OrgConfig::maxLength);
            PASSDESK_FUZZ_CHECK(token->digits.endsWith(unpadded->digits));
            PASSDESK_FUZZ_CHECK(token->digits.size()
                == std::max<qsizetype>(unpadded->digits.size(), length.value_or(0)));
        } else {
            PASSDESK_FUZZ_CHECK(token->digits == unpadded->digits);
            PASSDESK_FUZZ_CHECK(token->restoredZeros == 0);
        }
        checkGrouping(token->digits);
    }
    return 0;
}
