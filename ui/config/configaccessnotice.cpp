#include "configaccessnotice.h"

#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"

namespace Passdesk {

QString ConfigAccessNotice::text(const ApiClient &client, bool refusedWithForbidden)
{
    const QString scope = QLatin1String(Scopes::configManage);
    if (client.connection().readOnly)
        return tr("This tenant is locked read-only in Passdesk: you can read the settings, and Passdesk sends no change.");
    if (refusedWithForbidden)
        return tr("The server refused the change (403): this API client is not allowed to change the org config. "
                  "It needs the scope %1. Your changes are still in the form.").arg(scope);
    if (client.canManageConfig())
        return {};
    if (const TokenClaims claims = client.accessTokens()->claims(); claims.hasUser())
        return tr("You are signed in as %1 with the user level %2, which may read the settings but not change "
                  "them (it lacks the scope %3). Someone with the user level Org admin can change them.")
            .arg(claims.userName.isEmpty() ? claims.identityId : claims.userName, claims.levelName(), scope);
    return tr("This API client may read the settings but not change them: it lacks the scope %1.").arg(scope);
}

} // namespace Passdesk
