#include "core/api/identitiesreply.h"

namespace Passdesk {

QString IdentitiesReply::acceptBody(const QByteArray &body)
{
    QString error;
    if (auto list = PublicIdentity::listFromJson(body, &error)) {
        m_identities = std::move(*list);
        return {};
    }
    return error;
}

} // namespace Passdesk
