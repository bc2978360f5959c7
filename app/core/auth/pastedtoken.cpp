#include "core/auth/pastedtoken.h"

#include "core/auth/accesstokeninfo.h"
#include "core/net/headervalues.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenProvider)
};
} // namespace

PastedToken PastedToken::check(const QString &token)
{
    PastedToken pasted;
    if (token.isEmpty()) {
        pasted.problem = Texts::tr("Paste an access token for this tenant.");
        return pasted;
    }
    if (!isBearerToken(token.toUtf8())) {
        // It would be sent in the Authorization header: CR or LF there could add headers, or a
        // whole request, of the pasted text's choosing.
        pasted.problem = Texts::tr("The pasted access token has characters an access "
                                   "token cannot have; nothing was sent with it. Paste it "
                                   "again.");
        return pasted;
    }
    pasted.sendable = true;
    const AccessTokenInfo info = inspectAccessToken(token);
    // A token that does not say when it expires is used until the server refuses it.
    pasted.saysWhenItExpires = info.expiresAt.has_value();
    pasted.expiresAt = info.expiresAt.value_or(QDateTime::currentDateTimeUtc().addYears(1));
    pasted.scopes = info.scopes;
    if (QDateTime::currentDateTimeUtc() >= pasted.expiresAt)
        pasted.problem
            = Texts::tr("The pasted access token has expired. Paste a new one to go on.");
    return pasted;
}

} // namespace Passdesk
