#pragma once

#include "sandboxmessages.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Passdesk::Sandbox {

struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false;
};

// The tenant's data and rules, apart from the HTTP plumbing so it stays readable.
class SandboxState
{
public:
    SandboxState();

    // Answers one request; fills request.clientId when a bearer token was valid.
    SandboxReply handle(RecordedRequest &request);

    QList<SandboxClient> clients;
    int tokenLifetimeSeconds = 750;
    int rateLimitRequests = 100;
    int rateLimitWindowSeconds = 10;
    bool rejectAllTokens = false;
    std::optional<QJsonObject> config;
    std::chrono::milliseconds delay {0};
    bool dropConnections = false;
    bool numericDigitToken = false;
    QString nextDigitToken;
    int htmlStatus = 0;
    bool serverError = false;
    QList<RecordedRequest> recorded;
    QList<SandboxIdentity> directory;
    QString lastDigitToken;

    struct IssuedToken
    {
        QString clientId;
        QDateTime expiresAt;
    };
    QHash<QString, IssuedToken> tokens;

private:
    struct Window
    {
        QElapsedTimer started;
        int count = 0;
    };
    QHash<QString, Window> m_windows;

    SandboxReply tokenEndpoint(const RecordedRequest &request);
    SandboxReply orgConfig(const RecordedRequest &request, const ResponseLocale &locale);
    SandboxReply digitToken(const RecordedRequest &request, const ResponseLocale &locale);
    SandboxReply publicIdentities(const RecordedRequest &request, const ResponseLocale &locale);
    std::optional<SandboxReply> rateLimited(const QString &key);
    const SandboxClient *client(const QString &clientId) const;
};

// Shared response builders.
SandboxReply jsonReply(int status, const QJsonValue &value);
SandboxReply errorDto(int status, const QString &detailCode, const ResponseLocale &locale, Text message,
                      const QList<QPair<Text, QStringList>> &causes = {});
QString newTrackingId();

} // namespace Passdesk::Sandbox
