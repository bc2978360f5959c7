#pragma once

#include "core/auth/detachedrefreshes.h"
#include "core/auth/parkedtokens.h"
#include "core/auth/tokenclaims.h"
#include "core/auth/tokenrenewalschedule.h"
#include "core/auth/tokenwaiters.h"
#include "core/model/apierror.h"
#include "core/connection/connectionsettings.h"
#include "core/net/requestlimits.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Passdesk {

class TokenEndpointRequest;
class WallClockTimer;
struct TokenAnswer;

// OAuth2 client credentials against /oauth/token. Caches the access token in memory until
// shortly before `expires_in`; concurrent callers share one token request. With a pasted access
// token (AuthMethod::AccessToken) it uses that token until it expires or the server refuses it,
// and then asks for a new one through credentialsNeeded(): it cannot renew it. After a browser
// sign-in (AuthMethod::BrowserSignIn) it renews with the refresh token (grant_type=
// refresh_token) before the access token expires and after a 401, keeps the refresh token the
// server rotates in (refreshTokenChanged), and when the server refuses it asks for a new
// sign-in through credentialsNeeded(). A token that could not travel in a header as it is
// (RFC 6750 b64token) is never used, from any source.
//
// While it holds a token it can renew on its own (client credentials with a secret, or a
// browser sign-in's refresh token), a timer renews it shortly before it expires, so a click
// never waits for /oauth/token; nothing runs without a connection, and setConnection() and
// forget() stop it. A refresh still out when the connection changes (a tenant switch) is not
// dropped: its rotated refresh token goes to the keeper of the connection that sent it, and
// the request is taken up again when that connection comes back before it is answered, so the
// server never sees a refresh token used twice.
class AccessTokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTokenProvider)

public:
    using Callback = TokenWaiters::Callback;
    // Given per connection (setRefreshTokenKeeper), so a late answer reaches the right tenant.
    using RefreshTokenKeeper = Passdesk::RefreshTokenKeeper;

    explicit AccessTokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccessTokenProvider() override;

    void setConnection(const ConnectionSettings &connection); // forgets any cached token
    // With it, setConnection() to another tenant keeps the token of the one left (in memory,
    // ParkedTokens) and takes back the new one's, if it still works: the tenant session's
    // client, where the agent switches; not a connection check, which signs in every time.
    // The same client with another secret is not another tenant: the old token goes.
    void setParksTokens(bool parks) { m_parksTokens = parks; }
    // A tenant's credentials changed or it was removed: the tokens parked for its address,
    // client and way of signing in go at once, whatever the secret they were got with.
    void dropParkedTokens(const ConnectionSettings &tenant) { m_parked.dropClient(tenant); }
    // Where the current connection's rotated refresh tokens go, until the next setConnection().
    void setRefreshTokenKeeper(RefreshTokenKeeper keeper) { m_keeper = std::move(keeper); }
    // As setConnection(), but the token (and a request for one) stays when the credentials are
    // the same (ConnectionSettings::sameCredentials): a lock or name edit needs no new token.
    // Other credentials are the same tenant edited: its old token is dropped, not parked.
    void updateConnection(const ConnectionSettings &connection);
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    void setAcceptLanguage(const QByteArray &value) { m_acceptLanguage = value; }
    // The token request obeys the same limits as the API's requests (idle timeout, overall
    // deadline, header cap).
    void setRequestLimits(const RequestLimits &limits) { m_limits = limits; }

    // Calls back with a valid token (cached or fresh) or the token endpoint's error. The
    // callback runs from the event loop, never synchronously.
    void withToken(QObject *context, Callback callback);
    // Fetches a token now, without a caller waiting, when there is none or it expires within
    // `within`, so the next withToken() need not wait for /oauth/token (the token dialog opens:
    // a click follows). Nothing for a pasted token, without a secret, or with a request out.
    void renewAheadIfExpiringWithin(std::chrono::seconds within);
    // Drops the cached token (after a 401) so the next withToken() fetches a new one.
    void invalidate(const QString &rejectedToken);
    // Sign out: drops the token, scopes, a refresh token and a token request still out (whoever
    // waits for it hears Canceled), and the tokens parked for other tenants.
    void forget();
    // Exchanges a browser sign-in's code (RFC 6749 4.1.3 with the PKCE verifier, RFC 7636
    // 4.5) for tokens; the callback says how it went. Any older token or sign-in is dropped.
    void exchangeAuthorizationCode(const QString &code, const QByteArray &verifier,
        const QString &redirectUri, QObject *context, Callback callback);
    bool hasRefreshToken() const { return !m_connection.refreshToken.isEmpty(); }
    // Who the current access token speaks for (empty claims without one).
    TokenClaims claims() const { return m_claims; }

    bool hasToken() const;
    QStringList grantedScopes() const { return m_scopes; }
    bool hasScope(const QString &scope) const;
    QDateTime expiresAt() const { return m_expiresAt; }
    int tokenRequestCount() const { return m_tokenRequests; }
    // Whether the renewal timer runs (a token is held that can be renewed without the user).
    bool renewsAhead() const;
    // Refresh grants sent for connections that have been left and not yet answered.
    int detachedRefreshCount() const { return m_detached.count(); }
    qsizetype parkedTokenCount() const { return m_parked.count(); }

    // Renew this long before the server's expiry.
    static constexpr std::chrono::seconds renewalMargin { 30 };
    // The timer renews this long before the token is due (a quarter of its life when shorter).
    static constexpr std::chrono::seconds renewAheadLead = TokenRenewalSchedule::renewAheadLead;

