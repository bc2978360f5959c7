// Sessions after a browser sign-in, over loopback against the sandbox (issue 19, part 2): the
// refresh token renews the access token after a 401, the rotated one is kept (and a spent one
// is never sent again), a refused refresh asks for a new sign-in, the refresh token lives in
// the keychain per tenant and sign out deletes it; and the connection check follows the
// token's kind (an app-only token may not look callers up).

#include "browsersigninrig.h"

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/connectiontester.h"
#include "core/tenants/tenantsession.h"

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestBrowserSessions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<BrowserSignInRig>();
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void aRefusedAccessTokenIsRenewedWithTheRotatedRefreshToken()
    {
        QSignalSpy rotated(m_rig->tokens(), &AccessTokenProvider::refreshTokenChanged);
        QVERIFY(m_rig->signInAs(helpdeskUid));
        QCOMPARE(rotated.count(), 1);
        const QString first = rotated.at(0).at(0).toString();

        m_rig->fixture.server.expireAllTokens(); // the next request gets a 401
        const auto config = m_rig->loadConfig();
        QVERIFY2(!config->error.isError(), qPrintable(config->error.summary()));
        QCOMPARE(rotated.count(), 2);
        const QString second = rotated.at(1).at(0).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);

        // Once more: the rotated token works, so the first one was never sent again (the
        // sandbox would have revoked the whole sign-in for a reuse).
        m_rig->fixture.server.expireAllTokens();
        QVERIFY(!m_rig->loadConfig()->error.isError());
        QCOMPARE(rotated.count(), 3);
        QCOMPARE(m_rig->fixture.server.revokedSignIns(), 0);
    }

    void aReusedRefreshTokenEndsTheSignInAndAsksAgain()
    {
        QSignalSpy rotated(m_rig->tokens(), &AccessTokenProvider::refreshTokenChanged);
        QSignalSpy needed(m_rig->tokens(), &AccessTokenProvider::credentialsNeeded);
        QVERIFY(m_rig->signInAs(helpdeskUid));
        const QString spent = rotated.at(0).at(0).toString();
        m_rig->fixture.server.expireAllTokens();
        QVERIFY(!m_rig->loadConfig()->error.isError()); // rotated: `spent` is spent now

        // Someone replays the spent refresh token: the tenant revokes the whole sign-in.
        SandboxHttp http(m_rig->fixture.server);
        const HttpReply replay = http.tokenRequest(
            "grant_type=refresh_token&client_id=passdesk-desktop&refresh_token="
            + QUrl::toPercentEncoding(spent));
        QCOMPARE(replay.status, 400);
        QCOMPARE(m_rig->fixture.server.revokedSignIns(), 1);

        // Passdesk's tokens were revoked with it: it asks the user to sign in again.
        const auto config = m_rig->loadConfig();
        QCOMPARE(config->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(config->error.summary().size() > 0);
        QCOMPARE(needed.count(), 1);
        QVERIFY(needed.at(0).at(0).toString().startsWith(
            QLatin1String("Your browser sign-in has ended")));
        QVERIFY(!m_rig->tokens()->hasRefreshToken());
        QVERIFY(rotated.constLast().at(0).toString().isEmpty()); // the keychain copy goes
    }

    void aRefusedRefreshAsksForANewSignInAndThatWorks()
    {
        QVERIFY(m_rig->signInAs(helpdeskUid));
        m_rig->fixture.server.setRefuseRefresh(true);
        m_rig->fixture.server.expireAllTokens();
        QSignalSpy needed(m_rig->tokens(), &AccessTokenProvider::credentialsNeeded);
        QCOMPARE(m_rig->loadConfig()->error.kind, ApiError::Kind::CredentialsNeeded);
        QCOMPARE(needed.count(), 1);
        // A second request while signed out asks again rather than sending anything.
        const int requests = m_rig->tokens()->tokenRequestCount();
        QCOMPARE(m_rig->loadConfig()->error.kind, ApiError::Kind::CredentialsNeeded);
        QCOMPARE(m_rig->tokens()->tokenRequestCount(), requests);

        m_rig->fixture.server.setRefuseRefresh(false);
        QVERIFY(m_rig->signInAs(orgAdminUid));
        QVERIFY(!m_rig->loadConfig()->error.isError());
        QVERIFY(m_rig->fixture.client.canManageConfig());
        QCOMPARE(m_rig->tokens()->claims().level(), UserLevel::OrgAdmin);
    }

    void theRefreshTokenIsKeptInTheKeychainAndSignOutDeletesIt()
    {
        MemorySecretStore keychain;
        SecretVault vault(&keychain);
        TenantStore store(m_rig->fixture.settings.backend());
        TenantSession session(&store, &vault, &m_rig->fixture.client);
        session.setBrowserOpener([this](const QUrl &url) {
            m_rig->opened = url;
            return true;
        });
        Tenant tenant;
        tenant.displayName = QStringLiteral("Browser");
        tenant.address = m_rig->fixture.server.baseUrl().toString();
        tenant.authMethod = AuthMethod::BrowserSignIn;
        tenant.clientId = QStringLiteral("passdesk-desktop");
        tenant.redirectPort = freeLoopbackPort();
        tenant.testTenant = true;
        tenant.id = store.save(tenant);
        QCOMPARE(store.tenant(tenant.id)->redirectPort, tenant.redirectPort);

        QSignalSpy activated(&session, &TenantSession::activated);
        session.activate(tenant.id);
        QTRY_COMPARE(activated.count(), 1);
        // No refresh token yet: the first request asks for a sign-in.
        QSignalSpy needs(&session, &TenantSession::needsCredentials);
        QCOMPARE(m_rig->loadConfig()->error.kind, ApiError::Kind::CredentialsNeeded);
        QCOMPARE(needs.count(), 1);

        BrowserSignIn *signIn = session.newBrowserSignIn(&session);
        QSignalSpy signedIn(signIn, &BrowserSignIn::signedIn);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        QCOMPARE(queryValue(m_rig->opened, "redirect_uri"), tenant.redirectUri());
        m_rig->browse(m_rig->opened, helpdeskUid);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, browserWaitMs);
        QTRY_VERIFY(keychain.contains(tenant.refreshTokenKey()));
        QVERIFY(!keychain.contains(tenant.secretKey()));

        // A new session on the same keychain signs in without the browser.
        {
            SecretVault laterVault(&keychain);
            TenantSession later(&store, &laterVault, &m_rig->fixture.client);
            QSignalSpy laterActivated(&later, &TenantSession::activated);
            later.activate(tenant.id);
            QTRY_COMPARE(laterActivated.count(), 1);
            const auto config = m_rig->loadConfig();
            QVERIFY2(!config->error.isError(), qPrintable(config->error.summary()));
            QCOMPARE(m_rig->tokens()->claims().userName, helpdeskUid);
            later.signOut();
            QTRY_VERIFY(!keychain.contains(tenant.refreshTokenKey()));
        }
        QVERIFY(!m_rig->tokens()->hasToken());
        QVERIFY(!m_rig->tokens()->hasRefreshToken());
        QCOMPARE(m_rig->loadConfig()->error.kind, ApiError::Kind::CredentialsNeeded);
    }

    void theConnectionCheckKeepsAppOnlyTokensFromLookingUp()
    {
        ConnectionTester tester(&m_rig->fixture.network);
        QList<ConnectionReport> reports;
        connect(&tester, &ConnectionTester::finished, this,
            [&reports](const ConnectionReport &report) { reports.append(report); });
        ConnectionSettings app = m_rig->fixture.connection;
        app.clientId = QStringLiteral("sandbox-app");
        app.clientSecret = sandboxSecretFor(app.clientId);
        tester.start(app);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, browserWaitMs);
        const ConnectionReport report = reports.at(0);
        QVERIFY(report.isSuccess());
        QVERIFY(!report.claims.hasUser());
        const auto lookup = report.features.constLast();
        QCOMPARE(lookup.kind, ConnectionReport::Feature::Kind::LookUpCallers);
        QCOMPARE(lookup.allowed, ConnectionReport::Outcome::No);
        QVERIFY(lookup.note.contains(QLatin1String("user token")));
        QVERIFY(report.lines({ QStringLiteral("en") })
                    .first()
                    .contains(QStringLiteral("✔ Signed in as the API client sandbox-app, without a user.")));

        // A personal access token carries its person: lookup is allowed.
        ConnectionSettings helpdesk = m_rig->fixture.connection;
        helpdesk.clientId = QStringLiteral("sandbox-helpdesk");
        helpdesk.clientSecret = sandboxSecretFor(helpdesk.clientId);
        tester.start(helpdesk);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, browserWaitMs);
        const ConnectionReport second = reports.at(1);
        QCOMPARE(second.features.constLast().allowed, ConnectionReport::Outcome::Yes);
        QCOMPARE(second.claims.level(), UserLevel::Helpdesk);
    }

private:
    std::unique_ptr<BrowserSignInRig> m_rig;
};

QTEST_GUILESS_MAIN(TestBrowserSessions)
#include "tst_browsersessions.moc"
