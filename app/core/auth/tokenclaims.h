#pragma once

#include <QString>
#include <QStringList>

namespace Passdesk {

// A user level as ISC names it in a token's `authorities`.
enum class UserLevel
{
    Unknown, // an authority Passdesk does not know (shown as the server wrote it)
    User,
    Helpdesk,
    OrgAdmin,
};

// Who an access token speaks for, read from its JWT payload: `client_id`, and for user tokens
// `identity_id`, `user_name` and `authorities`. Nothing here checks the signature: the server
// does that on every request; this only tells the user who they are and explains, before they
// try, what the server will refuse.
struct TokenClaims
{
    bool wellFormed = false; // a JWT whose payload is a JSON object
    QString clientId;
    QString identityId;
    QString userName;
    QStringList authorities;
    bool strongAuth = false;

    static TokenClaims fromAccessToken(const QString &token);

    // A user token carries the person (personal access token or browser sign-in); app-only
    // API clients' tokens do not, and may not look people up.
    bool hasUser() const { return !identityId.isEmpty() || !userName.isEmpty(); }
    // The highest level among the authorities (User when there is none).
    UserLevel level() const;
    // Translated: "Org admin", "Helpdesk", "User", or the authorities as written.
    QString levelName() const;
    // "Signed in as Dana.Okafor (Helpdesk)", "API client sandbox-app, no user", or empty when
    // the token says neither.
    QString describe() const;
};

} // namespace Passdesk
