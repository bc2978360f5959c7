#pragma once

#include "core/api/apireply.h"
#include "core/model/publicidentity.h"

#include <QList>

namespace Passdesk {

// The answer to looking people up by a prefix: the prefix asked for (so a receiver can drop the
// answer to a lookup the user has typed past) and the public identities parsed from the 2xx body.
class IdentitiesReply final : public ApiReply
{
    Q_OBJECT

public:
    IdentitiesReply(const QString &prefix, const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent), m_prefix(prefix) { }
    const QString &prefix() const { return m_prefix; }
    const QList<PublicIdentity> &identities() const { return m_identities; }

private:
    QString acceptBody(const QByteArray &body) override;
    QString m_prefix;
    QList<PublicIdentity> m_identities;
};

} // namespace Passdesk
