// Issue 19's "done when", through the whole program: a tenant that signs in with the browser,
// the sign-in dialog, a scripted browser on the sandbox's page and Passdesk's own loopback
// listener; the signed-in line, a helpdesk agent's read-only config form, looking a caller up
// and generating a token, sign out, and the org admin saving a change.

#include "browsersignindialog.h"
#include "browsersigninsteps.h"
#include "configpage.h"
#include "core/api/apiclient.h"
#include "core/auth/accesstokenprovider.h"
#include "core/secrets/secretstore.h"
#include "core/tenants/tenantsession.h"
#include "tenantrig.h"
#include "tokendialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestBrowserSignInGui : public TenantRig
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void aHelpdeskAgentAndThenTheOrgAdminSignInWithTheBrowser()
    {
        const Tenant tenant = addBrowserTenant();
        QVERIFY(start().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(window()));

        // The first request finds no sign-in: the browser sign-in dialog asks.
        BrowserSignInDialog *dialog = steps().waitForSignInDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(label("signedInLabel")->text(), QStringLiteral("Not signed in"));
        steps().signIn(dialog, QStringLiteral("Dana.Okafor"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs); // loaded again once signed in
        QTRY_VERIFY(m_keychain->contains(tenant.refreshTokenKey()));

        // A helpdesk agent reads the config; the form says why it is read only. She looks a
        // caller up and generates a token for them.
        steps().configIsReadOnlyFor(QStringLiteral("Dana.Okafor with the user level Helpdesk"));
        TokenDialog *tokens = m_app->mainWindow()->openTokenDialog();
        steps().generateATokenForMaria(tokens);
        if (QTest::currentTestFailed())
            return;
        tokens->close();

        // Sign out: the refresh token leaves the keychain. The org admin signs in and saves.
        steps().signOut();
        QTRY_VERIFY(!m_keychain->contains(tenant.refreshTokenKey()));
        steps().orgAdminSignsInAndSavesAConfigValue();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_server->requestCount("PUT", configPath), 1);
        assertNoSecretInConfigDir();
    }

    void aRefusedRenewalAsksAgainAndKeepsTheEdit()
    {
        addBrowserTenant();
        QVERIFY(start().isEmpty());
        BrowserSignInDialog *dialog = steps().waitForSignInDialog();
        QVERIFY(dialog);
        steps().signIn(dialog, QStringLiteral("Grace.Hopper"));
        auto *length = child<QSpinBox>(window(), "digitTokenLengthSpinBox");
        QTRY_VERIFY_WITH_TIMEOUT(loaded() && length->isEnabled(), waitMs);
        length->setValue(length->value() == 8 ? 9 : 8);
        const int edited = length->value();

        // The tenant ends the sign-in (as an admin revoking it would); saving finds out.
        m_server->revokeAllSignIns();
        child<QPushButton>(window(), "configSaveButton")->click();
        dialog = steps().waitForSignInDialog();
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "browserSignInReasonLabel")->text().startsWith(
            QLatin1String("Your browser sign-in has ended")));
        QCOMPARE(length->value(), edited); // nothing lost under the dialog
        steps().signIn(dialog, QStringLiteral("Grace.Hopper"));
        QCOMPARE(length->value(), edited);
        child<QPushButton>(window(), "configSaveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog")), waitMs);
        QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), edited, waitMs);
    }

    void aSwitchDuringARefreshKeepsTheRotatedRefreshToken()
    {
        // A: signs in with the browser; B: a second tenant. The sandbox answers slowly, so the
        // refresh for A is still out when the agent switches to B.
        Tenant tenant;
        startSignedInBesideASecondTenant(tenant);
        if (QTest::currentTestFailed())
            return;
        const QString signedIn = keychainValue(tenant.refreshTokenKey());
        QVERIFY(!signedIn.isEmpty());

        startSlowRefresh();
        switchTo(m_ids.constFirst());
        QCOMPARE(m_app->client()->accessTokens()->detachedRefreshCount(), 1);

        // The answer for A still reaches A's keychain entry, although B is open now.
        QTRY_VERIFY_WITH_TIMEOUT(keychainValue(tenant.refreshTokenKey()) != signedIn, waitMs);
        QVERIFY(!keychainValue(tenant.refreshTokenKey()).isEmpty());
        QCOMPARE(m_app->client()->accessTokens()->detachedRefreshCount(), 0);
        m_server->setResponseDelay(std::chrono::milliseconds(0));

        // Back on A: the rotated token renews, nothing looks like a reuse, no new sign-in.
        switchTo(tenant.id);
        m_server->expireAllTokens();
        window()->findChild<QAction *>(QStringLiteral("configRefreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(refreshGrants(), 2, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(m_server->revokedSignIns(), 0);
        QCOMPARE(label("signedInLabel")->text(),
            QStringLiteral("Signed in as Grace.Hopper (Org admin)"));
        QVERIFY(!m_app->mainWindow()->tenantSwitcher()->openBrowserSignIn());
    }

    void comingBackBeforeTheAnswerWaitsForTheRefreshOut()
    {
        Tenant tenant;
        startSignedInBesideASecondTenant(tenant);
        if (QTest::currentTestFailed())
            return;

        startSlowRefresh();
        switchTo(m_ids.constFirst());
        switchTo(tenant.id); // before the sandbox answers
        QCOMPARE(m_app->client()->accessTokens()->detachedRefreshCount(), 0); // taken back
        window()->findChild<QAction *>(QStringLiteral("configRefreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        m_server->setResponseDelay(std::chrono::milliseconds(0));
        QCOMPARE(refreshGrants(), 1); // the same refresh token was not sent twice
        QCOMPARE(m_server->revokedSignIns(), 0);
        QVERIFY(!m_app->mainWindow()->tenantSwitcher()->openBrowserSignIn());
    }

    void aLateAnswerForARemovedTenantLeavesNothingInTheKeychain()
    {
        Tenant tenant;
        startSignedInBesideASecondTenant(tenant);
        if (QTest::currentTestFailed())
            return;

        startSlowRefresh();
        switchTo(m_ids.constFirst());
        TenantSession *session = m_app->session();
        session->forgetCredentials(*session->store()->tenant(tenant.id)); // as the dialog does
        session->store()->remove(tenant.id);
        QTRY_VERIFY(!m_keychain->contains(tenant.refreshTokenKey()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_app->client()->accessTokens()->detachedRefreshCount(), 0, waitMs); // answered
        QVERIFY(!m_keychain->contains(tenant.refreshTokenKey()));
    }

private:
    // A browser sign-in tenant, signed in as Grace.Hopper, and a second tenant to switch to.
    void startSignedInBesideASecondTenant(Tenant &tenant)
    {
        tenant = addBrowserTenant();
        addTenant(QStringLiteral("Second tenant"), QStringLiteral("sandbox-helpdesk"));
        QVERIFY(start(tenant.displayName).isEmpty());
        BrowserSignInDialog *dialog = steps().waitForSignInDialog();
        QVERIFY(dialog);
        steps().signIn(dialog, QStringLiteral("Grace.Hopper"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
    }

    // Sends A's refresh grant through the slow sandbox and waits until the sandbox has it (and
    // has rotated the token), while its answer is still held back.
    void startSlowRefresh()
    {
        m_server->setResponseDelay(std::chrono::milliseconds(1500));
        const int before = refreshGrants();
        m_app->client()->accessTokens()->renewAheadIfExpiringWithin(std::chrono::hours(1));
        QTRY_COMPARE_WITH_TIMEOUT(refreshGrants(), before + 1, waitMs);
    }

    void switchTo(const QString &id)
    {
        m_app->mainWindow()->tenantSwitcher()->requestSwitch(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->activeId(), id, waitMs);
    }

    int refreshGrants() const
    {
        int count = 0;
        for (const auto &request : m_server->requests())
            count += request.body.contains("grant_type=refresh_token") ? 1 : 0;
        return count;
    }

    QString keychainValue(const QString &key)
    {
        QString value;
        bool done = false;
        QObject context;
        m_keychain->read(key, &context, [&](const SecretStore::Result &result) {
            value = result.secret;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, waitMs))
            return QStringLiteral("(no answer)");
        return value;
    }

    Tenant addBrowserTenant()
    {
        AppSettings settings(m_configDir->path());
        TenantStore store(settings.backend());
        Tenant tenant;
        tenant.displayName = QStringLiteral("Browser sandbox");
        tenant.address = m_server->baseUrl().toString();
        tenant.authMethod = AuthMethod::BrowserSignIn;
        tenant.clientId = QStringLiteral("passdesk-desktop");
        QTcpServer probe; // a port that was free a moment ago
        probe.listen(QHostAddress::LocalHost, 0);
        tenant.redirectPort = probe.serverPort();
        tenant.testTenant = true;
        tenant.readOnly = false;
        tenant.id = store.save(tenant);
        return tenant;
    }

    BrowserSignInSteps steps() const { return { *m_app, *m_server }; }
};

QTEST_MAIN(TestBrowserSignInGui)
#include "tst_browsersigningui.moc"
