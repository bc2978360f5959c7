#include "digittoken.h"

#include "orgconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

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

// The literal text of the number after "digitToken": in the raw body. Reading the bytes keeps
// every digit, whatever a JSON library would do with a large number.
QString rawNumberLiteral(const QByteArray &body)
{
    static const QRegularExpression pattern(QStringLiteral("\"digitToken\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)"));
    const auto match = pattern.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QJsonObject DigitTokenRequest::toJson() const
{
    QJsonObject object {{QStringLiteral("userId"), userId}};
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
    if (userId.size() > 128)
        return Texts::tr("A uid is at most 128 characters long.");
    for (const QChar c : userId) {
        if (c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029')
            return Texts::tr("The uid contains control characters; paste it again or pick the user from the list.");
    }
    if (length && (*length < OrgConfig::minLength || *length > OrgConfig::maxLength))
        return Texts::tr("The token length must be between %1 and %2 digits.").arg(OrgConfig::minLength).arg(OrgConfig::maxLength);
    if (durationMinutes && (*durationMinutes < OrgConfig::minDuration || *durationMinutes > OrgConfig::maxDuration))
        return Texts::tr("The token duration must be between %1 and %2 minutes.").arg(OrgConfig::minDuration).arg(OrgConfig::maxDuration);
    return {};
}

std::optional<DigitToken> DigitToken::fromJson(const QByteArray &body, std::optional<int> expectedLength,
                                               QString *error)
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
    token.requestId = object.value(QLatin1String("requestId")).toString();
    if (value.isString()) {
        token.digits = value.toString();
        if (!allAsciiDigits(token.digits))
            return fail(Texts::tr("The digit token from the server is not made of digits."));
        return token;
    }
    if (!value.isDouble())
        return fail(Texts::tr("The server's answer has no digit token."));

    // A number: take its literal digits, never a double, then restore the lost leading zeros.
    const QString literal = rawNumberLiteral(body);
    if (!allAsciiDigits(literal) || literal.size() > OrgConfig::maxLength)
        return fail(Texts::tr("The digit token from the server is a number that is not a whole, positive token."));
    token.digits = literal;
    const int length = expectedLength.value_or(0);
    if (token.digits.size() < length)
        token.digits = QString(length - token.digits.size(), u'0') + token.digits;
    token.repaired = true;
    return token;
}

QString groupDigitsForReading(const QString &digits)
{
    // Groups of four when the length allows it without a short group, otherwise threes with
    // a four at the end: 6 "123 456", 7 "123 4567", 8 "1234 5678", 10 "123 456 7890".
    const qsizetype n = digits.size();
    if (n <= 4)
        return digits;
    QList<qsizetype> groups;
    if (n % 4 == 0) {
        groups = QList<qsizetype>(n / 4, 4);
    } else {
        qsizetype rest = n;
        while (rest > 0) {
            if (rest % 3 == 0) {
                groups.append(3);
                rest -= 3;
            } else if (rest == 4 || rest == 8) {
                groups.append(4);
                rest -= 4;
            } else {
                groups.append(3);
                rest -= 3;
            }
        }
    }
    QStringList parts;
    qsizetype position = 0;
    for (const qsizetype size : groups) {
        parts.append(digits.mid(position, size));
        position += size;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Passdesk
