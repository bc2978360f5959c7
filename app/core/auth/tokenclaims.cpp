#include "core/auth/tokenclaims.h"

#include "core/auth/accesstokeninfo.h"
#include "core/model/inputtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::TokenClaims)
};

constexpr qsizetype maxClaimLength = 256;

// A claim shown to the user: plain text of a sane length, nothing invisible.
QString textClaim(const QJsonObject &claims, const char *name)
{
    const QString value = claims.value(QLatin1String(name)).toString();
    if (value.size() > maxClaimLength || hasInvisibleCharacters(value))
        return {};
    return value;
}
} // namespace

TokenClaims TokenClaims::fromAccessToken(const QString &token)
{
    TokenClaims result;
    const std::optional<QJsonObject> payload = accessTokenPayload(token);
    if (!payload)
        return result;
    const QJsonObject &claims = *payload;
    result.wellFormed = true;
    result.clientId = textClaim(claims, "client_id");
    result.identityId = textClaim(claims, "identity_id");
    result.userName = textClaim(claims, "user_name");
    for (const QJsonValue &value : claims.value(QLatin1String("authorities")).toArray()) {
        const QString authority = value.toString();
        if (!authority.isEmpty() && authority.size() <= maxClaimLength
            && !hasInvisibleCharacters(authority))
            result.authorities.append(authority);
    }
    result.strongAuth = claims.value(QLatin1String("strong_auth")).toBool();
    return result;
}

UserLevel TokenClaims::level() const
{
    if (authorities.contains(QLatin1String("ORG_ADMIN")))
        return UserLevel::OrgAdmin;
    if (authorities.contains(QLatin1String("HELPDESK")))
        return UserLevel::Helpdesk;
    if (authorities.isEmpty() || authorities.contains(QLatin1String("USER")))
        return UserLevel::User;
    return UserLevel::Unknown;
}

QString TokenClaims::levelName() const
{
    switch (level()) {
    case UserLevel::OrgAdmin:
        return Texts::tr("Org admin");
    case UserLevel::Helpdesk:
        return Texts::tr("Helpdesk");
    case UserLevel::User:
        return Texts::tr("User");
    case UserLevel::Unknown:
        break;
    }
    return authorities.join(QStringLiteral(", "));
}

QString TokenClaims::describe() const
{
    if (!wellFormed)
        return {};
    if (hasUser())
        return Texts::tr("Signed in as %1 (%2)")
            .arg(userName.isEmpty() ? identityId : userName, levelName());
    if (!clientId.isEmpty())
        return Texts::tr("API client %1, no user").arg(clientId);
    return {};
}

} // namespace Passdesk
