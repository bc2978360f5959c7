// Tenants that use a pasted access token, against the sandbox tenant over loopback HTTP: the
// token is sent as it is, never renewed or stored, and the user is asked once when it no longer
// works.

#include "replycapture.h"
#include "tenantsessionrig.h"

#include <QDateTime>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestPastedTokens : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<TenantSessionRig>();
        QVERIFY(m_rig->start());
    }

    void cleanup() { m_rig.reset(); }

    void pastedAccessTokenIsUsedAsIsAndNeverRenewed()
    {
        Tenant tenant = m_rig->addTenant({});
        tenant.authMethod = AuthMethod::AccessToken;
        m_rig->store.save(tenant);
        const QString token = m_rig->sandboxAccessToken(QStringLiteral("sandbox-admin"));
        m_rig->fixture.server.clearRequests();
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
        QSignalSpy needs(&m_rig->session, &TenantSession::needsCredentials);
        m_rig->session.provideCredentials(token, false);
        QVERIFY(!m_rig->keychain.contains(tenant.secretKey())); // pasted tokens are never stored
        const auto outcome = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, sessionWaitMs);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.summary()));
        QCOMPARE(m_rig->fixture.server.requests().constFirst().headers.value("authorization"),
            "Bearer " + token.toLatin1());

        // The server refuses it (expired there): one request, no renewal, the user is asked.
        m_rig->fixture.server.expireAllTokens();
        m_rig->fixture.server.clearRequests();
        const auto refused = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(refused->done, sessionWaitMs);
        QCOMPARE(refused->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(
            refused->error.summary().contains(QLatin1String("refused the pasted access token")));
        QCOMPARE(m_rig->fixture.server.requestCount("GET", configPath), 1);
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 0);
        QTRY_VERIFY(needs.count() >= 1);

        // The token is kept for the session: switching away and back needs no new paste.
        m_rig->session.provideCredentials(token, false);
        m_rig->session.activate(tenant.id);
        QTRY_VERIFY(!m_rig->session.isActivating());
        QVERIFY(m_rig->fixture.client.accessTokens()->hasToken());
    }

    void expiredPastedTokenIsNotSent()
    {
        activatePastedTokenTenant();
        m_rig->session.provideCredentials(pastedToken(-60), false);
        const auto outcome = capture(m_rig->fixture.client.getOrgConfig());
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, sessionWaitMs);
        QCOMPARE(outcome->error.kind, ApiError::Kind::CredentialsNeeded);
        QVERIFY(outcome->error.summary().contains(QLatin1String("expired")));
        QCOMPARE(m_rig->fixture.server.requests().size(), 0);
    }

    void unusablePastedTokenIsAskedForOnceNotPerRequest()
    {
        activatePastedTokenTenant();
        QSignalSpy asked(&m_rig->fixture.client, &ApiClient::credentialsNeeded);
        // Expires while in use: the expiry asks; the requests after it fail without asking.
        m_rig->session.provideCredentials(pastedToken(1), false);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, sessionWaitMs);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 1);

        // A new token, already expired: asked once more, at the first request.
        m_rig->session.provideCredentials(pastedToken(-60), false);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 2);
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 2);
        QCOMPARE(m_rig->fixture.server.requests().size(), 0);

        // A new token the server refuses: both requests are refused, one question.
        m_rig->session.provideCredentials(
            m_rig->sandboxAccessToken(QStringLiteral("sandbox-admin")), false);
        m_rig->fixture.server.expireAllTokens();
        m_rig->fixture.server.clearRequests();
        QVERIFY(twoRequestsNeedCredentials());
        QCOMPARE(asked.count(), 3);
        QCOMPARE(m_rig->fixture.server.requestCount("GET", configPath), 2);
        QCOMPARE(m_rig->fixture.server.requestCount("POST", tokenPath), 0);
    }

private:
    void activatePastedTokenTenant()
    {
        Tenant tenant = m_rig->addTenant({});
        tenant.authMethod = AuthMethod::AccessToken;
        m_rig->store.save(tenant);
        m_rig->session.activate(tenant.id);
        QTRY_COMPARE(m_rig->session.activeId(), tenant.id);
    }

    // A token that says it expires this many seconds from now (signature not checked).
    static QString pastedToken(qint64 expiresInSeconds)
    {
        const QByteArray claims
            = QJsonDocument(QJsonObject { { QStringLiteral("exp"),
                                double(QDateTime::currentSecsSinceEpoch() + expiresInSeconds) } })
                  .toJson(QJsonDocument::Compact);
        return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
            + QString::fromLatin1(
                claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + QStringLiteral(".c2ln");
    }

    // Two requests at once; true when both fail because the user must give credentials.
    bool twoRequestsNeedCredentials()
    {
        const auto first = capture(m_rig->fixture.client.getOrgConfig());
        const auto second = capture(m_rig->fixture.client.getOrgConfig());
        return QTest::qWaitFor([&] { return first->done && second->done; }, sessionWaitMs)
            && first->error.kind == ApiError::Kind::CredentialsNeeded
            && second->error.kind == ApiError::Kind::CredentialsNeeded;
    }

    std::unique_ptr<TenantSessionRig> m_rig;
};

QTEST_GUILESS_MAIN(TestPastedTokens)
#include "tst_pastedtokens.moc"
