#pragma once

#include "core/model/localizedtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Passdesk {

// What the body of an error answer says, read without trusting it. The ISC error DTO (detailCode,
// trackingId, messages, causes) and the other shapes seen in the wild (error / errorName,
// error_description / errorMessage / message) are taken field by field, skipping any of the
// wrong type. Anything else (not JSON, or JSON in none of those shapes) becomes a short printable
// summary: an HTML page's title or first heading, else an excerpt, with whatever looks like a
// credential masked, because it is shown and copied into support tickets. ApiError is built from
// it; the reading lives here so that the error model stays a model.
struct ErrorBody
{
    QString detailCode;
    QString trackingId;
    QList<LocalizedText> messages;
    QList<LocalizedText> causes;
    QString errorCode;        // `error` / `errorName`
    QString errorDescription; // `error_description` / `errorMessage` / `message`, trimmed
    QString summary;          // only for a body that gave none of the fields above

    // Reads an error answer's body; contentType says whether a body that is not JSON is HTML.
    static ErrorBody read(const QByteArray &body, const QByteArray &contentType);
    // The printable, credential-masked summary of a body that is not read for its fields.
    static QString summarize(const QByteArray &body, const QByteArray &contentType = {});
};

} // namespace Passdesk
