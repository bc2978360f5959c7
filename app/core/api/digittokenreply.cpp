#include "core/api/digittokenreply.h"

namespace Passdesk {

DigitTokenReply::~DigitTokenReply()
{
    // Overwrite our copy of the secret before the memory is released.
    m_token.digits.fill(QLatin1Char('0'));
    m_token.digits.clear();
}

QString DigitTokenReply::acceptBody(const QByteArray &body)
{
    QString error;
    if (auto token = DigitToken::fromJson(body, m_request.length, &error)) {
        m_token = std::move(*token);
        return {};
    }
    return error;
}

} // namespace Passdesk
