#pragma once

#include "sandboxclients.h"

#include <QString>
#include <QStringList>

namespace Passdesk::Sandbox {

// The words of the sandbox's sign-in pages, in the language the browser asks for
// (Accept-Language, chosen as for the API's errors: en-US, de-DE, fr-FR, es-ES, ja-JP).
enum class PageText
{
    SignInTitle,
    SignInIntro,
    SignInAs,
    SendsBackTo,
    Approve,
    Deny,
    ChoosePerson,
    ChooseDecision,
    RefusedTitle,
    RefusedNoRedirect,
    ErrorCode,
    UnknownClient,
    ConfidentialClient,
    BadRedirectUri,
    BadResponseType,
    MissingChallenge,
    BadChallengeMethod,
    BadChallenge,
    BadMethod,
};

QString pageText(PageText text, const QString &locale, const QStringList &arguments = {});
// "Org admin", "Helpdesk", "User" in the locale.
QString levelName(UserLevel level, const QString &locale);

} // namespace Passdesk::Sandbox
