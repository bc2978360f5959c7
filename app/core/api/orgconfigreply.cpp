#include "core/api/orgconfigreply.h"

namespace Passdesk {

QString OrgConfigReply::acceptBody(const QByteArray &body)
{
    QString error;
    if (const auto config = OrgConfig::fromJson(body, &error)) {
        m_config = *config;
        return {};
    }
    return error;
}

} // namespace Passdesk
