#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Passdesk::Sandbox {

// How a client signs in, and whether its tokens carry a user.
enum class ClientKind
{
    AppOnly, // an API client: client_credentials, tokens without a user
    PersonalAccessToken, // client_credentials too, but every token is the person's
    BrowserPublic, // authorization code with PKCE in the system browser; no secret
};

// An API client the sandbox tenant knows.
struct SandboxClient
{
    QString clientId;
    QString clientSecret; // empty for a public client
    QStringList scopes; // for a personal access token: at most what the person's level allows
    QString description;
    ClientKind kind = ClientKind::AppOnly;
    QString personUid = {}; // whose personal access token; empty otherwise
};

// A user level, as ISC names it in a token's `authorities`.
enum class UserLevel
{
    OrgAdmin,
    Helpdesk,
    User,
};

// Someone one can sign in as in the sandbox: a person of the directory with a user level.
struct SandboxPerson
{
    QString uid; // the public identity's alias, e.g. Grace.Hopper
    UserLevel level = UserLevel::User;
};

// The clients every sandbox tenant starts with that sign in with a secret (the secrets are
// public on purpose): API clients and personal access tokens.
QList<SandboxClient> builtInClients();
// The public client Passdesk's browser sign-in uses: no secret, PKCE required.
SandboxClient builtInBrowserClient();
// The secret of a built-in client; empty for any other id.
QString builtInSecret(const QString &clientId);
// The people one can sign in as, one per level.
QList<SandboxPerson> builtInPeople();

// The scopes a level's token carries in the sandbox (the sandbox's model, see docs/sandbox.md).
QStringList levelScopes(UserLevel level);
// The token claim `authorities` for a level: ["ORG_ADMIN"], ["HELPDESK"] or [].
QStringList levelAuthorities(UserLevel level);
// For people: "Org admin", "Helpdesk", "User".
QString levelName(UserLevel level);
// The level as ISC writes it, the same in every language: ORG_ADMIN, HELPDESK, USER.
QString levelCode(UserLevel level);
// For people: "app-only API client", "personal access token of Grace.Hopper", ...
QString kindInWords(const SandboxClient &client);

} // namespace Passdesk::Sandbox
