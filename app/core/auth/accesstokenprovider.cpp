#include "core/auth/accesstokenprovider.h"

#include "core/auth/accesstokeninfo.h"
#include "core/net/headervalues.h"
#include "core/auth/tokenanswer.h"
#include "core/net/oneshotbody.h"
#include "core/net/replyerrors.h"
#include "core/net/replyguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenProvider)
};
} // namespace

namespace {

// The same cap as the API's answers (ApiClient::maxBodyBytes); a token answer is tiny.
constexpr qint64 maxTokenAnswerBytes = 1024 * 1024;

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_connection.authMethod != AuthMethod::AccessToken || m_accessToken.isEmpty())
            return;
        if (QDateTime::currentDateTimeUtc() < m_expiresAt) { // timers may fire a little early
            m_expiryTimer->start(
                int(qMax<qint64>(1, QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt))));
            return;
        }
        failForCredentials(
            Texts::tr("The pasted access token expired at %1. Paste a new one to go on.")
                .arg(QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    });
}

AccessTokenProvider::~AccessTokenProvider()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    forget();
    m_connection.wipeSecrets();
}

void AccessTokenProvider::setConnection(const ConnectionSettings &connection)
{
    forget();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    m_connection.wipeSecrets();
    m_connection = connection;
    m_credentialsProblem.clear();
    m_askedForPastedToken = false;
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    deliver(canceled);
    if (m_connection.authMethod == AuthMethod::AccessToken)
        usePastedToken();
}

void AccessTokenProvider::updateConnection(const ConnectionSettings &connection)
{
    if (!connection.sameCredentials(m_connection)) {
        setConnection(connection);
        return;
    }
    // A renewal may have rotated the refresh token since the connection was read.
    QString refreshToken = m_connection.refreshToken;
    m_connection.wipeSecrets();
    m_connection = connection;
    if (!refreshToken.isEmpty())
        std::swap(m_connection.refreshToken, refreshToken);
    refreshToken.fill(QLatin1Char('\0'));
}

void AccessTokenProvider::setAccessToken(const QString &token)
{
    m_accessToken.fill(QLatin1Char('\0'));
    m_accessToken = token;
    const TokenClaims claims = TokenClaims::fromAccessToken(token);
    const bool changed = claims.describe() != m_claims.describe();
    m_claims = claims;
    if (changed)
        emit claimsChanged();
}

void AccessTokenProvider::usePastedToken()
{
    setAccessToken(m_connection.accessToken);
    if (m_accessToken.isEmpty()) {
        m_credentialsProblem = Texts::tr("Paste an access token for this tenant.");
        return;
    }
    if (!isBearerToken(m_accessToken.toUtf8())) {
        // It would be sent in the Authorization header: CR or LF there could add headers, or a
        // whole request, of the pasted text's choosing.
        m_accessToken.fill(QLatin1Char('\0'));
        m_accessToken.clear();
        m_credentialsProblem = Texts::tr("The pasted access token has characters an access "
                                         "token cannot have; nothing was sent with it. Paste it "
                                         "again.");
        return;
    }
    const AccessTokenInfo info = inspectAccessToken(m_accessToken);
    // A token that does not say when it expires is used until the server refuses it.
    m_expiresAt = info.expiresAt.value_or(QDateTime::currentDateTimeUtc().addYears(1));
    if (info.expiresAt)
        m_expiryTimer->start(int(qBound(qint64(1),
            QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt), qint64(24 * 3600 * 1000))));
    if (info.scopes != m_scopes) {
        m_scopes = info.scopes;
        emit scopesChanged(m_scopes);
    }
    if (!hasToken())
        m_credentialsProblem
            = Texts::tr("The pasted access token has expired. Paste a new one to go on.");
}

void AccessTokenProvider::failForCredentials(const QString &reason)
{
    m_credentialsProblem = reason;
    setAccessToken({});
    m_expiresAt = {};
    askForPastedToken(reason);
}

void AccessTokenProvider::askForPastedToken(const QString &reason)
{
    // Once per token that cannot be used: every request after it fails without asking again,
    // until a new token is given (setConnection) or a usable one is signed out of (forget).
    if (std::exchange(m_askedForPastedToken, true))
        return;
    emit credentialsNeeded(reason);
}

bool AccessTokenProvider::hasToken() const
{
    return !m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_expiresAt;
}

bool AccessTokenProvider::hasScope(const QString &scope) const
{
    return m_scopes.contains(scope);
}

void AccessTokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasToken()) {
        // Always asynchronous, so callers see the same order of events either way.
        QTimer::singleShot(0, context, [this, callback = std::move(callback)] {
            if (hasToken())
                callback(m_accessToken, {});
            else
                withToken(this, callback);
        });
        return;
    }
    m_waiters.append({ QPointer<QObject>(context), std::move(callback) });
    if (m_connection.authMethod == AuthMethod::BrowserSignIn) {
        if (m_pending)
            return;
        if (!m_connection.refreshToken.isEmpty()) {
            requestRenewal();
            return;
        }
        QString reason = m_credentialsProblem;
        if (reason.isEmpty())
            reason = Texts::tr("Sign in with the browser to use this tenant.");
        QTimer::singleShot(0, this, [this, reason] {
            if (m_pending)
                return; // a sign-in started meanwhile: its answer goes to the waiters
            emit credentialsNeeded(reason);
            deliver(ApiError::credentialsNeeded(reason));
        });
        return;
    }
    if (m_connection.authMethod == AuthMethod::AccessToken
        || (m_connection.clientSecret.isEmpty() && !m_pending)) {
        // Nothing to renew with: the user must act. Still answered from the event loop.
        QString reason = m_credentialsProblem;
        if (m_connection.authMethod == AuthMethod::ClientCredentials)
            reason
                = Texts::tr("Passdesk has no client secret for this tenant. Enter it to sign in.");
        else if (reason.isEmpty())
            reason = Texts::tr("The pasted access token has expired. Paste a new one to go on.");
        QTimer::singleShot(0, this, [this, reason] {
            if (m_connection.authMethod == AuthMethod::AccessToken)
                askForPastedToken(reason);
            else
                emit credentialsNeeded(reason);
            deliver(ApiError::credentialsNeeded(reason));
        });
        return;
    }
    if (!m_pending)
        requestClientCredentials();
}

void AccessTokenProvider::requestClientCredentials()
{
    QByteArray body = QByteArrayLiteral("grant_type=client_credentials&client_id=")
        + QUrl::toPercentEncoding(m_connection.clientId) + QByteArrayLiteral("&client_secret=")
        + QUrl::toPercentEncoding(m_connection.clientSecret);
    requestToken(Grant::ClientCredentials, std::move(body));
}

void AccessTokenProvider::requestRenewal()
{
    QByteArray body = QByteArrayLiteral("grant_type=refresh_token&client_id=")
        + QUrl::toPercentEncoding(m_connection.clientId) + QByteArrayLiteral("&refresh_token=")
        + QUrl::toPercentEncoding(m_connection.refreshToken);
    requestToken(Grant::RefreshToken, std::move(body));
}

void AccessTokenProvider::exchangeAuthorizationCode(const QString &code,
    const QByteArray &verifier, const QString &redirectUri, QObject *context, Callback callback)
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    setAccessToken({});
    m_expiresAt = {};
    m_credentialsProblem.clear();
    m_connection.refreshToken.fill(QLatin1Char('\0'));
    m_connection.refreshToken.clear();
    // Requests waiting for a token wait for this sign-in; the caller hears first.
    m_waiters.prepend({ QPointer<QObject>(context), std::move(callback) });
    QByteArray body = QByteArrayLiteral("grant_type=authorization_code&client_id=")
        + QUrl::toPercentEncoding(m_connection.clientId) + QByteArrayLiteral("&code=")
        + QUrl::toPercentEncoding(code) + QByteArrayLiteral("&redirect_uri=")
        + QUrl::toPercentEncoding(redirectUri) + QByteArrayLiteral("&code_verifier=")
        + QUrl::toPercentEncoding(QString::fromLatin1(verifier));
    requestToken(Grant::AuthorizationCode, std::move(body));
}

void AccessTokenProvider::endBrowserSession(const QString &reason)
{
    // The server refused the refresh token (expired, revoked, or reused): the sign-in is over.
    m_connection.refreshToken.fill(QLatin1Char('\0'));
    m_connection.refreshToken.clear();
    m_credentialsProblem = reason;
    emit refreshTokenChanged({});
    emit credentialsNeeded(reason);
    deliver(ApiError::credentialsNeeded(reason));
}

void AccessTokenProvider::renewAheadIfExpiringWithin(std::chrono::seconds within)
{
    const bool credentials = m_connection.authMethod == AuthMethod::ClientCredentials
        && !m_connection.clientSecret.isEmpty();
    const bool browser = m_connection.authMethod == AuthMethod::BrowserSignIn
        && !m_connection.refreshToken.isEmpty();
    if (m_pending || !m_connection.apiRoot.isValid() || (!credentials && !browser))
        return;
    if (hasToken()
        && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > qint64(within.count()))
        return;
    // The answer goes to whoever waits by then, or into the cache.
    if (credentials)
        requestClientCredentials();
    else
        requestRenewal();
}

void AccessTokenProvider::invalidate(const QString &rejectedToken)
{
    // Another request may already have renewed it; only drop the one the server refused.
    if (rejectedToken != m_accessToken)
        return;
    if (m_connection.authMethod == AuthMethod::AccessToken) {
        m_expiryTimer->stop();
        m_credentialsProblem
            = Texts::tr("The server refused the pasted access token (it may have expired or been "
                        "revoked). Paste a new one to go on.");
    }
    setAccessToken({});
    m_expiresAt = {};
}

