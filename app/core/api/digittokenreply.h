#pragma once

#include "core/api/apireply.h"
#include "core/model/digittoken.h"

namespace Passdesk {

// The answer to generating one digit token: the request it was made for (so the receiver knows
// whose token it is) and the token parsed from the 2xx body, checked against the requested
// length. The digits are a secret: the reply overwrites its copy when it is destroyed.
class DigitTokenReply final : public ApiReply
{
    Q_OBJECT

public:
    DigitTokenReply(const DigitTokenRequest &request, const QString &operation, QObject *parent = nullptr)
        : ApiReply(operation, parent), m_request(request) { }
    ~DigitTokenReply() override;
    const DigitTokenRequest &request() const { return m_request; }
    const DigitToken &token() const { return m_token; }

private:
    QString acceptBody(const QByteArray &body) override;
    DigitTokenRequest m_request;
    DigitToken m_token;
};

} // namespace Passdesk
