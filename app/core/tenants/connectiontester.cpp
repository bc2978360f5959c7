#include "core/tenants/connectiontester.h"

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "core/model/displaytext.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ConnectionTester)
};

ConnectionReport::Feature feature(ConnectionReport::Feature::Kind kind, const QString &name,
    const QStringList &scopes, std::initializer_list<const char *> anyOf)
{
    ConnectionReport::Feature result;
    result.kind = kind;
    result.name = name;
    if (scopes.isEmpty()) {
        result.note = Texts::tr(
            "the server did not say which scopes the token has; it decides on each request");
        return result;
    }
    if (Scopes::grantsAny(scopes, anyOf)) {
        result.allowed = ConnectionReport::Outcome::Yes;
        return result;
    }
    result.allowed = ConnectionReport::Outcome::No;
    result.missingScopes.append(QLatin1String(*anyOf.begin()));
    result.note = Texts::tr("needs the scope %1").arg(result.missingScopes.first());
    return result;
}
// The server's own words under a failed step, one indented line each, as the error view shows
// them: isolated, cut and breakable, at most DisplayText::maxShownTexts of them.
void appendServerTexts(QStringList &result, const QStringList &texts)
{
    const QString indent = QStringLiteral("    ");
    for (qsizetype i = 0; i < texts.size() && i < DisplayText::maxShownTexts; ++i)
        result.append(indent + DisplayText::message(texts.at(i)));
    if (texts.size() > DisplayText::maxShownTexts)
        result.append(indent + DisplayText::moreLine(texts.size() - DisplayText::maxShownTexts));
}
} // namespace

QList<ConnectionReport::Feature> ConnectionTester::featuresFor(
    const QStringList &scopes, ApiVersion version, bool readOnlyLocked, const TokenClaims &claims)
{
    QList<ConnectionReport::Feature> features;
    using Kind = ConnectionReport::Feature::Kind;
    features.append(feature(Kind::ReadConfig, Texts::tr("Read the org config"), scopes,
        { Scopes::configRead, Scopes::configManage, Scopes::configWrite }));
    ConnectionReport::Feature change = feature(Kind::ChangeConfig,
        Texts::tr("Change the org config"), scopes, { Scopes::configManage, Scopes::configWrite });
    if (readOnlyLocked) {
        change.allowed = ConnectionReport::Outcome::No;
        change.note = Texts::tr("the tenant is locked read-only in Passdesk");
    }
    features.append(change);
    ConnectionReport::Feature token = feature(Kind::DigitTokens, Texts::tr("Generate digit tokens"),
        scopes, { Scopes::digitTokenCreate });
    if (!supportsEndpoint(version, Endpoint::DigitToken)) {
        token.allowed = ConnectionReport::Outcome::No;
        token.missingScopes.clear();
        token.note
            = Texts::tr("API version %1 has no digit token operation").arg(apiVersionKey(version));
    }
    features.append(token);
    ConnectionReport::Feature lookup;
    lookup.kind = Kind::LookUpCallers;
    lookup.name = Texts::tr("Look up callers");
    // Public identities need a user token with sp:scopes:default (the contract offers the
    // operation to userAuth only). A token that is not a JWT does not say: left to the server.
    lookup.allowed = ConnectionReport::Outcome::Yes;
    if (claims.wellFormed && !claims.hasUser()) {
        lookup.allowed = ConnectionReport::Outcome::No;
        lookup.note = Texts::tr("needs a user token (a personal access token or the browser "
                                "sign-in); an API client's token has no user");
    }
    features.append(lookup);
    return features;
}

QStringList ConnectionReport::lines(const QStringList &uiLanguages) const
{
    QStringList result;
    if (signedIn) {
        if (claims.hasUser())
            result.append(Texts::tr("✔ Signed in as %1 (%2).")
                              .arg(claims.userName.isEmpty() ? claims.identityId : claims.userName,
                                  claims.levelName()));
        else if (claims.wellFormed && !claims.clientId.isEmpty())
            result.append(
                Texts::tr("✔ Signed in as the API client %1, without a user.").arg(claims.clientId));
        else
            result.append(Texts::tr("✔ Signed in."));
    } else {
        result.append(Texts::tr("✘ Could not sign in: %1").arg(signInError.summary()));
        appendServerTexts(result, signInError.serverTexts(uiLanguages));
        return result;
    }
    if (configRead)
        result.append(Texts::tr("✔ Read the password org config."));
    else if (configMissing)
        result.append(
            Texts::tr("✔ The tenant has no password org config yet (it can be created)."));
    else {
        result.append(
            Texts::tr("✘ Could not read the password org config: %1").arg(configError.summary()));
        appendServerTexts(result, configError.serverTexts(uiLanguages));
    }
    for (const Feature &feature : features) {
        // Reading was tried for real above; its scope line would only repeat it.
        if (configRead && feature.kind == Feature::Kind::ReadConfig)
            continue;
        switch (feature.allowed) {
        case Outcome::Yes:
            result.append(Texts::tr("✔ %1").arg(feature.name));
            break;
        case Outcome::No:
            result.append(Texts::tr("✘ %1: %2").arg(feature.name, feature.note));
            break;
        case Outcome::Unknown:
            result.append(Texts::tr("? %1: %2").arg(feature.name, feature.note));
            break;
        }
    }
    return result;
}

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, this))
{ }

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::setUiLanguages(const QStringList &uiLanguages)
{
    m_client->setUiLanguages(uiLanguages);
}

void ConnectionTester::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_client->setTransferTimeout(timeout);
}

void ConnectionTester::setRequestDeadline(std::chrono::milliseconds deadline)
{
    m_client->setRequestDeadline(deadline);
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    m_client->setConnection({}); // drops the token request and the secret
}

void ConnectionTester::start(const ConnectionSettings &connection)
{
    cancel();
    m_running = true;
    m_report = {};
    m_connection = connection;
    m_connection.wipeSecrets();
    m_client->setConnection(connection);
    const int generation = m_generation;
    m_client->accessTokens()->withToken(
        this, [this, generation](const QString &, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                m_report.signInError = error;
                finish();
                return;
            }
            m_report.signedIn = true;
            m_report.grantedScopes = m_client->grantedScopes();
            m_report.claims = m_client->accessTokens()->claims();
            OrgConfigReply *reply = m_client->getOrgConfig();
            connect(reply, &ApiReply::finished, this, [this, reply, generation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                const ApiError &configError = reply->error();
                m_report.configRead = !configError.isError();
                m_report.configMissing
                    = configError.kind == ApiError::Kind::Http && configError.httpStatus == 404;
                if (configError.isError() && !m_report.configMissing)
                    m_report.configError = configError;
                finish();
            });
        });
}

void ConnectionTester::finish()
{
    m_report.features
        = featuresFor(m_report.grantedScopes, m_connection.version, m_connection.readOnly,
            m_report.claims);
    if (m_report.configError.kind == ApiError::Kind::Http
        && m_report.configError.httpStatus == 403) {
        // The server's refusal outranks what the scopes seemed to allow.
        for (ConnectionReport::Feature &feature : m_report.features) {
            if (feature.kind == ConnectionReport::Feature::Kind::ReadConfig) {
                feature.allowed = ConnectionReport::Outcome::No;
                feature.note = Texts::tr("the server refused it (HTTP 403)");
            }
        }
    }
    m_running = false;
    const ConnectionReport report = m_report;
    m_client->setConnection({}); // the secret does not outlive the test
    emit finished(report);
}

} // namespace Passdesk
