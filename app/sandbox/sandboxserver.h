#pragma once

#include "sandboxclients.h"
#include "sandboxrecords.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <memory>
#include <optional>

namespace Passdesk::Sandbox {

class SandboxState;

// A tenant that behaves as the ISC contract says, on QtHttpServer, for the app's sandbox mode
// and for every integration and GUI test.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;
    // As the constructor, without the TLS plugin and OpenSSL that QtHttpServer 6.4's
    // constructor loads although plain http needs neither (WithoutTlsPluginScope); setTls()
    // still works afterwards. For the thread that owns the application.
    static std::unique_ptr<SandboxServer> withoutTlsPlugin();

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl
    baseUrl() const; // the API root, e.g. http://127.0.0.1:40123 (loopback when listening on Any)
    // Serve https with this certificate and key from the next listen() on, so tests can check
    // how the client treats a certificate it must not trust. baseUrl() then says https.
    void setTls(const QSslCertificate &certificate, const QSslKey &privateKey);
    bool isTls() const { return !m_tls.isNull(); }

    void addClient(const SandboxClient &client);
    QList<SandboxClient> clients() const; // the built-in ones first
    // Whom one can sign in as on the authorize page.
    QList<SandboxPerson> people() const;
    QString displayName(const QString &uid) const; // the directory's name for a uid
    void setTokenLifetimeSeconds(int seconds); // default 750
    void setCodeLifetimeSeconds(int seconds); // authorization codes; default 60, 0: born expired
    void expireAllCodes();
    void setRefuseRefresh(bool refuse); // every refresh_token grant fails with invalid_grant
    // Ends every browser sign-in so far, as an admin would: their access tokens get 401, their
    // refresh tokens invalid_grant. Later sign-ins are not touched.
    void revokeAllSignIns();
    int revokedSignIns() const; // browser sign-ins revoked, by reuse detection or the above
    void setRateLimit(int requests, int windowSeconds); // default 100 per 10 s; 0 disables
    void expireAllTokens();
    void setRejectAllTokens(bool reject);

    std::optional<QJsonObject> orgConfig() const;
    void setOrgConfig(const QJsonObject &config);
    void removeOrgConfig();

    // Misbehaviour on purpose, for tests.
    void setResponseDelay(std::chrono::milliseconds delay);
    void setDropConnections(bool drop); // API routes only; the token endpoint keeps answering
    void setDropTokenEndpoint(bool drop); // the token endpoint closes connections without answering
    void setNumericDigitToken(bool numeric);
    void setNextDigitToken(const QString &digits);
    void setHtmlResponse(int status);
    void setServerError(bool fail);

    QList<RecordedRequest> requests() const;
    void clearRequests();
    int requestCount(const QByteArray &method, const QString &pathSuffix) const;
    QList<SandboxIdentity> identities() const;
    QString lastDigitToken() const;
    QStringList issuedAccessTokens() const; // every access token handed out, expired ones too
    // The URL of the sandbox's sign-in page (what /oauth/info gives as authorizeEndpoint).
    QUrl authorizeUrl() const;

signals:
    void requestReceived(const Passdesk::Sandbox::RecordedRequest &request);

private:
    class Frontend;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<Frontend> m_frontend;
    quint16 m_port = 0;
    QHostAddress m_address;
    QSslConfiguration m_tls; // null: plain http
};

} // namespace Passdesk::Sandbox
