// When a token is renewed ahead of expiry, without a network: which connections renew alone, at
// what time for a long or short life and after a failed try, and that the timer fires.

#include "core/auth/tokenrenewalschedule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using After = TokenRenewalSchedule::After;

namespace {
ConnectionSettings connection(AuthMethod method)
{
    ConnectionSettings settings;
    settings.apiRoot = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
    settings.authMethod = method;
    settings.clientId = QStringLiteral("client");
    if (method == AuthMethod::ClientCredentials)
        settings.clientSecret = QStringLiteral("secret");
    if (method == AuthMethod::BrowserSignIn)
        settings.refreshToken = QStringLiteral("refresh-1");
    if (method == AuthMethod::AccessToken)
        settings.accessToken = QStringLiteral("pasted");
    return settings;
}

const QDateTime now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestTokenRenewalSchedule : public QObject
{
    Q_OBJECT

private slots:
    void onlyASecretOrARefreshTokenRenewsAlone()
    {
        QVERIFY(TokenRenewalSchedule::canRenewAlone(connection(AuthMethod::ClientCredentials)));
        QVERIFY(TokenRenewalSchedule::canRenewAlone(connection(AuthMethod::BrowserSignIn)));
        QVERIFY(!TokenRenewalSchedule::canRenewAlone(connection(AuthMethod::AccessToken)));

        ConnectionSettings noSecret = connection(AuthMethod::ClientCredentials);
        noSecret.clientSecret.clear();
        QVERIFY(!TokenRenewalSchedule::canRenewAlone(noSecret));
        ConnectionSettings signedOut = connection(AuthMethod::BrowserSignIn);
        signedOut.refreshToken.clear();
        QVERIFY(!TokenRenewalSchedule::canRenewAlone(signedOut));
        ConnectionSettings noAddress = connection(AuthMethod::ClientCredentials);
        noAddress.apiRoot = QUrl();
        QVERIFY(!TokenRenewalSchedule::canRenewAlone(noAddress));
        QVERIFY(!TokenRenewalSchedule::canRenewAlone({}));
    }

    void aNewTokenIsRenewedShortlyBeforeItIsDue()
    {
        // A long life: the lead before it is due.
        const QDateTime due = now.addSecs(3600);
        QCOMPARE(TokenRenewalSchedule::renewalTime(now, due, After::NewToken),
            due.addSecs(-TokenRenewalSchedule::renewAheadLead.count()));
        // A short one: a quarter of what is left before it.
        QCOMPARE(TokenRenewalSchedule::renewalTime(now, now.addSecs(20), After::NewToken),
            now.addSecs(15));
        QCOMPARE(TokenRenewalSchedule::renewalTime(now, now.addSecs(2), After::NewToken),
            now.addMSecs(1500));
    }

    void aFailedTryIsRepeatedHalfwayWhileThereIsTime()
    {
        QCOMPARE(TokenRenewalSchedule::renewalTime(now, now.addSecs(60), After::FailedTry),
            now.addSecs(30));
        QCOMPARE(TokenRenewalSchedule::renewalTime(now, now.addSecs(2), After::FailedTry),
            now.addSecs(1));
        QVERIFY(!TokenRenewalSchedule::renewalTime(now, now.addMSecs(1999), After::FailedTry)
                     .isValid());
    }

    void renewingAheadIsDueWithoutATokenOrCloseToItsEnd()
    {
        const QDateTime current = QDateTime::currentDateTimeUtc();
        const auto minute = std::chrono::seconds(60);
        QVERIFY(TokenRenewalSchedule::expiresWithin(false, current.addSecs(3600), minute));
        QVERIFY(TokenRenewalSchedule::expiresWithin(true, current.addSecs(30), minute));
        QVERIFY(!TokenRenewalSchedule::expiresWithin(true, current.addSecs(3600), minute));
    }

    void theTimerRunsOnlyForATokenThatRenewsAlone()
    {
        TokenRenewalSchedule schedule;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        schedule.schedule(connection(AuthMethod::AccessToken), true, later, After::NewToken);
        QVERIFY(!schedule.isActive());
        schedule.schedule(connection(AuthMethod::ClientCredentials), false, later, After::NewToken);
        QVERIFY(!schedule.isActive()); // no token held
        schedule.schedule(connection(AuthMethod::ClientCredentials), true, later, After::NewToken);
        QVERIFY(schedule.isActive());
        schedule.schedule(connection(AuthMethod::BrowserSignIn), true,
            QDateTime::currentDateTimeUtc().addMSecs(500), After::FailedTry);
        QVERIFY(!schedule.isActive()); // too little time left to try again: stopped
        schedule.schedule(connection(AuthMethod::BrowserSignIn), true, later, After::NewToken);
        QVERIFY(schedule.isActive());
        schedule.stop();
        QVERIFY(!schedule.isActive());
    }

    void dueFiresOnceWhenItIsTime()
    {
        TokenRenewalSchedule schedule;
        QSignalSpy due(&schedule, &TokenRenewalSchedule::due);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        // Due in 400 ms: renewed a quarter of that before, after 300 ms.
        schedule.schedule(
            connection(AuthMethod::ClientCredentials), true, start.addMSecs(400), After::NewToken);
        QVERIFY(due.wait(5000));
        QVERIFY(start.msecsTo(QDateTime::currentDateTimeUtc()) >= 300);
        QCOMPARE(due.count(), 1);
        QVERIFY(!schedule.isActive());
    }
};

QTEST_GUILESS_MAIN(TestTokenRenewalSchedule)
#include "tst_tokenrenewalschedule.moc"
