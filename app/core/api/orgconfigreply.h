#pragma once

#include "core/api/apireply.h"
#include "core/model/orgconfig.h"

namespace Passdesk {

// The answer to reading or writing the password org config: the config the server holds after
// the operation, parsed from the 2xx body (OrgConfig::fromJson), or the error. A 404 on GET is
// kept apart (configMissing()) because it means "no config yet", which the UI offers to create.
class OrgConfigReply final : public ApiReply
{
    Q_OBJECT

public:
    explicit OrgConfigReply(const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent) { }
    const OrgConfig &config() const { return m_config; }
    // The server says the tenant has no org config yet (404 on GET): offer Create.
    bool configMissing() const { return error().kind == ApiError::Kind::Http && error().httpStatus == 404; }

private:
    QString acceptBody(const QByteArray &body) override;
    OrgConfig m_config;
};

} // namespace Passdesk
