#include "core/auth/tokenanswer.h"

#include "core/net/headervalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::TokenAnswer)
};

void wipeString(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}
} // namespace

bool isBearerTokenText(const QString &token)
{
    // ASCII only, so the Latin-1 bytes are the characters; anything else fails the check.
    return !token.isEmpty() && token.size() <= 16 * 1024 && isBearerToken(token.toLatin1())
        && QString::fromLatin1(token.toLatin1()) == token;
}

TokenAnswer TokenAnswer::parse(const QByteArray &json)
{
    TokenAnswer answer;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    answer.accessToken = object.value(QLatin1String("access_token")).toString();
    answer.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    answer.expiresInSeconds = object.value(QLatin1String("expires_in")).toInteger(300);
    answer.scopes = object.value(QLatin1String("scope"))
                        .toString()
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (answer.accessToken.isEmpty())
        answer.problem = Texts::tr("The token endpoint answered without an access token.");
    else if (!isBearerTokenText(answer.accessToken))
        answer.problem = Texts::tr("The token endpoint answered with an access token that has "
                                   "characters no access token has; Passdesk does not use it.");
    else if (!answer.refreshToken.isEmpty() && !isBearerTokenText(answer.refreshToken))
        answer.problem = Texts::tr("The token endpoint answered with a refresh token that has "
                                   "characters no refresh token has; Passdesk does not use it.");
    if (!answer.problem.isEmpty()) {
        wipeString(answer.accessToken);
        wipeString(answer.refreshToken);
    }
    return answer;
}

void TokenAnswer::wipe()
{
    wipeString(accessToken);
    wipeString(refreshToken);
}

} // namespace Passdesk
