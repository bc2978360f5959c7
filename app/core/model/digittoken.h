#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Passdesk {

struct DigitTokenRequest
{
    QString userId; // the identity's uid (public identity alias)
    std::optional<int> length;          // 6..18
    std::optional<int> durationMinutes; // 1..60

    QJsonObject toJson() const;
    // A translated reason when the request must not be sent (empty uid, control characters,
    // absurd length, values out of range); empty when it is fine.
    QString validationError() const;
};

// Why text typed or pasted as a uid (or a lookup prefix) must not be sent: over
// maxUserIdLength characters, or control, format or separator characters; empty when it may go.
inline constexpr int maxUserIdLength = 128;
QString userIdInputError(const QString &text);

// The contract's PasswordDigitToken. `digitToken` is a string from end to end.
struct DigitToken
{
    QString digits;    // always the full token, leading zeros included
    QString requestId; // empty when the server gave none (or not as a string)
    bool sentAsNumber = false; // the server sent a JSON number that we converted exactly
    int restoredZeros = 0; // leading zeros put back in front of a number shorter than asked
    std::optional<int> askedLength; // the length the request asked for, when it asked

    // The server's token has another length than the one asked for (longer, or a string that
    // is shorter): the agent must be told before reading it out.
    bool lengthDiffers() const { return askedLength && digits.size() != *askedLength; }

    // Parses a 200 body. A numeric digitToken is converted exactly (never through a double)
    // and left-padded with zeros to expectedLength (when given).
    static std::optional<DigitToken> fromJson(const QByteArray &body, std::optional<int> expectedLength,
                                              QString *error);
};

// Groups digits for reading aloud: "09087713" -> "0908 7713", "123456789" -> "123 456 789".
// Lengths divisible by 4 go in fours; all others in threes, where the last (length mod 3)
// groups take four, so no group has one or two digits. Under 6 characters: unchanged.
QString groupDigitsForReading(const QString &digits);

} // namespace Passdesk
