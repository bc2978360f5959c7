#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Passdesk::Sandbox {

// What the sandbox saw, so tests can check what Passdesk really sent.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString clientId; // empty when unauthenticated
    int status = 0; // what the sandbox answered; 0 when it dropped the connection
};

struct SandboxIdentity
{
    QString id, name, alias, email, firstName, lastName, status, identityState;
};

} // namespace Passdesk::Sandbox