void AccessTokenProvider::forget()
{
    m_expiryTimer->stop();
    if (m_connection.authMethod == AuthMethod::AccessToken && !m_accessToken.isEmpty()) {
        m_credentialsProblem = Texts::tr("You signed out. Paste an access token to sign in again.");
        m_askedForPastedToken = false;
    }
    if (m_connection.authMethod == AuthMethod::BrowserSignIn) {
        if (!m_connection.refreshToken.isEmpty() || !m_accessToken.isEmpty())
            m_credentialsProblem
                = Texts::tr("You signed out. Sign in with the browser to go on.");
        m_connection.refreshToken.fill(QLatin1Char('\0'));
        m_connection.refreshToken.clear();
    }
    setAccessToken({});
    m_expiresAt = {};
    if (!m_scopes.isEmpty()) {
        m_scopes.clear();
        emit scopesChanged(m_scopes);
    }
}

void AccessTokenProvider::requestToken(Grant grant, QByteArray body)
{
    QNetworkRequest request(m_connection.tokenUrl());
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_userAgent);
    if (!m_acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", m_acceptLanguage);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ReplyGuard::prepare(request, m_limits);
    if (const QByteArray unsafe = firstUnsafeHeader(request); !unsafe.isEmpty()) {
        QTimer::singleShot(0, this, [this, unsafe] {
            deliver(ApiError::invalidInput(
                Texts::tr("the %1 header would have carried characters a header cannot have.")
                    .arg(QString::fromLatin1(unsafe))));
        });
        return;
    }

    ++m_tokenRequests;
    m_pendingGrant = grant;
    // Sent once (never repeated by Qt when the connection drops) and read up to a cap, so a
    // server that never stops talking cannot fill the memory.
    QNetworkReply *reply = sendOnce(m_network, request, "POST", body);
    wipe(body);
    m_pending = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto stopReason = std::make_shared<StopReason>(StopReason::None);
    auto stop = [reply, stopReason](StopReason reason) {
        if (*stopReason != StopReason::None)
            return;
        *stopReason = reason;
        reply->abort(); // emits finished
    };
    connect(reply, &QNetworkReply::sslErrors, this,
        [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    connect(reply, &QNetworkReply::readyRead, this, [reply, stop] {
        if (reply->bytesAvailable() > maxTokenAnswerBytes)
            stop(StopReason::SizeCap);
    });
    new ReplyGuard(reply, m_limits, m_limits.deadline, stop);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, stopReason] {
        reply->deleteLater();
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        if (*stopReason != StopReason::None) {
            deliver(apiErrorFromReply(reply, {}, *stopReason, *sslErrors, m_limits));
            return;
        }
        QByteArray payload = reply->read(64 * 1024);
        if (!isHttpSuccess(reply) || reply->error() != QNetworkReply::NoError) {
            const ApiError error
                = apiErrorFromReply(reply, payload, StopReason::None, *sslErrors, m_limits);
            wipe(payload);
            const int status = error.httpStatus;
            if (m_pendingGrant == Grant::RefreshToken && status >= 400 && status < 500) {
                // invalid_grant and its kin: the refresh token is spent, revoked or expired.
                endBrowserSession(
                    Texts::tr("Your browser sign-in has ended (the tenant said: %1). Sign in "
                              "with the browser again; what you typed stays where it is.")
                        .arg(error.errorDescription.isEmpty() ? error.errorCode
                                                              : error.errorDescription));
                return;
            }
            deliver(error);
            return;
        }
        TokenAnswer answer = TokenAnswer::parse(payload);
        wipe(payload);
        if (!answer.problem.isEmpty()) {
            deliver(ApiError::unreadableBody(answer.problem));
            return;
        }
        // Renew early, but never sooner than half the lifetime (short lifetimes in tests).
        // Capped at a day: a huge expires_in would overflow the milliseconds below.
        const qint64 lifetime = qBound(qint64(1), answer.expiresInSeconds, qint64(24 * 3600));
        const qint64 usable = qMax(lifetime - qint64(renewalMargin.count()), lifetime / 2);
        setAccessToken(answer.accessToken);
        m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(usable * 1000);
        if (m_connection.authMethod == AuthMethod::BrowserSignIn
            && !answer.refreshToken.isEmpty()) {
            m_connection.refreshToken.fill(QLatin1Char('\0'));
            m_connection.refreshToken = answer.refreshToken;
            emit refreshTokenChanged(m_connection.refreshToken);
        }
        answer.wipe();
        m_credentialsProblem.clear();
        if (answer.scopes != m_scopes) {
            m_scopes = answer.scopes;
            emit scopesChanged(m_scopes);
        }
        deliver({});
    });
}

void AccessTokenProvider::deliver(const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        waiter.callback(error.isError() ? QString() : m_accessToken, error);
    }
}

} // namespace Passdesk
