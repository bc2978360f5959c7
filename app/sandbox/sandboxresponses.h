#pragma once

#include "sandboxmessages.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Passdesk::Sandbox {

// One answer the sandbox decided on, before it goes on the wire.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without answering
};

using Causes = QList<QPair<Text, QStringList>>;

QString newTrackingId(); // 32 lower-case hex characters, like ISC's
SandboxReply jsonReply(int status, const QJsonValue &value);
// ISC's ErrorResponseDto: detailCode, trackingId, messages and causes in the chosen locale.
SandboxReply errorDto(int status, const QString &detailCode, const ResponseLocale &locale,
    Text message, const Causes &causes = {});
// The OAuth endpoint's own shape: {"error", "error_description"}.
SandboxReply oauthError(int status, const char *error, const char *description);
// The gateway's bare shape, e.g. for JWT failures and the experimental header: {"error"}.
SandboxReply bareError(int status, const QString &error);
SandboxReply rateLimitReply(int retryAfterSeconds);
SandboxReply htmlProxyPage(int status);

} // namespace Passdesk::Sandbox
