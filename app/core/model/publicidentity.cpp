#include "core/model/publicidentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Passdesk {

bool PublicIdentity::isInactive() const
{
    return identityState.startsWith(QLatin1String("INACTIVE"), Qt::CaseInsensitive)
        || status.compare(QLatin1String("Inactive"), Qt::CaseInsensitive) == 0;
}

std::optional<QList<PublicIdentity>> PublicIdentity::listFromJson(
    const QByteArray &body, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray()) {
        if (error)
            *error = QCoreApplication::translate("Passdesk::PublicIdentity",
                "The identity list from the server is not a JSON array.");
        return std::nullopt;
    }
    QList<PublicIdentity> identities;
    for (const QJsonValue &item : document.array()) {
        if (!item.isObject()) {
            if (error)
                *error = QCoreApplication::translate("Passdesk::PublicIdentity",
                    "The identity list holds an entry that is not an identity.");
            return std::nullopt;
        }
        const QJsonObject object = item.toObject();
        auto text = [&object](const char *key) {
            const QJsonValue value = object.value(QLatin1String(key));
            return value.isString() ? value.toString() : QString();
        };
        identities.append({ text("id"), text("name"), text("alias"), text("email"), text("status"),
            text("identityState") });
    }
    return identities;
}

QString publicIdentityPrefixFilter(const QString &prefix)
{
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral(
        "alias sw \"%1\" or email sw \"%1\" or firstname sw \"%1\" or lastname sw \"%1\"")
        .arg(escaped);
}

bool publicIdentityMayMatchPrefix(const PublicIdentity &identity, const QString &prefix)
{
    if (identity.alias.startsWith(prefix, Qt::CaseInsensitive)
        || identity.email.startsWith(prefix, Qt::CaseInsensitive))
        return true;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = identity.name.split(spaces, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
        [&prefix](const QString &word) { return word.startsWith(prefix, Qt::CaseInsensitive); });
}

} // namespace Passdesk
