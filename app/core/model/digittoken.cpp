#include "core/model/digittoken.h"

#include "core/model/inputtext.h"

#include "core/model/orgconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::DigitToken)
};
} // namespace

namespace {

bool allAsciiDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The literal text written as the value of the top-level `key` in a body that is already
// known to be valid JSON (the last one if the key repeats; empty when the value is not a
// number). Qt's parser keeps integers exactly but also turns integral doubles such as 1e5 or
// 100000.0 into integers, so only the literal shows whether the server sent plain digits.
QByteArray topLevelNumberLiteral(const QByteArray &body, QByteArrayView key)
{
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    QByteArray literal;
    int depth = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < body.size() && body.at(i) != '"'; ++i) {
                if (body.at(i) == '\\')
                    ++i; // an escaped character, possibly a quote
            }
            if (i >= body.size())
                break;
            if (depth != 1 || QByteArrayView(body).sliced(start, i - start) != key)
                continue;
            qsizetype next = i + 1;
            while (next < body.size() && isSpace(body.at(next)))
                ++next;
            if (next >= body.size() || body.at(next) != ':')
                continue; // a string value that happens to read like the key
            ++next;
            while (next < body.size() && isSpace(body.at(next)))
                ++next;
            qsizetype end = next;
            while (end < body.size() && isNumberChar(body.at(end)))
                ++end;
            literal = body.mid(next, end - next);
        }
    }
    return literal;
}

} // namespace

QString userIdInputError(const QString &text)
{
    static_assert(maxUserIdLength == 128, "the message below names the limit");
    if (text.size() > maxUserIdLength)
        return Texts::tr("A uid is at most 128 characters long."); // maxUserIdLength
    // Pasted zero-width or direction marks would make the server look up another, unknown uid.
    if (hasInvisibleCharacters(text))
        return Texts::tr("The uid contains control characters; paste it again or pick the user "
                         "from the list.");
    return {};
}

QJsonObject DigitTokenRequest::toJson() const
{
    QJsonObject object { { QStringLiteral("userId"), userId } };
    if (length)
        object.insert(QStringLiteral("length"), *length);
    if (durationMinutes)
        object.insert(QStringLiteral("durationMinutes"), *durationMinutes);
    return object;
}

QString DigitTokenRequest::validationError() const
{
    if (userId.trimmed().isEmpty())
        return Texts::tr("Enter the user's uid (their username).");
    if (const QString invalid = userIdInputError(userId); !invalid.isEmpty())
        return invalid;
    if (length && (*length < OrgConfig::minLength || *length > OrgConfig::maxLength))
        return Texts::tr("The token length must be between %1 and %2 digits.")
            .arg(OrgConfig::minLength)
            .arg(OrgConfig::maxLength);
    if (durationMinutes
        && (*durationMinutes < OrgConfig::minDuration || *durationMinutes > OrgConfig::maxDuration))
        return Texts::tr("The token duration must be between %1 and %2 minutes.")
            .arg(OrgConfig::minDuration)
            .arg(OrgConfig::maxDuration);
    return {};
}

std::optional<DigitToken> DigitToken::fromJson(
    const QByteArray &body, std::optional<int> expectedLength, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Texts::tr("The digit token answer is not a JSON object."));
    const QJsonObject object = document.object();
    const QJsonValue value = object.value(QLatin1String("digitToken"));

    DigitToken token;
    token.askedLength = expectedLength;
    token.requestId = object.value(QLatin1String("requestId")).toString();
    if (value.isString()) {
        token.digits = value.toString();
        if (!allAsciiDigits(token.digits))
            return fail(Texts::tr("The digit token from the server is not made of digits."));
        // The same bound as a number: nobody reads out more than the contract allows.
        if (token.digits.size() > OrgConfig::maxLength)
            return fail(Texts::tr("The digit token from the server has more than %1 digits.")
                            .arg(OrgConfig::maxLength));
        return token;
    }
    if (!value.isDouble())
        return fail(Texts::tr("The server's answer has no digit token."));

    // A number: an exact 64-bit integer (never read through a double) that the body spells as
    // plain digits, then the leading zeros that a number cannot carry are restored.
    const bool exactInteger = value.toVariant().typeId() == QMetaType::LongLong;
    const qint64 integer = value.toInteger(-1);
    const QByteArray digits = QByteArray::number(integer);
    if (!exactInteger || integer < 0 || digits.size() > OrgConfig::maxLength
        || topLevelNumberLiteral(body, "digitToken") != digits)
        return fail(Texts::tr(
            "The digit token from the server is a number that is not a whole, positive token."));
    token.digits = QString::fromLatin1(digits);
    const int length = expectedLength.value_or(0);
    if (token.digits.size() < length) {
        token.restoredZeros = length - int(token.digits.size());
        token.digits = QString(token.restoredZeros, u'0') + token.digits;
    }
    token.sentAsNumber = true;
    return token;
}

QString groupDigitsForReading(const QString &digits)
{
    // Groups of three or four, never one or two, so a token can be read aloud in chunks:
    // a length divisible by 4 is read in fours (8 "0908 7713", 12, 16); any other length in
    // threes, where the last (length mod 3) groups take a fourth digit to use up the rest
    // (7 "123 4567", 10 "123 456 7890", 11 "123 4567 8901"). Under 6 digits it stays whole.
    const qsizetype n = digits.size();
    if (n < 6)
        return digits;
    QList<qsizetype> sizes;
    if (n % 4 == 0) {
        sizes = QList<qsizetype>(n / 4, 4);
    } else {
        const qsizetype fours = n % 3;
        sizes = QList<qsizetype>((n - 4 * fours) / 3, 3) + QList<qsizetype>(fours, 4);
    }
    QStringList groups;
    qsizetype position = 0;
    for (const qsizetype size : sizes) {
        groups.append(digits.mid(position, size));
        position += size;
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace Passdesk
