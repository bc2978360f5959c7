#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Passdesk {

// What a pasted access token allows, read without asking the server: whether it may be sent at
// all (a header value: RFC 6750 b64token), until when, with which scopes, and in words why it
// cannot be used (empty while it can).
struct PastedToken
{
    bool sendable = false; // not empty and only characters a header may carry
    QDateTime expiresAt; // UTC; a year on when the token does not say
    bool saysWhenItExpires = false;
    QStringList scopes;
    QString problem; // translated

    static PastedToken check(const QString &token);
};

} // namespace Passdesk
