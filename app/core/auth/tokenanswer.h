#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Passdesk {

// A token endpoint's answer (RFC 6749 5.1), read and checked: the access token and refresh
// token have only the characters a header may carry (RFC 6750 b64token), so nothing a server
// sends can add a header line to a later request.
struct TokenAnswer
{
    QString accessToken;
    QString refreshToken; // empty when the grant gives none (client credentials)
    qint64 expiresInSeconds = 300;
    QStringList scopes;
    QString problem; // translated; set when the answer cannot be used

    static TokenAnswer parse(const QByteArray &json);
    void wipe();
};

// RFC 6750 b64token (isBearerToken: letters, digits and - . _ ~ + /, then "=" only at the end),
// at most 16 KiB. A CR LF in a token would add headers or a whole request to the next call.
bool isBearerTokenText(const QString &token);

} // namespace Passdesk
