// Tenants and secrets against the sandbox tenant over loopback HTTP: what the session sends,
// what it refuses to send, and when it asks the user (pasted tokens: tst_pastedtokens).

#include "core/settings/appsettings.h"
#include "replycapture.h"
#include "tenantsessionrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<TenantSessionRig>();
        QVERIFY(m_rig->start());
    }

    void cleanup() { m_rig.reset(); }

    void activatesWithTheSecretFromTheKeychain()
    {
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(tenant.id);
        QVERIFY(m_rig->session.isActivating()); // the keychain answers from the event loop
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(m_rig->session.activeId(), tenant.id);
        QCOMPARE(m_rig->store.lastUsedId(), tenant.id);
        QVERIFY(m_rig->fixture.client.connection()
                    .clientSecret.isEmpty()); // only the token provider keeps it
        const auto outcome = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, sessionWaitMs);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
    }

    void sandboxAnswersLaterAndALaterChoiceWins()
    {
        // The embedded sandbox starts on a thread of its own and answers when it listens.
        TenantSession::SandboxReady answer;
        int starts = 0;
        m_rig->session.setSandboxStarter([&](TenantSession::SandboxReady ready) {
            ++starts;
            answer = std::move(ready);
        });
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(TenantSession::sandboxId);
        QVERIFY(m_rig->session.isActivating());
        QCOMPARE(activated.count(), 0);
        // The user chose a stored tenant before the sandbox listened: that choice stands.
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        answer(m_rig->fixture.connection, {});
        QCOMPARE(activated.count(), 1);
        QCOMPARE(m_rig->session.activeId(), tenant.id);
        // Chosen again, the running sandbox is used at once, not started twice.
        m_rig->session.activate(TenantSession::sandboxId);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(m_rig->session.activeId(), TenantSession::sandboxId);
        QCOMPARE(m_rig->fixture.client.connection().apiRoot, m_rig->fixture.connection.apiRoot);
        QCOMPARE(starts, 1);
    }

    void sandboxThatCannotStartFailsTheActivation()
    {
        m_rig->session.setSandboxStarter([](TenantSession::SandboxReady ready) {
            ready(std::nullopt, QStringLiteral("No loopback port."));
        });
        QSignalSpy failed(&m_rig->session, &TenantSession::activationFailed);
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(TenantSession::sandboxId);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), TenantSession::sandboxId);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("No loopback port."));
        QCOMPARE(activated.count(), 0);
        QVERIFY(!m_rig->session.isActivating());
        QVERIFY(m_rig->session.activeId().isEmpty());
    }

    void missingSecretAsksAndSendsNothingUntilGiven()
    {
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        QSignalSpy needs(&m_rig->session, &TenantSession::needsCredentials);
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        const auto outcome = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, sessionWaitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(outcome->error.summary().contains(QLatin1String("client secret")));
        QTRY_VERIFY(needs.count() >= 1);
        QCOMPARE(needs.constFirst().constFirst().value<Tenant>().id, tenant.id);
        QCOMPARE(m_rig->fixture.server.requests().size(), 0);

        m_rig->session.provideCredentials(sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        QTRY_VERIFY(m_rig->keychain.contains(tenant.secretKey()));
        const auto retried = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(retried->done, sessionWaitMs);
        QVERIFY2(!retried->error.isError(), qPrintable(retried->error.summary()));
    }

    void wrongSecretGivesTheTokenEndpointsError()
    {
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, QStringLiteral("not-the-secret"));
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        const auto outcome = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, sessionWaitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome->error.httpStatus, 401);
        QVERIFY(!outcome->error.serverTexts({ QStringLiteral("en") }).isEmpty());
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 1);
        QCOMPARE(m_rig->fixture.server.requestCount("GET", configPath), 0);
    }

    void readOnlyLockSendsNoWriteWhateverTheScopes()
    {
        Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"), /*readOnly=*/true);
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        const auto read = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(read->done, sessionWaitMs);
        QVERIFY(!read->error.isError());
        QVERIFY(!m_rig->fixture.client.canManageConfig());
        OrgConfig changed = read->config;
        changed.digitTokenLength = changed.digitTokenLength == 8 ? 9 : 8;
        const auto put = capture(
            m_rig->fixture.client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        const auto post = capture(m_rig->fixture.client.createOrgConfig(changed));
        QTRY_VERIFY(put->done && post->done);
        QCOMPARE(put->error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(post->error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(m_rig->fixture.server.requestCount("PUT", configPath), 0);
        QCOMPARE(m_rig->fixture.server.requestCount("POST", configPath), 0);

        // Unlocked by the admin: the same session writes.
        tenant.readOnly = false;
        m_rig->store.save(tenant);
        m_rig->session.reloadActive();
        QTRY_VERIFY(m_rig->fixture.client.canManageConfig());
        const auto unlocked = capture(
            m_rig->fixture.client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        QTRY_VERIFY_WITH_TIMEOUT(unlocked->done, sessionWaitMs);
        QVERIFY2(!unlocked->error.isError(), qPrintable(unlocked->error.summary()));
        QCOMPARE(m_rig->fixture.server.requestCount("PUT", configPath), 1);
    }

    void editingTheLockKeepsTheTokenEditingTheClientIdDoesNot()
    {
        Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        const auto read = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(read->done, sessionWaitMs);
        QVERIFY2(!read->error.isError(), qPrintable(read->error.summary()));
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 1);

        // Locked and renamed, as the tenants dialog saves it: in force at once, same token.
        tenant.readOnly = true;
        tenant.displayName = QStringLiteral("Locked");
        m_rig->store.save(tenant);
        m_rig->session.reloadActive();
        QTRY_COMPARE(activated.count(), 2);
        QCOMPARE(m_rig->fixture.client.connection().displayName, QStringLiteral("Locked"));
        QVERIFY(!m_rig->fixture.client.canManageConfig());
        OrgConfig changed = read->config;
        changed.digitTokenLength = changed.digitTokenLength == 8 ? 9 : 8;
        const auto put = capture(
            m_rig->fixture.client.updateOrgConfig(OrgConfigChange::between(read->config, changed)));
        const auto again = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(put->done && again->done, sessionWaitMs);
        QCOMPARE(put->error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(!again->error.isError(), qPrintable(again->error.summary()));
        QCOMPARE(m_rig->fixture.server.requestCount("PUT", configPath), 0);
        QCOMPARE(m_rig->fixture.server.requestCount("GET", configPath), 2);
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 1);

        // Another client (and its secret): the old client's token must not be used for it.
        tenant.clientId = QStringLiteral("sandbox-helpdesk");
        m_rig->store.save(tenant);
        m_rig->storeSecret(tenant, sandboxSecretFor(tenant.clientId));
        m_rig->session.reloadActive();
        QTRY_COMPARE(activated.count(), 3);
        const auto asHelpdesk = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(asHelpdesk->done, sessionWaitMs);
        QVERIFY2(!asHelpdesk->error.isError(), qPrintable(asHelpdesk->error.summary()));
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 2);
        QCOMPARE(m_rig->fixture.server.requests().constLast().clientId, tenant.clientId);
    }

    void signOutForgetsTheAccessToken()
    {
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        auto first = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(first->done, sessionWaitMs);
        QVERIFY(m_rig->fixture.client.accessTokens()->hasToken());
        QSignalSpy signedOut(&m_rig->fixture.client, &ApiClient::signedOut);
        m_rig->session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!m_rig->fixture.client.accessTokens()->hasToken());
        auto second = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(second->done, sessionWaitMs);
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 2);
    }

    void removingTheActiveTenantLeavesNoConnection()
    {
        const Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        m_rig->storeSecret(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")));
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        m_rig->session.forgetCredentials(tenant);
        m_rig->store.remove(tenant.id);
        QVERIFY(m_rig->session.activeId().isEmpty());
        QVERIFY(!m_rig->fixture.client.connection().apiRoot.isValid());
        QTRY_VERIFY(!m_rig->keychain.contains(tenant.secretKey()));
    }

    // A tenant switched away from keeps its token (ParkedTokens) only while its credentials
    // stay: a secret changed, an address or client edited, or the tenant removed takes it away
    // at once. A lock edit does not.
    void aParkedTokenGoesWithTheCredentialsItWasGotWith()
    {
        Tenant admin = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        const Tenant helpdesk = m_rig->addTenant(QStringLiteral("sandbox-helpdesk"));
        parkTokenOf(admin, helpdesk);
        admin.readOnly = true;
        m_rig->store.save(admin);
        QCOMPARE(parkedTokens(), 1); // locked: the same credentials

        m_rig->session.saveCredentials(admin, QStringLiteral("a-new-secret"), true);
        QCOMPARE(parkedTokens(), 0); // as the tenants dialog saves a typed secret

        parkTokenOf(admin, helpdesk);
        admin.clientId = QStringLiteral("sandbox-app");
        m_rig->store.save(admin);
        QCOMPARE(parkedTokens(), 0);

        admin.clientId = QStringLiteral("sandbox-admin");
        m_rig->store.save(admin);
        parkTokenOf(admin, helpdesk);
        m_rig->session.forgetCredentials(admin); // as the dialog removes a tenant
        m_rig->store.remove(admin.id);
        QCOMPARE(parkedTokens(), 0);
    }

    void theActiveTenantEditedOrRemovedParksNothing()
    {
        Tenant tenant = m_rig->addTenant(QStringLiteral("sandbox-admin"));
        signInTo(tenant);
        tenant.clientId = QStringLiteral("sandbox-helpdesk"); // edited while active
        m_rig->store.save(tenant);
        m_rig->storeSecret(tenant, sandboxSecretFor(tenant.clientId));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.reloadActive();
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(parkedTokens(), 0); // the old client's token is not kept

        signInTo(tenant);
        m_rig->session.provideCredentials(QStringLiteral("another-secret"), false);
        QCOMPARE(parkedTokens(), 0); // nor the one of the secret replaced

        signInTo(tenant);
        m_rig->session.forgetCredentials(tenant);
        m_rig->store.remove(tenant.id);
        QVERIFY(m_rig->session.activeId().isEmpty());
        QCOMPARE(parkedTokens(), 0); // nor a removed tenant's
    }

private:
    qsizetype parkedTokens() const
    {
        return m_rig->fixture.client.accessTokens()->parkedTokenCount();
    }

    // Active with a token; its secret is in the keychain first.
    void signInTo(const Tenant &tenant)
    {
        m_rig->storeSecret(tenant, sandboxSecretFor(tenant.clientId));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(m_rig->session.activeId(), tenant.id);
        if (m_rig->fixture.client.accessTokens()->hasToken())
            return;
        const auto read = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(read->done, sessionWaitMs);
        QVERIFY2(!read->error.isError(), qPrintable(read->error.summary()));
        QVERIFY(m_rig->fixture.client.accessTokens()->hasToken());
    }

    // `tenant` signs in, then the agent switches to `other`: the token of `tenant` is parked.
    void parkTokenOf(const Tenant &tenant, const Tenant &other)
    {
        signInTo(tenant);
        m_rig->storeSecret(other, sandboxSecretFor(other.clientId));
        QSignalSpy activated(&m_rig->session, &TenantSession::activated);
        m_rig->session.activate(other.id);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(parkedTokens(), 1);
    }

    std::unique_ptr<TenantSessionRig> m_rig;
};

QTEST_GUILESS_MAIN(TestTenantSession)
#include "tst_tenantsession.moc"
