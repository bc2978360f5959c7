#pragma once

#include "core/auth/tokenclaims.h"
#include "core/model/apierror.h"
#include "core/connection/connectionsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Passdesk {

class ApiClient;

// What "Test connection" found: whether Passdesk could sign in, whether it could read the org
// config, and which scopes the client lacks for each Passdesk feature.
struct ConnectionReport
{
    enum class Outcome
    {
        Yes,
        No,
        Unknown
    };
    struct Feature
    {
        enum class Kind { ReadConfig, ChangeConfig, DigitTokens, LookUpCallers };
        Kind kind = Kind::ReadConfig;
        QString name; // translated, e.g. "Change the org config"
        Outcome allowed = Outcome::Unknown;
        QStringList missingScopes;
        QString note; // translated explanation when not Yes
    };

    bool signedIn = false;
    ApiError signInError;
    bool configRead = false;
    bool configMissing = false; // the tenant has no org config yet (404)
    ApiError configError;
    QStringList grantedScopes;
    TokenClaims claims; // who the token speaks for (a user, or an API client without one)
    QList<Feature> features;

    bool isSuccess() const { return signedIn && (configRead || configMissing); }
    // One translated line per finding, for the dialog; the server's words as the error view
    // shows them (DisplayText: isolated, cut, at most a few).
    QStringList lines(const QStringList &uiLanguages) const;
};

// Tests a connection with its own ApiClient, so the active tenant is not disturbed.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setUiLanguages(const QStringList &uiLanguages);
    void setTransferTimeout(std::chrono::milliseconds timeout); // ApiClient's idle timeout
    void setRequestDeadline(std::chrono::milliseconds deadline); // and its overall deadline
    void start(const ConnectionSettings &connection); // cancels a test under way
    void cancel();
    bool isRunning() const { return m_running; }

    // Which features the scopes allow (empty scopes: the server did not say). Looking callers
    // up needs a user token: an app-only token (claims without a user) may not.
    static QList<ConnectionReport::Feature> featuresFor(const QStringList &scopes,
        ApiVersion version, bool readOnlyLocked, const TokenClaims &claims = {});

signals:
    void finished(const Passdesk::ConnectionReport &report);

private:
    void finish();

    ApiClient *m_client;
    ConnectionReport m_report;
    ConnectionSettings m_connection;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace Passdesk
