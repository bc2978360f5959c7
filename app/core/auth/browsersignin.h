#pragma once

#include "core/auth/pkce.h"
#include "core/connection/connectionsettings.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Passdesk {

class AccessTokenProvider;
class LoopbackRedirectListener;

// One browser sign-in (OAuth 2.0 authorization code with PKCE for native apps, RFC 6749 4.1,
// RFC 7636 S256, RFC 8252): finds the authorize endpoint (`{api root}/oauth/info`, else
// https://{tenant}.login.sailpoint.com/oauth/authorize), waits on the loopback redirect
// (LoopbackRedirectListener), opens the system browser through the opener it is given (tests
// give a scripted browser), and hands the code to the AccessTokenProvider to exchange. Where
// no loopback redirect is possible (the port is taken, or the browser is elsewhere) the user
// pastes the code or the whole redirect address instead (submitPasted()).
class BrowserSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    // Opens the URL in the system browser; false when it could not.
    using Opener = std::function<bool(const QUrl &url)>;

    BrowserSignIn(QNetworkAccessManager *network, AccessTokenProvider *tokens,
        const ConnectionSettings &connection, Opener opener, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    // The code, or the whole address the browser was sent to (its state is checked then).
    void submitPasted(const QString &text);
    void cancel();

    bool isActive() const { return m_active; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }

    // Where the authorize page is when /oauth/info does not say: the contract's login host for
    // ISC tenants (acme.api.identitynow.com -> acme.login.sailpoint.com); invalid otherwise.
    static QUrl fallbackAuthorizeEndpoint(const QUrl &apiRoot);

signals:
    // The browser was sent to the authorize page (or could not be: openedBrowser is false, and
    // the user can open authorizeUrl() themselves). listening is false when the loopback port
    // could not be used; listenerProblem then says why, and only pasting can finish.
    void waitingForBrowser(
        const QUrl &authorizeUrl, bool openedBrowser, bool listening, const QString &listenerProblem);
    void exchangingCode();
    void signedIn();
    void failed(const QString &reason); // translated
    void canceled();

private:
    void discover();
    void openBrowser(const QUrl &authorizeEndpoint);
    void exchange(const QString &code);
    void stop(); // the listener closed, discovery aborted, nothing under way
    void fail(const QString &reason);

    QNetworkAccessManager *m_network;
    QPointer<AccessTokenProvider> m_tokens;
    ConnectionSettings m_connection;
    Opener m_opener;
    std::chrono::milliseconds m_timeout;
    LoopbackRedirectListener *m_listener;
    QPointer<QNetworkReply> m_discovery;
    Pkce m_pkce;
    QString m_state;
    QUrl m_authorizeUrl;
    QString m_redirectUri;
    bool m_active = false;
    bool m_exchanging = false;
};

} // namespace Passdesk
