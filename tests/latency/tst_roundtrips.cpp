// The round trips behind each click, counted (issue 22). Passdesk as passdesk starts it talks
// over TLS to the sandbox through the latency benchmark's relay, without delay: the relay
// counts TCP connects and TLS handshakes, the sandbox the HTTP requests. Each request or
// connection a change adds to a scenario is a round trip an agent on a real link waits for,
// so it fails here. The scenarios run in order, on one app, as in the benchmark.

#include "latencydesk.h"
#include "linkrig.h"
#include "sandboxserver.h"
#include "tlsfixtures.h"
#include "core/api/apiclient.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "tokendialog.h"

#include <QMenu>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Passdesk;
using namespace Passdesk::Bench;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
// What the sandbox saw: method, path, the status it answered.
const QByteArray token = "POST /oauth/token 200";
const QByteArray getConfig = "GET /v2025/password-org-config 200";
const QByteArray putConfig = "PUT /v2025/password-org-config 200";
const QByteArray lookup = "GET /v2025/public-identities 200";
const QByteArray digitToken = "POST /v2025/generate-password-reset-token/digit 200";
const QByteArray digitTokenRefused = "POST /v2025/generate-password-reset-token/digit 401";
}

namespace Passdesk::Bench {
char *toString(const LinkCounts &counts)
{
    return QTest::toString(QStringLiteral("%1 requests, %2 connects, %3 TLS handshakes")
                               .arg(counts.requests)
                               .arg(counts.connects)
                               .arg(counts.tlsHandshakes));
}
} // namespace Passdesk::Bench

class TestRoundTrips final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startIsOneConnectionTokenAndConfig();
    void tenantListOpensTheConnectionBeforeTheClick();
    void switchingBackReusesTheTenantsToken();
    void suggestionsAreOneLookupForTheLastText();
    void typingOnIsOneLookupMoreAfterThePause();
    void clickToTokenIsOneRequest();
    void expiredTokenIsRenewedWhenTheDialogOpens();
    void unauthorizedMidSessionIsRefusalTokenAndRepeat();
    void saveIsReReadAndPut();
    void tenantMenuOpensTheOtherConnection();
#ifdef PASSDESK_ROUNDTRIPS_HTTP2
    void everyRequestWentOverHttp11();
#endif

private:
    LinkCounts since(const LinkCounts &before) const { return m_rig->counts() - before; }
    QList<QByteArray> requestsSince(int index) const;

    QTemporaryDir m_configDir;
    std::unique_ptr<LinkRig> m_rig;
    std::unique_ptr<LatencyDesk> m_desk;
    std::optional<decltype(trustForThisTest(QSslCertificate()))> m_trust;
};

void TestRoundTrips::initTestCase()
{
    m_trust.emplace(trustForThisTest(testCertificate()));
#ifdef PASSDESK_ROUNDTRIPS_HTTP2
    const LinkRig::Protocol protocol = LinkRig::Protocol::Http2; // the same counts over HTTP/2
#else
    const LinkRig::Protocol protocol = LinkRig::Protocol::Http1;
#endif
    m_rig = std::make_unique<LinkRig>(
        std::chrono::microseconds(0), testCertificate(), testKey(), protocol);
    QVERIFY2(m_rig->start(), qPrintable(m_rig->error()));
    m_desk = std::make_unique<LatencyDesk>(m_rig.get(), m_configDir.path());
}

void TestRoundTrips::cleanupTestCase()
{
    m_desk.reset();
    m_rig.reset();
    m_trust.reset();
}

// "POST /oauth/token" and the like, in the order the sandbox saw them.
QList<QByteArray> TestRoundTrips::requestsSince(int index) const
{
    QList<QByteArray> lines;
    m_rig->onSandbox([&](Sandbox::SandboxServer &server) {
        const auto requests = server.requests();
        for (qsizetype i = index; i < requests.size(); ++i)
            lines.append(requests.at(i).method + ' '
                + requests.at(i).path.toLatin1() + ' ' + QByteArray::number(requests.at(i).status));
    });
    return lines;
}

void TestRoundTrips::startIsOneConnectionTokenAndConfig()
{
    // One connection, opened while the window is made; the token, then the config on it.
    QVERIFY(m_desk->startToConfigShown() >= 0);
    QCOMPARE(requestsSince(0), (QList<QByteArray> { token, getConfig }));
    QCOMPARE(m_rig->counts(), (LinkCounts { 2, 1, 1 }));
}

void TestRoundTrips::tenantListOpensTheConnectionBeforeTheClick()
{
    // The other tenant is another host: its connection is opened while the agent reads the
    // list, so the click waits for the token and the config only.
    const LinkCounts before = m_rig->counts();
    m_desk->openTenantList();
    QTRY_COMPARE_WITH_TIMEOUT(since(before).tlsHandshakes, 1, waitMs);
    QCOMPARE(since(before), (LinkCounts { 0, 1, 1 }));
    const LinkCounts clicked = m_rig->counts();
    QVERIFY(m_desk->pickTenant(LatencyDesk::secondTenant) >= 0);
    QCOMPARE(requestsSince(clicked.requests),
        (QList<QByteArray> { token, getConfig }));
    QCOMPARE(since(clicked), (LinkCounts { 2, 0, 0 }));
}

