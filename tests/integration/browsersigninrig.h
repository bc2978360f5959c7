#pragma once

// The client's browser sign-in against the sandbox tenant over loopback sockets: a client
// connected as the public client passdesk-desktop, a BrowserSignIn whose "system browser" only
// records the authorize URL, and the sandbox's scripted browser (tests/sandbox/testbrowser.h)
// that the test drives: it opens the page, submits the form and follows the redirect to
// Passdesk's own listener.

#include "core/auth/accesstokenprovider.h"
#include "core/auth/browsersignin.h"
#include "replycapture.h"
#include "sandboxfixture.h"
#include "testbrowser.h"

#include <QSignalSpy>
#include <QTest>

namespace Passdesk::Testing {

inline constexpr int browserWaitMs = 10000;
inline const QString helpdeskUid = QStringLiteral("Dana.Okafor");
inline const QString orgAdminUid = QStringLiteral("Grace.Hopper");

// A loopback port that was free a moment ago.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class BrowserSignInRig
{
public:
    bool start(quint16 redirectPort = 0)
    {
        if (!fixture.start())
            return false;
        ConnectionSettings connection = fixture.connection;
        connection.authMethod = AuthMethod::BrowserSignIn;
        connection.clientId = QStringLiteral("passdesk-desktop");
        connection.clientSecret.clear();
        connection.redirectPort = redirectPort;
        fixture.client.setConnection(connection);
        return true;
    }

    AccessTokenProvider *tokens() { return fixture.client.accessTokens(); }

    // A sign-in whose browser records where it was sent.
    std::unique_ptr<BrowserSignIn> newSignIn()
    {
        opened = {};
        return std::make_unique<BrowserSignIn>(&fixture.network, tokens(),
            fixture.client.connection(), [this](const QUrl &url) {
                opened = url;
                return true;
            });
    }

    // Waits for the browser to be sent to the authorize page.
    bool waitForBrowser()
    {
        return QTest::qWaitFor([this] { return opened.isValid(); }, browserWaitMs);
    }

    // The scripted browser signs in as `person` (or denies) at `url` and follows the redirect.
    HttpReply browse(const QUrl &url, const QString &person = helpdeskUid,
        const QString &decision = QStringLiteral("approve"))
    {
        return browser.signIn(url, person, decision);
    }

    // Signs in all the way; true once the client holds a token.
    bool signInAs(const QString &person)
    {
        auto signIn = newSignIn();
        QSignalSpy signedIn(signIn.get(), &BrowserSignIn::signedIn);
        signIn->start();
        if (!waitForBrowser())
            return false;
        browse(opened, person);
        return QTest::qWaitFor([&signedIn] { return signedIn.count() == 1; }, browserWaitMs);
    }

    std::shared_ptr<ReplyOutcome> loadConfig()
    {
        auto outcome = capture(fixture.client.getOrgConfig());
        if (!QTest::qWaitFor([&outcome] { return outcome->done; }, browserWaitMs))
            outcome->error = ApiError::invalidInput(QStringLiteral("no answer in time"));
        return outcome;
    }

    static QUrl withQueryItem(QUrl url, const QString &name, const QString &value)
    {
        QUrlQuery query(url);
        query.removeAllQueryItems(name);
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        return url;
    }

    SandboxFixture fixture;
    TestBrowser browser { fixture.server };
    QUrl opened;
};

} // namespace Passdesk::Testing
