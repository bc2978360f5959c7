#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Passdesk::Sandbox {

enum class Text
{
    BadRequest,
    Forbidden,
    NotFound,
    Internal,
    MissingScope,
    UserLacksScope,
    UserTokenNeeded,
    ConfigMissing,
    ConfigExists,
    NotAnObject,
    UnknownField,
    NotBoolean,
    NotInteger,
    OutOfRange,
    MissingUserId,
    NotString,
    UnknownUser,
    TokensDisabled,
    BadFilter,
    BadSorter,
    QueryRange,
    QueryMinimum,
    UnknownPath,
};

// The locale the sandbox answers in, chosen from Accept-Language like ISC does.
struct ResponseLocale
{
    QString tag; // en-US, de-DE, fr-FR, es-ES or ja-JP
    QString origin; // REQUEST when Accept-Language matched, DEFAULT otherwise
};

ResponseLocale pickLocale(const QByteArray &acceptLanguage);
// The text in the locale, with %1.. filled from arguments.
QString localizedText(Text text, const QString &locale, const QStringList &arguments = {});
// Fills %1..%9 in one pass: an argument that itself contains "%1" stays as it is.
QString fillArguments(const QString &pattern, const QStringList &arguments);

} // namespace Passdesk::Sandbox
