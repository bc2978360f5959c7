#pragma once

#include "core/auth/tokenanswer.h"
#include "core/model/apierror.h"
#include "core/net/requestlimits.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Passdesk {

// One POST of a grant to a tenant's token endpoint (RFC 6749 3.2) and its answer: sent once
// (never repeated by Qt when the connection drops), ended by the request limits, read up to a
// cap, and answered exactly once through the callback, from the event loop, unless it is
// aborted (or destroyed) first. It knows nothing of what the tokens are for.
class TokenEndpointRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEndpointRequest)

public:
    struct Headers
    {
        QByteArray userAgent;
        QByteArray acceptLanguage; // empty: none sent
    };
    // error is set, and answer empty, when there is no usable answer; error.httpStatus says
    // what the endpoint answered (0 when it did not).
    using Done = std::function<void(TokenAnswer &answer, const ApiError &error)>;

    TokenEndpointRequest(
        QNetworkAccessManager *network, const RequestLimits &limits, QObject *parent = nullptr);
    ~TokenEndpointRequest() override; // aborts, without calling back

    // The body is a form (application/x-www-form-urlencoded); it is wiped once sent.
    void send(const QUrl &tokenUrl, const Headers &headers, QByteArray body, Done done);
    void abort(); // done is not called
    bool isRunning() const { return bool(m_done); }

private:
    void finish(TokenAnswer &answer, const ApiError &error);

    QNetworkAccessManager *m_network;
    RequestLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    Done m_done;
};

// The form bodies of the grants Passdesk sends, their values percent-encoded.
QByteArray clientCredentialsGrant(const QString &clientId, const QString &clientSecret);
QByteArray refreshTokenGrant(const QString &clientId, const QString &refreshToken);
QByteArray authorizationCodeGrant(const QString &clientId, const QString &code,
    const QString &redirectUri, const QByteArray &verifier);

} // namespace Passdesk
