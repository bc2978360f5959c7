// Tenants, secrets and pasted tokens against the sandbox tenant over loopback HTTP: what the
// session sends, what it refuses to send, and when it asks the user.

#include "accesstokenprovider.h"
#include "appsettings.h"
#include "replycapture.h"
#include "sandboxfixture.h"
#include "secretvault.h"
#include "tenantsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
const QString configPath = QStringLiteral("/password-org-config");
const QString tokenPath = QStringLiteral("/oauth/token");
} // namespace

class TestTenantSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_fixture->client.setConnection({});
        m_keychain = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<SecretVault>(m_keychain.get());
        m_store = std::make_unique<TenantStore>(m_fixture->settings.backend());
        m_session
            = std::make_unique<TenantSession>(m_store.get(), m_vault.get(), &m_fixture->client);
        m_fixture->server.clearRequests();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_vault.reset();
        m_keychain.reset();
        m_fixture.reset();
    }

    void activatesWithTheSecretFromTheKeychain()
    {
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        m_session->activate(tenant.id);
        QVERIFY(m_session->isActivating()); // the keychain answers from the event loop
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(m_session->activeId(), tenant.id);
        QCOMPARE(m_store->lastUsedId(), tenant.id);
        QVERIFY(m_fixture->client.connection()
                    .clientSecret.isEmpty()); // only the token provider keeps it
        const auto outcome = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    }

    void sandboxAnswersLaterAndALaterChoiceWins()
    {
        // The embedded sandbox starts on a thread of its own and answers when it listens.
        TenantSession::SandboxReady answer;
        int starts = 0;
        m_session->setSandboxStarter([&](TenantSession::SandboxReady ready) {
            ++starts;
            answer = std::move(ready);
        });
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        m_session->activate(TenantSession::sandboxId);
        QVERIFY(m_session->isActivating());
        QCOMPARE(activated.count(), 0);
        // The user chose a stored tenant before the sandbox listened: that choice stands.
        m_session->activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        answer(m_fixture->connection, {});
        QCOMPARE(activated.count(), 1);
        QCOMPARE(m_session->activeId(), tenant.id);
        // Chosen again, the running sandbox is used at once, not started twice.
        m_session->activate(TenantSession::sandboxId);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(m_session->activeId(), TenantSession::sandboxId);
        QCOMPARE(m_fixture->client.connection().apiRoot, m_fixture->connection.apiRoot);
        QCOMPARE(starts, 1);
    }

    void sandboxThatCannotStartFailsTheActivation()
    {
        m_session->setSandboxStarter([](TenantSession::SandboxReady ready) {
            ready(std::nullopt, QStringLiteral("No loopback port."));
        });
        QSignalSpy failed(m_session.get(), &TenantSession::activationFailed);
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        m_session->activate(TenantSession::sandboxId);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), TenantSession::sandboxId);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("No loopback port."));
        QCOMPARE(activated.count(), 0);
        QVERIFY(!m_session->isActivating());
        QVERIFY(m_session->activeId().isEmpty());
    }

    void missingSecretAsksAndSendsNothingUntilGiven()
    {
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        QSignalSpy needs(m_session.get(), &TenantSession::needsCredentials);
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        const auto outcome = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(outcome->error.summary().contains(QLatin1String("client secret")));
        QTRY_VERIFY(needs.count() >= 1);
        QCOMPARE(needs.constFirst().constFirst().value<Tenant>().id, tenant.id);
        QCOMPARE(m_fixture->server.requests().size(), 0);

        m_session->provideCredentials(sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        QTRY_VERIFY(m_keychain->contains(tenant.secretKey()));
        const auto retried = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(retried->done, waitMs);
        QVERIFY2(!retried->error.isError(), qPrintable(retried->error.summary()));
    }

    void wrongSecretGivesTheTokenEndpointsError()
    {
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, QStringLiteral("not-the-secret"));
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        const auto outcome = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome->error.httpStatus, 401);
        QVERIFY(!outcome->error.serverTexts({ QStringLiteral("en") }).isEmpty());
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 1);
        QCOMPARE(m_fixture->server.requestCount("GET", configPath), 0);
    }

    void readOnlyLockSendsNoWriteWhateverTheScopes()
    {
        Tenant tenant = addTenant(QStringLiteral("sandbox-admin"), /*readOnly=*/true);
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        const auto read = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(read->done, waitMs);
        QVERIFY(!read->error.isError());
        QVERIFY(!m_fixture->client.canManageConfig());
        OrgConfig changed = read->config;
        changed.digitTokenLength = changed.digitTokenLength == 8 ? 9 : 8;
        const auto put = capture(
            m_fixture->client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        const auto post = capture(m_fixture->client.createOrgConfig(changed));
        QTRY_VERIFY(put->done && post->done);
        QCOMPARE(put->error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(post->error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
        QCOMPARE(m_fixture->server.requestCount("POST", configPath), 0);

        // Unlocked by the admin: the same session writes.
        tenant.readOnly = false;
        m_store->save(tenant);
        m_session->reloadActive();
        QTRY_VERIFY(m_fixture->client.canManageConfig());
        const auto unlocked = capture(
            m_fixture->client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        QTRY_VERIFY_WITH_TIMEOUT(unlocked->done, waitMs);
        QVERIFY2(!unlocked->error.isError(), qPrintable(unlocked->error.summary()));
        QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 1);
    }

    void editingTheLockKeepsTheTokenEditingTheClientIdDoesNot()
    {
        Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        m_session->activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        const auto read = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(read->done, waitMs);
        QVERIFY2(!read->error.isError(), qPrintable(read->error.summary()));
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 1);

        // Locked and renamed, as the tenants dialog saves it: in force at once, same token.
        tenant.readOnly = true;
        tenant.displayName = QStringLiteral("Locked");
        m_store->save(tenant);
        m_session->reloadActive();
        QTRY_COMPARE(activated.count(), 2);
        QCOMPARE(m_fixture->client.connection().displayName, QStringLiteral("Locked"));
        QVERIFY(!m_fixture->client.canManageConfig());
        OrgConfig changed = read->config;
        changed.digitTokenLength = changed.digitTokenLength == 8 ? 9 : 8;
        const auto put = capture(
            m_fixture->client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        const auto again = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(put->done && again->done, waitMs);
        QCOMPARE(put->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(!again->error.isError(), qPrintable(again->error.summary()));
        QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
        QCOMPARE(m_fixture->server.requestCount("GET", configPath), 2);
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 1);

        // Another client (and its secret): the old client's token must not be used for it.
        tenant.clientId = QStringLiteral("sandbox-helpdesk");
        m_store->save(tenant);
        storeSecret(tenant, sandboxSecretFor(tenant.clientId));
        m_session->reloadActive();
        QTRY_COMPARE(activated.count(), 3);
        const auto asHelpdesk = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(asHelpdesk->done, waitMs);
        QVERIFY2(!asHelpdesk->error.isError(), qPrintable(asHelpdesk->error.summary()));
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 2);
        QCOMPARE(m_fixture->server.requests().constLast().clientId, tenant.clientId);
    }

    void pastedAccessTokenIsUsedAsIsAndNeverRenewed()
    {
        Tenant tenant = addTenant({});
        tenant.authMethod = AuthMethod::AccessToken;
        m_store->save(tenant);
        const QString token = sandboxAccessToken(QStringLiteral("sandbox-admin"));
        m_fixture->server.clearRequests();
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        QSignalSpy needs(m_session.get(), &TenantSession::needsCredentials);
        m_session->provideCredentials(token, false);
        QVERIFY(!m_keychain->contains(tenant.secretKey())); // pasted tokens are never stored
        const auto outcome = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
        QCOMPARE(m_fixture->server.requests().constFirst().headers.value("authorization"),
            "Bearer " + token.toLatin1());

        // The server refuses it (expired there): one request, no renewal, the user is asked.
        m_fixture->server.expireAllTokens();
        m_fixture->server.clearRequests();
        const auto refused = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(refused->done, waitMs);
        QCOMPARE(refused->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(
            refused->error.summary().contains(QLatin1String("refused the pasted access token")));
        QCOMPARE(m_fixture->server.requestCount("GET", configPath), 1);
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 0);
        QTRY_VERIFY(needs.count() >= 1);

        // The token is kept for the session: switching away and back needs no new paste.
        m_session->provideCredentials(token, false);
        m_session->activate(tenant.id);
        QTRY_VERIFY(!m_session->isActivating());
        QVERIFY(m_fixture->client.accessTokens()->hasToken());
    }

    void expiredPastedTokenIsNotSent()
    {
        activatePastedTokenTenant();
        m_session->provideCredentials(pastedToken(-60), false);
        const auto outcome = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, waitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(outcome->error.summary().contains(QLatin1String("expired")));
        QCOMPARE(m_fixture->server.requests().size(), 0);
    }

    void unusablePastedTokenIsAskedForOnceNotPerRequest()
    {
        activatePastedTokenTenant();
        QSignalSpy asked(&m_fixture->client, &ApiClient::credentialsNeeded);
        // Expires while in use: the expiry asks; the requests after it fail without asking.
        m_session->provideCredentials(pastedToken(1), false);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, waitMs);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 1);

        // A new token, already expired: asked once more, at the first request.
        m_session->provideCredentials(pastedToken(-60), false);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 2);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 2);
        QCOMPARE(m_fixture->server.requests().size(), 0);

        // A new token the server refuses: both requests are refused, one question.
        m_session->provideCredentials(sandboxAccessToken(QStringLiteral("sandbox-admin")), false);
        m_fixture->server.expireAllTokens();
        m_fixture->server.clearRequests();
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 3);
        QCOMPARE(m_fixture->server.requestCount("GET", configPath), 2);
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 0);
    }

    void signOutForgetsTheAccessToken()
    {
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        auto first = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(first->done, waitMs);
        QVERIFY(m_fixture->client.accessTokens()->hasToken());
        QSignalSpy signedOut(&m_fixture->client, &ApiClient::signedOut);
        m_session->signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!m_fixture->client.accessTokens()->hasToken());
        auto second = capture(m_fixture->client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(second->done, waitMs);
        QCOMPARE(m_fixture->server.requestCount("POST", tokenPath), 2);
    }

    void removingTheActiveTenantLeavesNoConnection()
    {
        const Tenant tenant = addTenant(QStringLiteral("sandbox-admin"));
        storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
        m_session->forgetCredentials(tenant);
        m_store->remove(tenant.id);
        QVERIFY(m_session->activeId().isEmpty());
        QVERIFY(!m_fixture->client.connection().apiRoot.isValid());
        QTRY_VERIFY(!m_keychain->contains(tenant.secretKey()));
    }

