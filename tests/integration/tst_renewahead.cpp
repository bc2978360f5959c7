// Renewing ahead of expiry without a caller waiting: while a tenant is active, the session
// renews its access token shortly before it expires (client credentials again, or the refresh
// grant of a browser sign-in), so the next click finds a token and never waits for
// /oauth/token. Nothing renews without a connection, after sign out or a switch; a refused
// refresh asks for a new sign-in. The sandbox issues short-lived tokens (4 s: usable for 2 s).

#include "browsersigninrig.h"
#include "core/auth/accesstokenprovider.h"
#include "replycapture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

constexpr int waitMs = 10000;
const QString tokenPath = QStringLiteral("/oauth/token");
const QString configPath = QStringLiteral("/password-org-config");

int grants(const Sandbox::SandboxServer &server, const QByteArray &grant)
{
    int count = 0;
    for (const Sandbox::RecordedRequest &request : server.requests()) {
        if (request.path.endsWith(tokenPath)
            && request.body.contains(QByteArray(QByteArrayLiteral("grant_type=") + grant)))
            ++count;
    }
    return count;
}

QByteArray lastBearer(const Sandbox::SandboxServer &server, const QString &path)
{
    const QList<Sandbox::RecordedRequest> requests = server.requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->path.endsWith(path))
            return it->headers.value("authorization");
    }
    return {};
}

} // namespace

class TestRenewAhead : public QObject
{
    Q_OBJECT

private slots:
    void clientCredentialsAreRenewedBeforeTheNextClick()
    {
        SandboxFixture fixture;
        fixture.server.setTokenLifetimeSeconds(4);
        QVERIFY(fixture.start());
        AccessTokenProvider *tokens = fixture.client.accessTokens();
        QVERIFY(!tokens->renewsAhead()); // no token yet: nothing to renew
        auto first = capture(fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(first->done, waitMs);
        QVERIFY(!first->error.isError());
        QCOMPARE(fixture.server.requestCount("POST", tokenPath), 1);
        QVERIFY(tokens->renewsAhead());
        const QByteArray firstBearer = lastBearer(fixture.server, configPath);

        // Nobody asks; the token is renewed anyway, before it is due.
        QTRY_COMPARE_WITH_TIMEOUT(fixture.server.requestCount("POST", tokenPath), 2, waitMs);
        QCOMPARE(fixture.server.requestCount("GET", configPath), 1);
        QCOMPARE(grants(fixture.server, "client_credentials"), 2);
        QTRY_VERIFY(tokens->hasToken() && tokens->renewsAhead());

        // The next click uses the renewed token at once.
        auto next = capture(fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(next->done, waitMs);
        QVERIFY(!next->error.isError());
        QCOMPARE(fixture.server.requestCount("POST", tokenPath), 2);
        const QByteArray nextBearer = lastBearer(fixture.server, configPath);
        QVERIFY(nextBearer != firstBearer); // the renewed one
        QCOMPARE(fixture.server.issuedAccessTokens().size(), 2);
        QVERIFY(
            fixture.server.issuedAccessTokens().contains(QString::fromLatin1(nextBearer.mid(7))));
    }

    void aBrowserSignInIsRenewedWithTheRefreshGrant()
    {
        BrowserSignInRig rig;
        rig.fixture.server.setTokenLifetimeSeconds(4);
        QVERIFY(rig.start());
        QSignalSpy rotated(rig.tokens(), &AccessTokenProvider::refreshTokenChanged);
        QVERIFY(rig.signInAs(orgAdminUid));
        QCOMPARE(grants(rig.fixture.server, "authorization_code"), 1);
        QVERIFY(rig.tokens()->renewsAhead());

        // Twice, without a request: each answer's rotated refresh token is the next one used.
        QTRY_COMPARE_WITH_TIMEOUT(grants(rig.fixture.server, "refresh_token"), 2, waitMs);
        QTRY_COMPARE(rotated.count(), 3);
        QVERIFY(rotated.at(1).at(0).toString() != rotated.at(2).at(0).toString());
        QCOMPARE(rig.fixture.server.revokedSignIns(), 0); // never a reused refresh token
        QCOMPARE(rig.fixture.server.requestCount("GET", configPath), 0);
        QTRY_VERIFY(rig.tokens()->hasToken());
        const int before = rig.fixture.server.requestCount("POST", tokenPath);
        QVERIFY(!rig.loadConfig()->error.isError());
        QCOMPARE(rig.fixture.server.requestCount("POST", tokenPath), before);
    }

    void nothingRenewsWithoutATenantOrAfterSignOut()
    {
        QNetworkAccessManager network;
        ApiClient idle(&network);
        QVERIFY(!idle.accessTokens()->renewsAhead()); // no tenant: no timer at all
        idle.accessTokens()->renewAheadIfExpiringWithin(std::chrono::seconds(60));
        QCOMPARE(idle.accessTokens()->tokenRequestCount(), 0);

        SandboxFixture fixture;
        fixture.server.setTokenLifetimeSeconds(4);
        QVERIFY(fixture.start());
        auto loaded = capture(fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(loaded->done, waitMs);
        QVERIFY(fixture.client.accessTokens()->renewsAhead());
        fixture.client.signOut();
        QVERIFY(!fixture.client.accessTokens()->renewsAhead());

        loaded = capture(fixture.client.getOrgConfig()); // signs in again: renews again
        QTRY_VERIFY_WITH_TIMEOUT(loaded->done, waitMs);
        QVERIFY(fixture.client.accessTokens()->renewsAhead());
        fixture.client.setConnection({}); // the tenant is left (or removed)
        QVERIFY(!fixture.client.accessTokens()->renewsAhead());
    }

    void aRefusedRenewalAsksForANewSignIn()
    {
        BrowserSignInRig rig;
        rig.fixture.server.setTokenLifetimeSeconds(4);
        QVERIFY(rig.start());
        QSignalSpy needed(rig.tokens(), &AccessTokenProvider::credentialsNeeded);
        QSignalSpy rotated(rig.tokens(), &AccessTokenProvider::refreshTokenChanged);
        QVERIFY(rig.signInAs(helpdeskUid));
        rig.fixture.server.setRefuseRefresh(true);

        // The renewal ahead is refused: the sign-in ends and a new one is asked for, without
        // any request of the user's failing first.
        QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, waitMs);
        QVERIFY(needed.at(0).at(0).toString().startsWith(
            QLatin1String("Your browser sign-in has ended")));
        QVERIFY(rotated.constLast().at(0).toString().isEmpty()); // gone from the keychain
        QVERIFY(!rig.tokens()->renewsAhead());
        QCOMPARE(rig.fixture.server.requestCount("GET", configPath), 0);
    }
};

QTEST_MAIN(TestRenewAhead)
#include "tst_renewahead.moc"
