// The browser sign-in end to end over real loopback sockets (issue 19): Passdesk discovers the
// authorize page, listens on its loopback redirect, a scripted browser signs in on the
// sandbox's page and follows the redirect to Passdesk's listener, and the code is exchanged
// with the PKCE verifier. Each way it can go wrong must end with a clear reason.

#include "browsersigninrig.h"

#include "core/auth/loopbackredirectlistener.h"
#include "core/auth/pkce.h"

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<BrowserSignInRig>();
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void signsInAsThePersonChosenInTheBrowser()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy waiting(signIn.get(), &BrowserSignIn::waitingForBrowser);
        QSignalSpy signedIn(signIn.get(), &BrowserSignIn::signedIn);
        QSignalSpy rotated(m_rig->tokens(), &AccessTokenProvider::refreshTokenChanged);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.at(0).at(2).toBool(), true); // listening on loopback
        // What the authorize URL says: the discovered endpoint, the public client, S256.
        const QUrl url = m_rig->opened;
        QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_rig->fixture.server.authorizeUrl());
        QCOMPARE(queryValue(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(queryValue(url, "client_id"), QStringLiteral("passdesk-desktop"));
        QCOMPARE(queryValue(url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(queryValue(url, "code_challenge").size(), 43);
        QVERIFY(queryValue(url, "state").size() >= 32);
        const QUrl redirect(queryValue(url, "redirect_uri"));
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(redirect.port() > 0);

        const HttpReply answer = m_rig->browse(url, helpdeskUid);
        QCOMPARE(answer.status, 302);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, browserWaitMs);
        QVERIFY(m_rig->tokens()->hasToken());
        QCOMPARE(rotated.count(), 1);
        QVERIFY(!rotated.at(0).at(0).toString().isEmpty());
        const TokenClaims claims = m_rig->tokens()->claims();
        QVERIFY(claims.hasUser());
        QCOMPARE(claims.userName, helpdeskUid);
        QCOMPARE(claims.level(), UserLevel::Helpdesk);
        QCOMPARE(claims.describe(), QStringLiteral("Signed in as Dana.Okafor (Helpdesk)"));
        const auto config = m_rig->loadConfig();
        QVERIFY2(!config->error.isError(), qPrintable(config->error.summary()));
        QVERIFY(!m_rig->fixture.client.canManageConfig()); // a helpdesk agent's scopes

        // The listener took its one request and closed: the port no longer answers.
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!late.waitForConnected(2000) || late.state() != QTcpSocket::ConnectedState);
    }

    void refusesAnAnswerWithAnotherState()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        // Another sign-in's answer, carrying its own state, reaches this listener.
        m_rig->browse(BrowserSignInRig::withQueryItem(
            m_rig->opened, QStringLiteral("state"), QStringLiteral("someone-elses-state")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("state does not match")),
            qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!m_rig->tokens()->hasToken());
        QCOMPARE(m_rig->tokens()->tokenRequestCount(), 0); // no code was exchanged
    }

    void aVerifierThatDoesNotMatchIsRefusedByTheTenant()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        // The page is asked for a challenge Passdesk holds no verifier for.
        const QString otherChallenge = QString::fromLatin1(Passdesk::Pkce::generate().challenge);
        m_rig->browse(BrowserSignInRig::withQueryItem(
            m_rig->opened, QStringLiteral("code_challenge"), otherChallenge));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(
                     QLatin1String("The tenant did not accept the sign-in")),
            qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!m_rig->tokens()->hasToken());
    }

    void anExpiredCodeIsRefused()
    {
        m_rig->fixture.server.setCodeLifetimeSeconds(0);
        auto signIn = m_rig->newSignIn();
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        m_rig->browse(m_rig->opened);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY(failed.at(0).at(0).toString().startsWith(
            QLatin1String("The tenant did not accept the sign-in")));
        QVERIFY(!m_rig->tokens()->hasToken());
    }

    void aCodeUsedTwiceIsRefusedAndEndsTheFirstSignIn()
    {
        // The first sign-in succeeds; the test keeps the code its redirect carried.
        auto first = m_rig->newSignIn();
        QSignalSpy signedIn(first.get(), &BrowserSignIn::signedIn);
        first->start();
        QVERIFY(m_rig->waitForBrowser());
        const HttpReply answer = m_rig->browse(m_rig->opened);
        const QString code
            = queryValue(QUrl::fromEncoded(answer.header("Location")), "code");
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, browserWaitMs);
        QVERIFY(m_rig->loadConfig()->error.kind == ApiError::Kind::None);

        // Pasted into a second sign-in, the spent code fails and revokes what it gave.
        auto second = m_rig->newSignIn();
        QSignalSpy failed(second.get(), &BrowserSignIn::failed);
        second->start();
        QVERIFY(m_rig->waitForBrowser());
        second->submitPasted(code);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY(failed.at(0).at(0).toString().startsWith(
            QLatin1String("The tenant did not accept the sign-in")));
        QVERIFY(m_rig->fixture.server.revokedSignIns() >= 1);
    }

    void aDenialInTheBrowserSaysSo()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        m_rig->browse(m_rig->opened, helpdeskUid, QStringLiteral("deny"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(
                     QLatin1String("The sign-in was denied in the browser")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(m_rig->tokens()->tokenRequestCount(), 0);
    }

    void cancelClosesTheListener()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy canceled(signIn.get(), &BrowserSignIn::canceled);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        const QUrl redirect(queryValue(m_rig->opened, "redirect_uri"));
        signIn->cancel();
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!signIn->isActive());
        // The browser comes back too late: nobody listens any more.
        const HttpReply late = m_rig->browse(m_rig->opened);
        QCOMPARE(late.status, 302);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!socket.waitForConnected(2000) || socket.state() != QTcpSocket::ConnectedState);
        QVERIFY(!m_rig->tokens()->hasToken());
    }

    void aBrowserThatNeverComesBackTimesOut()
    {
        auto signIn = m_rig->newSignIn();
        signIn->setTimeout(std::chrono::milliseconds(300));
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, browserWaitMs);
        QVERIFY(failed.at(0).at(0).toString().startsWith(
            QLatin1String("The browser did not come back")));
        QVERIFY(!signIn->isActive());
    }

    void anotherPathIsRefusedAndTheWaitGoesOn()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy signedIn(signIn.get(), &BrowserSignIn::signedIn);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        const QUrl redirect(queryValue(m_rig->opened, "redirect_uri"));
        QUrl stray = redirect;
        stray.setPath(QStringLiteral("/favicon.ico"));
        const HttpReply refused = m_rig->browser.get(stray);
        QCOMPARE(refused.status, 404);
        QVERIFY(refused.body.contains("/callback"));
        m_rig->browse(m_rig->opened);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, browserWaitMs);
    }

    void aTakenPortOffersPastingTheAddress()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        m_rig = std::make_unique<BrowserSignInRig>();
        QVERIFY(m_rig->start(squatter.serverPort()));
        auto signIn = m_rig->newSignIn();
        QSignalSpy waiting(signIn.get(), &BrowserSignIn::waitingForBrowser);
        QSignalSpy signedIn(signIn.get(), &BrowserSignIn::signedIn);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.at(0).at(2).toBool(), false);
        QVERIFY(waiting.at(0).at(3).toString().contains(QString::number(squatter.serverPort())));
        // The user copies the address the browser was sent to and pastes it.
        const HttpReply answer = m_rig->browser.submit(
            *TestBrowser::readForm(m_rig->browser.get(m_rig->opened).body, m_rig->opened),
            helpdeskUid, QStringLiteral("approve"));
        QCOMPARE(answer.status, 302);
        signIn->submitPasted(QString::fromUtf8(answer.header("Location")));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, browserWaitMs);
        QCOMPARE(m_rig->tokens()->claims().userName, helpdeskUid);
    }

    void aPastedAddressOfAnotherSignInIsRefused()
    {
        auto signIn = m_rig->newSignIn();
        QSignalSpy failed(signIn.get(), &BrowserSignIn::failed);
        signIn->start();
        QVERIFY(m_rig->waitForBrowser());
        signIn->submitPasted(
            QStringLiteral("http://localhost:1234/callback?code=abc&state=not-this-one"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("state does not match")));
    }

    void theLoginHostIsTheFallbackForIscTenants()
    {
        QCOMPARE(BrowserSignIn::fallbackAuthorizeEndpoint(
                     QUrl(QStringLiteral("https://acme.api.identitynow.com"))),
            QUrl(QStringLiteral("https://acme.login.sailpoint.com/oauth/authorize")));
        QVERIFY(!BrowserSignIn::fallbackAuthorizeEndpoint(
            QUrl(QStringLiteral("http://127.0.0.1:8080")))
                     .isValid());
    }

private:
    std::unique_ptr<BrowserSignInRig> m_rig;
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
