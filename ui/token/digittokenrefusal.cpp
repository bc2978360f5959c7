#include "digittokenrefusal.h"

#include "core/model/apierror.h"
#include "core/model/displaytext.h"

#include <QRegularExpression>

namespace Passdesk {

DigitTokenRefusal DigitTokenRefusal::fromError(
    const ApiError &error, const QString &userId, const QStringList &uiLanguages)
{
    DigitTokenRefusal refusal;
    if (error.kind != ApiError::Kind::Http || error.httpStatus != 400)
        return refusal;
    const QRegularExpression user(
        QStringLiteral("(^|\\W)%1(\\W|$)").arg(QRegularExpression::escape(userId)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression disabled(QStringLiteral("\\b(disabled|not enabled|turned off)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : error.serverTexts(uiLanguages)) {
        const QString shown = DisplayText::message(text);
        if (text.contains(QLatin1String("durationMinutes")))
            refusal.duration = shown;
        else if (text.contains(QLatin1String("length")))
            refusal.length = shown;
        else if (!userId.isEmpty() && user.match(text).hasMatch())
            refusal.userId = shown;
        else if (disabled.match(text).hasMatch() || text.contains(QLatin1String("digitToken")))
            refusal.tokensDisabled = shown;
    }
    return refusal;
}

} // namespace Passdesk
