#pragma once

#include "replyerrors.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkReply;

namespace Passdesk {

class ApiClient;
class ApiReply;

// Carries one ApiReply through token, request, one 401 retry and result. A child of the
// reply, so it goes when the reply goes. ApiClient's own part, apart from it.
class RequestRunner final : public QObject
{
public:
    RequestRunner(ApiClient *client, ApiReply *reply, QByteArray verb, QUrl url, QByteArray body,
        bool experimental);
    ~RequestRunner() override; // wipes the body, aborts what is in flight

    void start();

private:
    void send(const QString &token);
    void checkDeclaredSize();
    void readAvailable();
    void stopFor(StopReason reason);
    void cancel();
    void onFinished();
    void stopNetwork();

    ApiClient *m_client;
    ApiReply *m_reply;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    bool m_experimental;
    bool m_retried = false;
    QString m_usedToken;
    QPointer<QNetworkReply> m_network;
    QByteArray m_received;
    QList<QSslError> m_sslErrors;
    StopReason m_stopReason = StopReason::None;
};

} // namespace Passdesk
