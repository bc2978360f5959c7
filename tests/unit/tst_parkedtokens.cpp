// The access tokens kept for tenants switched away from, without a network: what comes back,
// for which connection, and what never does.

#include "core/auth/parkedtokens.h"

#include <QTest>

using namespace Passdesk;

namespace {
ConnectionSettings connection(const QString &host, AuthMethod method = AuthMethod::ClientCredentials)
{
    ConnectionSettings settings;
    settings.apiRoot = QUrl(QStringLiteral("https://%1.api.identitynow.com").arg(host));
    settings.authMethod = method;
    settings.clientId = QStringLiteral("client-") + host;
    settings.clientSecret = method == AuthMethod::ClientCredentials ? QStringLiteral("secret") : QString();
    settings.refreshToken = method == AuthMethod::BrowserSignIn ? QStringLiteral("refresh-1") : QString();
    settings.accessToken = method == AuthMethod::AccessToken ? QStringLiteral("pasted") : QString();
    return settings;
}

ParkedTokens::Token token(const QString &value, qint64 validForSeconds)
{
    return { value, QDateTime::currentDateTimeUtc().addSecs(validForSeconds),
        { QStringLiteral("idn:password-org-config:read") } };
}
} // namespace

class TestParkedTokens : public QObject
{
    Q_OBJECT

private slots:
    void aTokenComesBackOnceForItsTenant()
    {
        ParkedTokens parked;
        parked.park(connection(QStringLiteral("acme")), token(QStringLiteral("a"), 600));
        parked.park(connection(QStringLiteral("globex")), token(QStringLiteral("g"), 600));
        QCOMPARE(parked.count(), 2);
        QVERIFY(!parked.takeBack(connection(QStringLiteral("initech")), 30));
        const auto back = parked.takeBack(connection(QStringLiteral("acme")), 30);
        QVERIFY(back);
        QCOMPARE(back->accessToken, QStringLiteral("a"));
        QCOMPARE(back->scopes, QStringList { QStringLiteral("idn:password-org-config:read") });
        QVERIFY(!parked.takeBack(connection(QStringLiteral("acme")), 30)); // taken: gone
        QCOMPARE(parked.count(), 1);
    }

    void aTokenAboutToExpireIsNotGivenBack()
    {
        ParkedTokens parked;
        parked.park(connection(QStringLiteral("acme")), token(QStringLiteral("a"), 20));
        QVERIFY(!parked.takeBack(connection(QStringLiteral("acme")), 30));
        QCOMPARE(parked.count(), 0);
    }

    void anotherSecretClientOrWayOfSigningInIsAnotherKey()
    {
        ParkedTokens parked;
        const ConnectionSettings acme = connection(QStringLiteral("acme"));
        parked.park(acme, token(QStringLiteral("a"), 600));
        ConnectionSettings newSecret = acme;
        newSecret.clientSecret = QStringLiteral("changed");
        QVERIFY(!parked.takeBack(newSecret, 30)); // the secret was changed: sign in anew
        ConnectionSettings otherClient = acme;
        otherClient.clientId = QStringLiteral("another-client");
        QVERIFY(!parked.takeBack(otherClient, 30));
        QVERIFY(!ParkedTokens::sameKey(acme, newSecret));
        QVERIFY(parked.takeBack(acme, 30));

        // A browser sign-in's refresh token rotates: it is not part of the key.
        const ConnectionSettings browser = connection(QStringLiteral("acme"), AuthMethod::BrowserSignIn);
        parked.park(browser, token(QStringLiteral("b"), 600));
        ConnectionSettings rotated = browser;
        rotated.refreshToken = QStringLiteral("refresh-2");
        QVERIFY(ParkedTokens::sameKey(browser, rotated));
        QVERIFY(!parked.takeBack(acme, 30)); // the same tenant with client credentials
        QCOMPARE(parked.takeBack(rotated, 30)->accessToken, QStringLiteral("b"));
    }

    void pastedTokensAndEmptyOnesAreNotParked()
    {
        ParkedTokens parked;
        parked.park(connection(QStringLiteral("acme"), AuthMethod::AccessToken), token(QStringLiteral("p"), 600));
        parked.park(connection(QStringLiteral("globex")), token(QString(), 600));
        QCOMPARE(parked.count(), 0);
    }

    void clearDropsEveryToken()
    {
        ParkedTokens parked;
        parked.park(connection(QStringLiteral("acme")), token(QStringLiteral("a"), 600));
        parked.park(connection(QStringLiteral("globex")), token(QStringLiteral("g"), 600));
        parked.clear();
        QCOMPARE(parked.count(), 0);
        QVERIFY(!parked.takeBack(connection(QStringLiteral("acme")), 30));
    }

    void droppingAClientTakesItsTokensWhateverTheSecret()
    {
        ParkedTokens parked;
        const ConnectionSettings acme = connection(QStringLiteral("acme"));
        ConnectionSettings oldSecret = acme;
        oldSecret.clientSecret = QStringLiteral("before");
        parked.park(oldSecret, token(QStringLiteral("old"), 600));
        parked.park(acme, token(QStringLiteral("a"), 600));
        parked.park(connection(QStringLiteral("acme"), AuthMethod::BrowserSignIn),
            token(QStringLiteral("b"), 600));
        parked.park(connection(QStringLiteral("globex")), token(QStringLiteral("g"), 600));
        QVERIFY(ParkedTokens::sameClient(acme, oldSecret));
        QVERIFY(!ParkedTokens::sameKey(acme, oldSecret));
        QCOMPARE(parked.count(), 4);

        ConnectionSettings edited = acme; // as the tenant says it, without its secret
        edited.clientSecret.clear();
        parked.dropClient(edited);
        QCOMPARE(parked.count(), 2);
        QVERIFY(!parked.takeBack(acme, 30));
        QVERIFY(!parked.takeBack(oldSecret, 30));
        // Another way of signing in, or another client, is another tenant.
        QVERIFY(parked.takeBack(connection(QStringLiteral("acme"), AuthMethod::BrowserSignIn), 30));
        QVERIFY(parked.takeBack(connection(QStringLiteral("globex")), 30));
    }

    void theNumberKeptHasACap()
    {
        ParkedTokens parked;
        for (int i = 0; i < ParkedTokens::maxParked + 5; ++i)
            parked.park(connection(QStringLiteral("t%1").arg(i)), token(QStringLiteral("x"), 600));
        QCOMPARE(parked.count(), ParkedTokens::maxParked);
    }
};

QTEST_GUILESS_MAIN(TestParkedTokens)
#include "tst_parkedtokens.moc"
