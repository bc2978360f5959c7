#include "core/auth/accesstokeninfo.h"

#include "core/net/headervalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenInfo)
};

constexpr qsizetype maxTokenLength = 16 * 1024;
} // namespace

std::optional<QJsonObject> accessTokenPayload(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || token.size() > maxTokenLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument payload = QJsonDocument::fromJson(*decoded);
    if (!payload.isObject())
        return std::nullopt;
    return payload.object();
}

AccessTokenInfo inspectAccessToken(const QString &token)
{
    AccessTokenInfo info;
    const std::optional<QJsonObject> payload = accessTokenPayload(token);
    if (!payload)
        return info;
    info.wellFormed = true;
    const QJsonObject &claims = *payload;
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (exp.isDouble() && exp.toDouble() > 0 && exp.toDouble() < 1e11)
        info.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    const QJsonValue scope = claims.value(QLatin1String("scope"));
    if (scope.isArray()) {
        for (const QJsonValue &value : scope.toArray()) {
            if (value.isString())
                info.scopes.append(value.toString());
        }
    } else if (scope.isString()) {
        info.scopes = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return info;
}

QString accessTokenInputError(const QString &token, const QDateTime &now)
{
    if (token.isEmpty())
        return Texts::tr("Paste an access token.");
    if (token.size() > maxTokenLength)
        return Texts::tr("This is too long to be an access token.");
    // The same check as before every request (RFC 6750 b64token): "=" only at the end.
    if (!isBearerToken(token.toUtf8()))
        return Texts::tr("An access token has only letters, digits and - . _ ~ + / =; check "
                         "what was pasted.");
    const AccessTokenInfo info = inspectAccessToken(token);
    if (info.expiresAt && *info.expiresAt <= now)
        return Texts::tr("This access token expired on %1.")
            .arg(QLocale().toString(info.expiresAt->toLocalTime(), QLocale::ShortFormat));
    return {};
}

} // namespace Passdesk
