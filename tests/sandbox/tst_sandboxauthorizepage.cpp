// The sandbox's authorize page as a browser sees it: plain HTML with a form, escaped values, and
// error pages instead of redirects for requests that cannot be trusted with one.

#include "testbrowser.h"

#include <QTest>

using namespace Passdesk::Sandbox;
using namespace Passdesk::Testing;

namespace {

const QString publicClient = QStringLiteral("passdesk-desktop");

} // namespace

class TestSandboxAuthorizePage final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_browser = std::make_unique<TestBrowser>(*m_server);
        m_listener = std::make_unique<CallbackListener>();
        QVERIFY(m_listener->port() != 0);
        m_pkce = Pkce::generate();
    }

    void pageIsPlainHtmlWithAFormForEachPerson()
    {
        const QUrl url = m_browser->authorizeUrl(
            m_listener->redirectUri(), QStringLiteral("s1"), m_pkce.challenge);
        const HttpReply page = m_browser->get(url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        const auto form = TestBrowser::readForm(page.body, url);
        QVERIFY(form);
        QCOMPARE(form->method, QByteArray("POST"));
        QCOMPARE(form->action, m_server->authorizeUrl());
        QCOMPARE(form->people,
            (QStringList { QStringLiteral("Grace.Hopper"), QStringLiteral("Dana.Okafor"),
                QStringLiteral("Maria.Garcia") }));
        QCOMPARE(
            form->decisions, (QStringList { QStringLiteral("approve"), QStringLiteral("deny") }));
        for (const char *words :
            { "Grace Hopper (Org admin)", "Dana Okafor (Helpdesk)", "Maria Garcia (User)" })
            QVERIFY2(page.body.contains(words), words);
        // Every radio button has a label a screen reader reads with it.
        QCOMPARE(page.body.count("<label for=\"person"), 3);
    }

    void approvingWithoutChoosingShowsTheFormAgain()
    {
        const HttpReply answer
            = m_browser->signIn(m_browser->authorizeUrl(m_listener->redirectUri(),
                                    QStringLiteral("s"), m_pkce.challenge),
                {});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.header("Location").isEmpty());
        QVERIFY(answer.body.contains("Choose whom you sign in as."));
        QVERIFY(TestBrowser::readForm(answer.body, m_server->authorizeUrl()));
    }

    void pagesSpeakTheBrowsersLanguage()
    {
        m_browser->language = "de-CH, en;q=0.5";
        const QUrl url = m_browser->authorizeUrl(
            m_listener->redirectUri(), QStringLiteral("s"), m_pkce.challenge);
        const HttpReply page = m_browser->get(url);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Language"), QByteArray("de-DE"));
        QVERIFY(page.body.contains("<html lang=\"de\">"));
        for (const char *words : { "Beim Sandbox-Mandanten anmelden", "Zustimmen</button>",
                 "Ablehnen</button>", "Grace Hopper (Organisationsadministrator)" })
            QVERIFY2(page.body.contains(words), words);
        // The form's values stay what the program reads, whatever the language.
        const auto form = TestBrowser::readForm(page.body, url);
        QVERIFY(form);
        QCOMPARE(
            form->decisions, (QStringList { QStringLiteral("approve"), QStringLiteral("deny") }));

        m_browser->language = "ja";
        const HttpReply refused = m_browser->get(
            m_browser->authorizeUrl(QStringLiteral("http://passdesk.example:1/callback"),
                QStringLiteral("s"), m_pkce.challenge));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("<html lang=\"ja\">"));
        QVERIFY(QString::fromUtf8(refused.body)
                    .contains(QStringLiteral("サインイン要求は拒否されました")));
        QVERIFY(refused.body.contains("<code>invalid_request</code>"));
    }

    void valuesAreEscapedInThePage()
    {
        const QString state = QStringLiteral("\"><script>alert(1)</script>'");
        const QUrl url
            = m_browser->authorizeUrl(m_listener->redirectUri(), state, m_pkce.challenge);
        const HttpReply page = m_browser->get(url);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(page.body.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"));
        const auto form = TestBrowser::readForm(page.body, url);
        QVERIFY(form);
        QVERIFY(form->hidden.contains(qMakePair(QStringLiteral("state"), state)));
    }

    void invalidRedirectUriGetsAnErrorPageNotARedirect_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::newRow("https elsewhere") << QStringLiteral("https://passdesk.example/callback");
        QTest::newRow("http elsewhere") << QStringLiteral("http://passdesk.example:8123/callback");
        QTest::newRow("look-alike host")
            << QStringLiteral("http://localhost.evil.example:8123/callback");
        QTest::newRow("other loopback path") << QStringLiteral("http://127.0.0.1:8123/other");
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback");
        QTest::newRow("query") << QStringLiteral("http://127.0.0.1:8123/callback?next=evil");
        QTest::newRow("fragment") << QStringLiteral("http://127.0.0.1:8123/callback#x");
        QTest::newRow("user info") << QStringLiteral("http://evil@127.0.0.1:8123/callback");
        QTest::newRow("custom scheme") << QStringLiteral("passdesk://callback");
        QTest::newRow("missing") << QString();
    }

    void invalidRedirectUriGetsAnErrorPageNotARedirect()
    {
        QFETCH(QString, redirectUri);
        const HttpReply page = m_browser->get(
            m_browser->authorizeUrl(redirectUri, QStringLiteral("s"), m_pkce.challenge));
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains("invalid_request"));
        QVERIFY(!TestBrowser::readForm(page.body, m_server->authorizeUrl()));
    }

    void tamperedFormIsRefusedWithAPageToo()
    {
        const QUrl url = m_browser->authorizeUrl(
            m_listener->redirectUri(), QStringLiteral("s"), m_pkce.challenge);
        auto form = TestBrowser::readForm(m_browser->get(url).body, url);
        QVERIFY(form);
        for (auto &[name, value] : form->hidden) {
            if (name == QLatin1String("redirect_uri"))
                value = QStringLiteral("http://passdesk.example:8123/callback");
        }
        const HttpReply answer
            = m_browser->submit(*form, QStringLiteral("Grace.Hopper"), QStringLiteral("approve"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.header("Location").isEmpty());
    }

    void publicClientMustSendPkce_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("method");
        const QString good = Pkce::generate().challenge;
        QTest::newRow("no challenge") << QString() << QStringLiteral("S256");
        QTest::newRow("no method") << good << QString();
        QTest::newRow("plain") << good << QStringLiteral("plain");
        QTest::newRow("not a challenge") << QStringLiteral("short") << QStringLiteral("S256");
    }

    void publicClientMustSendPkce()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, method);
        const HttpReply page = m_browser->get(m_browser->authorizeUrl(
            m_listener->redirectUri(), QStringLiteral("s"), challenge, publicClient, method));
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains("invalid_request"));
    }

    void onlyTheBrowserClientSignsInHere_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("unknown") << QStringLiteral("nobody") << QByteArray("invalid_client");
        QTest::newRow("missing") << QString() << QByteArray("invalid_client");
        QTest::newRow("confidential")
            << QStringLiteral("sandbox-app") << QByteArray("unauthorized_client");
    }

    void onlyTheBrowserClientSignsInHere()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, error);
        const HttpReply page = m_browser->get(m_browser->authorizeUrl(
            m_listener->redirectUri(), QStringLiteral("s"), m_pkce.challenge, clientId));
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains(error));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<CallbackListener> m_listener;
    Pkce m_pkce;
};

QTEST_GUILESS_MAIN(TestSandboxAuthorizePage)
#include "tst_sandboxauthorizepage.moc"