private:
    void activatePastedTokenTenant()
    {
        Tenant tenant = addTenant({});
        tenant.authMethod = AuthMethod::AccessToken;
        m_store->save(tenant);
        m_session->activate(tenant.id);
        QTRY_COMPARE(m_session->activeId(), tenant.id);
    }

    // A token that says it expires this many seconds from now (signature not checked).
    static QString pastedToken(qint64 expiresInSeconds)
    {
        const QByteArray claims
            = QJsonDocument(QJsonObject { { QStringLiteral("exp"),
                                double(QDateTime::currentSecsSinceEpoch() + expiresInSeconds) } })
                  .toJson(QJsonDocument::Compact);
        return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
            + QString::fromLatin1(
                claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + QStringLiteral(".c2ln");
    }

    // Two requests at once; true when both fail because the user must give credentials.
    bool twoRequestsNeedCredentials()
    {
        const auto first = capture(m_fixture->client.getOrgConfig());
        const auto second = capture(m_fixture->client.getOrgConfig());
        return QTest::qWaitFor([&] { return first->done && second->done; }, waitMs)
            && first->error.kind == ApiError::Kind::CredentialsNeeded
            && second->error.kind == ApiError::Kind::CredentialsNeeded;
    }

    Tenant addTenant(const QString &clientId, bool readOnly = false)
    {
        Tenant tenant;
        tenant.displayName = clientId.isEmpty() ? QStringLiteral("Pasted") : clientId;
        tenant.address = m_fixture->server.baseUrl().toString();
        tenant.clientId = clientId;
        tenant.testTenant = true;
        tenant.readOnly = readOnly;
        tenant.id = m_store->save(tenant);
        return tenant;
    }

    void storeSecret(const Tenant &tenant, const QString &secret)
    {
        bool done = false;
        m_vault->store(tenant.secretKey(), secret, true, this, [&done](bool) { done = true; });
        QTRY_VERIFY(done);
        m_vault->forgetSession(tenant.secretKey()); // as in a new session: only the keychain has it
    }

    QString sandboxAccessToken(const QString &clientId)
    {
        QNetworkRequest request(m_fixture->server.baseUrl().resolved(QUrl(tokenPath)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), sandboxSecretFor(clientId));
        QNetworkReply *reply
            = m_fixture->network.post(request, form.query(QUrl::FullyEncoded).toLatin1());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(waitMs))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("access_token"))
            .toString();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<TenantSession> m_session;
};

QTEST_GUILESS_MAIN(TestTenantSession)
#include "tst_tenantsession.moc"