signals:
    void scopesChanged(const QStringList &scopes);
    // The user must give a secret or a new access token; reason is translated. For a pasted
    // token it comes once per token that cannot be used, not with every request that fails.
    void credentialsNeeded(const QString &reason);
    // The server rotated in a new refresh token (empty: the sign-in ended or was signed out of).
    void refreshTokenChanged(const QString &refreshToken);
    // The access token changed: claims() may say someone else now.
    void claimsChanged();

private:
    enum class Grant
    {
        ClientCredentials,
        AuthorizationCode,
        RefreshToken,
    };
    void replaceConnection(const ConnectionSettings &connection, bool parkTheOldToken);
    void requestToken(Grant grant, QByteArray body);
    void requestRenewal();
    void takeAnswer(const TokenAnswer &answer, const ApiError &error);
    void dropPending();
    void renewNow();
    void scheduleRenewal(TokenRenewalSchedule::After after);
    void keepRefreshToken(const QString &refreshToken);
    void setAccessToken(const QString &token);
    void clearAccessToken(); // no token, no expiry
    void endBrowserSession(const QString &reason);
    void usePastedToken();
    void failForCredentials(const QString &reason);
    void askForPastedToken(const QString &reason);
    void setScopes(const QStringList &scopes);
    void dropToken(); // the current connection's token, as forget() without the parked ones

    QNetworkAccessManager *m_network;
    ConnectionSettings m_connection;
    QByteArray m_userAgent;
    QByteArray m_acceptLanguage;
    RequestLimits m_limits;
    QString m_accessToken;
    QDateTime m_expiresAt;
    QStringList m_scopes;
    QPointer<TokenEndpointRequest> m_pending;
    Grant m_pendingGrant = Grant::ClientCredentials;
    DetachedRefreshes m_detached;
    ParkedTokens m_parked; // the tokens of tenants switched away from
    bool m_parksTokens = false;
    RefreshTokenKeeper m_keeper;
    TokenClaims m_claims;
    TokenWaiters m_waiters;
    int m_tokenRequests = 0;
    WallClockTimer *m_expiryTimer; // a pasted token's end
    TokenRenewalSchedule m_renewal; // renews ahead of expiry
    QString m_credentialsProblem; // why the pasted token cannot be used (empty while it can)
    bool m_askedForPastedToken = false; // credentialsNeeded() went out for the current problem
};

} // namespace Passdesk
