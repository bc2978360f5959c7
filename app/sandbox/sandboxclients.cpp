#include "sandboxclients.h"

namespace Passdesk::Sandbox {

namespace {

const QString scopeRead = QStringLiteral("idn:password-org-config:read");
const QString scopeManage = QStringLiteral("idn:password-org-config:manage");
const QString scopeDigit = QStringLiteral("idn:password-digit-token:create");
const QString scopeDefault = QStringLiteral("sp:scopes:default");

const QString orgAdminUid = QStringLiteral("Grace.Hopper");
const QString helpdeskUid = QStringLiteral("Dana.Okafor");
const QString plainUserUid = QStringLiteral("Maria.Garcia");

} // namespace

QList<SandboxClient> builtInClients()
{
    // The three older ids stay what the other suites expect of them; sandbox-admin and
    // sandbox-helpdesk became personal access tokens so that their tokens carry a user, which
    // looking people up needs.
    return {
        { QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"),
            { scopeRead, scopeManage, scopeDigit, scopeDefault },
            QStringLiteral("org admin: read and change the org config, create digit tokens, "
                           "look people up"),
            ClientKind::PersonalAccessToken, orgAdminUid },
        { QStringLiteral("sandbox-helpdesk"), QStringLiteral("sandbox-helpdesk-secret"),
            { scopeRead, scopeDigit, scopeDefault },
            QStringLiteral("helpdesk: read the org config, create digit tokens, look people up"),
            ClientKind::PersonalAccessToken, helpdeskUid },
        { QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"),
            { scopeRead, scopeDefault },
            QStringLiteral("read-only: read the org config, look people up (a token limited to "
                           "fewer scopes than its person has)"),
            ClientKind::PersonalAccessToken, helpdeskUid },
        { QStringLiteral("sandbox-app"), QStringLiteral("sandbox-app-secret"),
            { scopeRead, scopeManage, scopeDigit, scopeDefault },
            QStringLiteral("no user: read and change the org config, create digit tokens; cannot "
                           "look people up"),
            ClientKind::AppOnly, {} },
    };
}

SandboxClient builtInBrowserClient()
{
    return { QStringLiteral("passdesk-desktop"), {}, {},
        QStringLiteral("Passdesk's browser sign-in: the person's level decides"),
        ClientKind::BrowserPublic, {} };
}

QString builtInSecret(const QString &clientId)
{
    for (const SandboxClient &client : builtInClients()) {
        if (client.clientId == clientId)
            return client.clientSecret;
    }
    return {};
}

QList<SandboxPerson> builtInPeople()
{
    return { { orgAdminUid, UserLevel::OrgAdmin }, { helpdeskUid, UserLevel::Helpdesk },
        { plainUserUid, UserLevel::User } };
}

QStringList levelScopes(UserLevel level)
{
    switch (level) {
    case UserLevel::OrgAdmin:
        return { scopeRead, scopeManage, scopeDigit, scopeDefault };
    case UserLevel::Helpdesk:
        return { scopeRead, scopeDigit, scopeDefault };
    case UserLevel::User:
        break;
    }
    return { scopeDefault };
}

QStringList levelAuthorities(UserLevel level)
{
    switch (level) {
    case UserLevel::OrgAdmin:
        return { QStringLiteral("ORG_ADMIN") };
    case UserLevel::Helpdesk:
        return { QStringLiteral("HELPDESK") };
    case UserLevel::User:
        break;
    }
    return {};
}

QString levelName(UserLevel level)
{
    switch (level) {
    case UserLevel::OrgAdmin:
        return QStringLiteral("Org admin");
    case UserLevel::Helpdesk:
        return QStringLiteral("Helpdesk");
    case UserLevel::User:
        break;
    }
    return QStringLiteral("User");
}

QString levelCode(UserLevel level)
{
    const QStringList authorities = levelAuthorities(level);
    return authorities.isEmpty() ? QStringLiteral("USER") : authorities.first();
}

QString kindInWords(const SandboxClient &client)
{
    switch (client.kind) {
    case ClientKind::AppOnly:
        return QStringLiteral("app-only API client");
    case ClientKind::PersonalAccessToken:
        return QStringLiteral("personal access token of %1").arg(client.personUid);
    case ClientKind::BrowserPublic:
        break;
    }
    return QStringLiteral("browser sign-in, public client, no secret");
}

} // namespace Passdesk::Sandbox
