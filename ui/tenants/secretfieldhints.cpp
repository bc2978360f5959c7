#include "secretfieldhints.h"

#include "core/auth/accesstokeninfo.h"

#include <QLocale>

namespace Passdesk {

SecretFieldHints SecretFieldHints::describe(
    AuthMethod method, const QString &typed, bool stored, bool keychainUsable, bool storedTenant)
{
    const bool token = method == AuthMethod::AccessToken;
    const bool browser = method == AuthMethod::BrowserSignIn;
    SecretFieldHints hints;
    if (stored && token)
        hints.placeholder = tr("Pasted earlier in this session — leave empty to keep it");
    else if (stored && keychainUsable)
        hints.placeholder = tr("Stored in the keychain — leave empty to keep it");
    else if (stored)
        hints.placeholder = tr("Kept for this session — leave empty to keep it");
    else if (token)
        hints.placeholder = tr("Paste the access token here");
    else if (storedTenant)
        hints.placeholder = tr("Not stored — Passdesk asks for it when it connects");

    if (token && !typed.isEmpty()) {
        hints.hint = accessTokenInputError(typed);
        hints.hintIsError = !hints.hint.isEmpty();
        if (!hints.hintIsError) {
            const AccessTokenInfo info = inspectAccessToken(typed);
            hints.hint = info.expiresAt
                ? tr("The token expires at %1. It cannot be renewed: Passdesk asks for a new one "
                     "then.")
                      .arg(QLocale().toString(info.expiresAt->toLocalTime(), QLocale::ShortFormat))
                : tr("The token does not say when it expires. It cannot be renewed: Passdesk asks "
                     "for a new "
                     "one when the server refuses it.");
        }
    } else if (token) {
        hints.hint
            = tr("A pasted access token is kept in memory for this session only, never stored.");
    } else if (browser) {
        hints.hint
            = tr("Passdesk opens the browser when it needs you to sign in, and keeps the sign-in "
                 "for a working day.");
    }
    return hints;
}

} // namespace Passdesk
