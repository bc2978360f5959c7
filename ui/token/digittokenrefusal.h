#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Passdesk {

struct ApiError;

// Which fields of a digit token request the server refused (HTTP 400), so each of its texts can
// be shown beside the field it concerns. The server names the uid or the JSON field (length,
// durationMinutes) in its messages and causes; field names are not translated by the server, so
// this works in every locale it speaks. A text that says digit tokens are turned off (since the
// config was read, or it could not be read) goes to the dialog's banner. Each text is made safe
// to show (DisplayText::message); when several name the same field, the last one counts.
struct DigitTokenRefusal
{
    std::optional<QString> userId;
    std::optional<QString> length;
    std::optional<QString> duration;
    std::optional<QString> tokensDisabled;

    // Empty unless error is an HTTP 400; userId is the uid that was sent.
    static DigitTokenRefusal fromError(
        const ApiError &error, const QString &userId, const QStringList &uiLanguages);
};

} // namespace Passdesk