void TestRoundTrips::switchingBackReusesTheTenantsToken()
{
    // Each tenant's access token is kept while the agent works on another: back and forth
    // again is the config only, on the connections already open.
    for (const QString &tenant : { LatencyDesk::firstTenant, LatencyDesk::secondTenant }) {
        const LinkCounts before = m_rig->counts();
        m_desk->openTenantList();
        QVERIFY(m_desk->pickTenant(tenant) >= 0);
        QCOMPARE(requestsSince(before.requests), (QList<QByteArray> { getConfig }));
        QCOMPARE(since(before), (LinkCounts { 1, 0, 0 }));
    }
}

void TestRoundTrips::suggestionsAreOneLookupForTheLastText()
{
    QVERIFY(m_desk->openTokenDialog());
    const LinkCounts before = m_rig->counts();
    QVERIFY(m_desk->suggestions() >= 0); // two key strokes, one lookup sent with the second
    QCOMPARE(requestsSince(before.requests), (QList<QByteArray> { lookup }));
    QCOMPARE(since(before), (LinkCounts { 1, 0, 0 }));
}

void TestRoundTrips::typingOnIsOneLookupMoreAfterThePause()
{
    const LinkCounts before = m_rig->counts();
    // The first letters' lookup, then two more letters: one lookup for the whole text.
    QVERIFY(m_desk->suggestionsTypedOn() >= 0);
    QCOMPARE(requestsSince(before.requests), (QList<QByteArray> { lookup, lookup }));
    QCOMPARE(since(before), (LinkCounts { 2, 0, 0 }));
}

void TestRoundTrips::clickToTokenIsOneRequest()
{
    const LinkCounts before = m_rig->counts();
    QVERIFY(m_desk->clickToToken() >= 0);
    QCOMPARE(requestsSince(before.requests), (QList<QByteArray> { digitToken }));
    QCOMPARE(since(before), (LinkCounts { 1, 0, 0 }));
}

void TestRoundTrips::expiredTokenIsRenewedWhenTheDialogOpens()
{
    m_desk->closeTokenDialog();
    m_desk->expireAccessToken();
    const LinkCounts opened = m_rig->counts();
    QVERIFY(m_desk->openTokenDialog());
    // The dialog renews the token while the agent talks to the caller...
    QTRY_COMPARE_WITH_TIMEOUT(since(opened).requests, 1, waitMs);
    QCOMPARE(requestsSince(opened.requests), (QList<QByteArray> { token }));
    // ...so the click is one request again, on the same connection.
    const LinkCounts before = m_rig->counts();
    QVERIFY(m_desk->clickToToken() >= 0);
    QCOMPARE(requestsSince(before.requests), (QList<QByteArray> { digitToken }));
    QCOMPARE(since(opened), (LinkCounts { 2, 0, 0 }));
}

void TestRoundTrips::unauthorizedMidSessionIsRefusalTokenAndRepeat()
{
    m_rig->onSandbox([](Sandbox::SandboxServer &server) { server.expireAllTokens(); });
    const LinkCounts before = m_rig->counts();
    QVERIFY(m_desk->clickToToken() >= 0);
    QCOMPARE(requestsSince(before.requests),
        (QList<QByteArray> { digitTokenRefused, token, digitToken }));
    QCOMPARE(since(before), (LinkCounts { 3, 0, 0 }));
}

void TestRoundTrips::saveIsReReadAndPut()
{
    m_desk->closeTokenDialog();
    const LinkCounts before = m_rig->counts();
    QVERIFY(m_desk->saveToSaved() >= 0);
    // The re-read guards against overwriting another admin's change; the contract has no
    // conditional PUT that would make it one round trip.
    QCOMPARE(requestsSince(before.requests),
        (QList<QByteArray> { getConfig, putConfig }));
    QCOMPARE(since(before), (LinkCounts { 2, 0, 0 }));
}

void TestRoundTrips::tenantMenuOpensTheOtherConnection()
{
    // The Tenant menu lists the other tenants (Ctrl+1..9): opening it opens their connections,
    // as the combo's list does. Every connection is closed first, as a server does when idle.
    m_desk->app()->client()->network()->clearConnectionCache();
    const LinkCounts before = m_rig->counts();
    auto *menu = m_desk->window()->findChild<QMenu *>(QStringLiteral("tenantMenu"));
    QVERIFY(menu);
    menu->popup(m_desk->window()->mapToGlobal(QPoint(0, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(since(before).tlsHandshakes, 1, waitMs);
    QCOMPARE(since(before), (LinkCounts { 0, 1, 1 }));
    menu->close();
}

#ifdef PASSDESK_ROUNDTRIPS_HTTP2
void TestRoundTrips::everyRequestWentOverHttp11()
{
    // The front offered HTTP/2 by ALPN; Passdesk chose HTTP/1.1 (ReplyGuard::useHttp2 says why).
    // nghttpx tells the sandbox which protocol the client spoke in its Via header.
    QStringList vias;
    m_rig->onSandbox([&vias](Sandbox::SandboxServer &server) {
        for (const auto &request : server.requests())
            vias.append(QString::fromLatin1(request.headers.value("via")));
    });
    QVERIFY(!vias.isEmpty());
    for (const QString &via : std::as_const(vias))
        QVERIFY2(via.startsWith(QLatin1String("1.1 ")), qPrintable(via));
}
#endif

QTEST_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"
