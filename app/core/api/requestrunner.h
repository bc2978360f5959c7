#pragma once

#include "core/net/replyerrors.h"
#include "core/net/requestlimits.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Passdesk {

class AccessTokenProvider;
class ReplyTransport;

// What every request of one ApiClient shares: where it is sent from and with which token.
struct RequestContext
{
    QNetworkAccessManager *network = nullptr;
    AccessTokenProvider *tokens = nullptr;
    QByteArray acceptLanguage;
    RequestLimits limits;
};

// One request: method, URL, body (sent once, never repeated) and the experimental header.
struct RequestSpec
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    bool experimental = false;
};

// Carries one reply through token, request, one 401 retry and result, within one overall
// deadline for all of it; every header value is checked before anything is sent. A child of
// the reply's QObject, so it goes when the reply goes.
class RequestRunner final : public QObject
{
public:
    RequestRunner(RequestContext context, RequestSpec spec, ReplyTransport *reply,
        QObject *replyObject);
    ~RequestRunner() override; // wipes the body, aborts what is in flight

    void start(); // starts the deadline, then token and request

private:
    void fetchTokenAndSend();
    void send(const QString &token);
    void finish(const ApiError &error); // ends the reply once (no error: success)
    void onDeadline();
    void checkDeclaredSize();
    void readAvailable();
    void stopFor(StopReason reason);
    void cancel();
    void onFinished();
    void stopNetwork();

    RequestContext m_context;
    RequestSpec m_spec;
    ReplyTransport *m_reply;
    QTimer *m_deadline;
    bool m_done = false;
    bool m_retried = false;
    QString m_usedToken;
    QPointer<QNetworkReply> m_network;
    QByteArray m_received;
    QList<QSslError> m_sslErrors;
    StopReason m_stopReason = StopReason::None;
};

} // namespace Passdesk
