#pragma once

#include "sandboxmessages.h"
#include "sandboxoauth.h"
#include "sandboxresponses.h"
#include "sandboxclients.h"
#include "sandboxrecords.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Passdesk::Sandbox {

// The tenant's data and rules, apart from the HTTP plumbing so it stays readable.
class SandboxState
{
public:
    SandboxState();

    // Answers one request; fills request.clientId when a bearer token was valid.
    SandboxReply handle(RecordedRequest &request);

    // The log of what arrived; a request's status is filled in once it has been answered.
    quint64 record(const RecordedRequest &request);
    void setStatus(quint64 id, int status);
    const QList<RecordedRequest> &recorded() const { return m_recorded; }
    void clearRecorded();

    QList<SandboxClient> clients;
    QList<SandboxUser> people; // whom one can sign in as
    SandboxOAuth oauth;
    QUrl apiRoot; // where the server listens, for /oauth/info
    int rateLimitRequests = 100;
    int rateLimitWindowSeconds = 10;
    bool rejectAllTokens = false;
    std::optional<QJsonObject> config;
    std::chrono::milliseconds delay { 0 };
    bool dropConnections = false;
    bool dropTokenEndpoint = false;
    bool numericDigitToken = false;
    QString nextDigitToken;
    int htmlStatus = 0;
    bool serverError = false;
    QList<SandboxIdentity> directory;
    QString lastDigitToken;

private:
    struct Window
    {
        QElapsedTimer started;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
    QList<RecordedRequest> m_recorded;
    QList<quint64> m_recordIds; // parallel to m_recorded
    quint64 m_nextRecordId = 1;

    SandboxReply tokenEndpoint(const RecordedRequest &request);
    SandboxReply oauthInfo() const;
    std::optional<SandboxUser> personOf(const SandboxClient &client) const;
    SandboxReply orgConfig(const RecordedRequest &request, const ResponseLocale &locale);
    SandboxReply digitToken(const RecordedRequest &request, const ResponseLocale &locale);
    SandboxReply publicIdentities(const RecordedRequest &request, const ResponseLocale &locale);
    std::optional<SandboxReply> rateLimited(const QString &key);
    const SandboxClient *client(const QString &clientId) const;
};

} // namespace Passdesk::Sandbox
