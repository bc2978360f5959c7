#include "core/auth/accesstokenprovider.h"

#include "core/auth/pastedtoken.h"
#include "core/auth/tokenanswer.h"
#include "core/auth/tokenendpointrequest.h"
#include "core/auth/wallclocktimer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::AccessTokenProvider)
};

void wipe(QString &text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}

} // namespace

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_expiryTimer(new WallClockTimer(this))
    , m_renewal(this)
{
    connect(&m_renewal, &TokenRenewalSchedule::due, this, &AccessTokenProvider::renewNow);
    connect(m_expiryTimer, &WallClockTimer::timeout, this, [this] {
        if (m_connection.authMethod != AuthMethod::AccessToken || m_accessToken.isEmpty())
            return;
        failForCredentials(
            Texts::tr("The pasted access token expired at %1. Paste a new one to go on.")
                .arg(QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    });
}

AccessTokenProvider::~AccessTokenProvider()
{
    m_waiters.clear();
    dropPending();
    forget();
    m_connection.wipeSecrets();
}

void AccessTokenProvider::dropPending()
{
    delete m_pending.data(); // aborts it, without an answer
    m_pending = nullptr;
}

void AccessTokenProvider::setConnection(const ConnectionSettings &connection)
{
    replaceConnection(connection, true);
}

void AccessTokenProvider::replaceConnection(
    const ConnectionSettings &connection, bool parkTheOldToken)
{
    if (m_pending && m_pendingGrant == Grant::RefreshToken) {
        m_detached.add(m_pending, m_connection, m_keeper); // see DetachedRefreshes
        m_pending = nullptr;
    }
    // Another tenant: this one's token is kept for coming back. The same one again (a new
    // sign-in, a connection check) starts afresh; a secret replaced is not come back to.
    const bool switching = m_parksTokens && !ParkedTokens::sameKey(m_connection, connection);
    if (m_parksTokens && parkTheOldToken && !ParkedTokens::sameClient(m_connection, connection)
        && hasToken() && m_connection.authMethod != AuthMethod::AccessToken)
        m_parked.park(m_connection, { m_accessToken, m_expiresAt, m_scopes });
    dropToken();
    m_keeper = {};
    m_connection.wipeSecrets();
    m_connection = connection;
    m_credentialsProblem.clear();
    m_askedForPastedToken = false;
    m_waiters.cancel();
    if (m_connection.authMethod == AuthMethod::AccessToken)
        usePastedToken();
    else if (std::optional<ParkedTokens::Token> parked = switching
                 ? m_parked.takeBack(m_connection, renewalMargin.count())
                 : std::nullopt) {
        // Back on a tenant whose token still works: no /oauth/token round trip.
        setAccessToken(parked->accessToken);
        m_expiresAt = parked->expiresAt;
        setScopes(parked->scopes);
        scheduleRenewal(TokenRenewalSchedule::After::NewToken);
    }
    // Back on a connection whose refresh is still out: its answer is awaited, not sent again.
    if (TokenEndpointRequest *request = m_detached.takeBack(m_connection)) {
        m_pending = request;
        m_pendingGrant = Grant::RefreshToken;
    }
}

void AccessTokenProvider::updateConnection(const ConnectionSettings &connection)
{
    if (!connection.sameCredentials(m_connection)) {
        replaceConnection(connection, false);
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

void AccessTokenProvider::clearAccessToken()
{
    setAccessToken({});
    m_expiresAt = {};
}

void AccessTokenProvider::usePastedToken()
{
    const PastedToken pasted = PastedToken::check(m_connection.accessToken);
    m_credentialsProblem = pasted.problem;
    setAccessToken(pasted.sendable ? m_connection.accessToken : QString());
    if (!pasted.sendable)
        return;
    m_expiresAt = pasted.expiresAt;
    if (pasted.saysWhenItExpires)
        m_expiryTimer->startAt(m_expiresAt);
    setScopes(pasted.scopes);
}

void AccessTokenProvider::failForCredentials(const QString &reason)
{
    m_credentialsProblem = reason;
    clearAccessToken();
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
    m_waiters.append(context, std::move(callback));
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
            m_waiters.answer(m_accessToken, ApiError::credentialsNeeded(reason));
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
            m_waiters.answer(m_accessToken, ApiError::credentialsNeeded(reason));
        });
        return;
    }
    if (!m_pending)
        requestRenewal();
}

void AccessTokenProvider::requestRenewal()
{
    // A browser sign-in's refresh token, or the client credentials again.
    if (m_connection.authMethod == AuthMethod::BrowserSignIn)
        requestToken(Grant::RefreshToken,
            refreshTokenGrant(m_connection.clientId, m_connection.refreshToken));
    else
        requestToken(Grant::ClientCredentials,
            clientCredentialsGrant(m_connection.clientId, m_connection.clientSecret));
}

void AccessTokenProvider::exchangeAuthorizationCode(const QString &code,
    const QByteArray &verifier, const QString &redirectUri, QObject *context, Callback callback)
{
    dropPending();
    m_renewal.stop();
    clearAccessToken();
    m_credentialsProblem.clear();
    wipe(m_connection.refreshToken);
    // Requests waiting for a token wait for this sign-in; the caller hears first.
    m_waiters.prepend(context, std::move(callback));
    requestToken(Grant::AuthorizationCode,
        authorizationCodeGrant(m_connection.clientId, code, redirectUri, verifier));
}

void AccessTokenProvider::keepRefreshToken(const QString &refreshToken)
{
    if (m_keeper)
        m_keeper(refreshToken);
    emit refreshTokenChanged(refreshToken);
}

void AccessTokenProvider::endBrowserSession(const QString &reason)
{
    // The server refused the refresh token (expired, revoked, or reused): the sign-in is over.
    wipe(m_connection.refreshToken);
    m_renewal.stop();
    m_credentialsProblem = reason;
    keepRefreshToken({});
    emit credentialsNeeded(reason);
    m_waiters.answer(m_accessToken, ApiError::credentialsNeeded(reason));
}

bool AccessTokenProvider::renewsAhead() const
{
    return m_renewal.isActive();
}

void AccessTokenProvider::renewAheadIfExpiringWithin(std::chrono::seconds within)
{
    if (TokenRenewalSchedule::expiresWithin(hasToken(), m_expiresAt, within))
        renewNow();
}

void AccessTokenProvider::renewNow()
{
    // The answer goes to whoever waits by then, or into the cache, and schedules the next.
    if (!m_pending && TokenRenewalSchedule::canRenewAlone(m_connection))
        requestRenewal();
}

void AccessTokenProvider::scheduleRenewal(TokenRenewalSchedule::After after)
{
    m_renewal.schedule(m_connection, hasToken(), m_expiresAt, after);
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
    m_renewal.stop();
    clearAccessToken();
}

void AccessTokenProvider::forget()
{
    dropToken();
    m_parked.clear(); // signing out ends the other tenants' sessions in memory too
}

void AccessTokenProvider::dropToken()
{
    if (m_pending) {
        // Its answer would sign in again what was signed out of.
        dropPending();
        m_waiters.cancel();
    }
    m_expiryTimer->stop();
    m_renewal.stop();
    if (m_connection.authMethod == AuthMethod::AccessToken && !m_accessToken.isEmpty()) {
        m_credentialsProblem = Texts::tr("You signed out. Paste an access token to sign in again.");
        m_askedForPastedToken = false;
    }
    if (m_connection.authMethod == AuthMethod::BrowserSignIn) {
        if (!m_connection.refreshToken.isEmpty() || !m_accessToken.isEmpty())
            m_credentialsProblem
                = Texts::tr("You signed out. Sign in with the browser to go on.");
        wipe(m_connection.refreshToken);
    }
    clearAccessToken();
    setScopes({});
}

void AccessTokenProvider::setScopes(const QStringList &scopes)
{
    if (scopes == m_scopes)
        return;
    m_scopes = scopes;
    emit scopesChanged(m_scopes);
}

void AccessTokenProvider::requestToken(Grant grant, QByteArray body)
{
    ++m_tokenRequests;
    m_pendingGrant = grant;
    auto *request = new TokenEndpointRequest(m_network, m_limits, this);
    m_pending = request;
    request->send(m_connection.tokenUrl(), { m_userAgent, m_acceptLanguage }, std::move(body),
        [this, request](TokenAnswer &answer, const ApiError &error) {
            request->deleteLater();
            if (m_pending == request) {
                m_pending = nullptr;
                takeAnswer(answer, error);
            } else {
                m_detached.answer(request, answer, error);
            }
        });
}

void AccessTokenProvider::takeAnswer(const TokenAnswer &answer, const ApiError &error)
{
    if (error.isError()) {
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
        // A renewal ahead that failed is tried again while the token works.
        scheduleRenewal(TokenRenewalSchedule::After::FailedTry);
        m_waiters.answer(m_accessToken, error);
        return;
    }
    // Renew early, but never sooner than half the lifetime (short lifetimes in tests).
    // Capped at a day: a huge expires_in would overflow the milliseconds below.
    const qint64 lifetime = qBound(qint64(1), answer.expiresInSeconds, qint64(24 * 3600));
    const qint64 usable = qMax(lifetime - qint64(renewalMargin.count()), lifetime / 2);
    setAccessToken(answer.accessToken);
    m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(usable * 1000);
    if (m_connection.authMethod == AuthMethod::BrowserSignIn && !answer.refreshToken.isEmpty()) {
        wipe(m_connection.refreshToken);
        m_connection.refreshToken = answer.refreshToken;
        keepRefreshToken(m_connection.refreshToken);
    }
    m_credentialsProblem.clear();
    setScopes(answer.scopes);
    scheduleRenewal(TokenRenewalSchedule::After::NewToken);
    m_waiters.answer(m_accessToken, {});
}

} // namespace Passdesk
