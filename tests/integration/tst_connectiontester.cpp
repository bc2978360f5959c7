// The connection test (Tenants dialog, first-run assistant) against the sandbox tenant over
// loopback HTTP: what it reports per Passdesk feature for each built-in client, a wrong secret,
// and a tenant locked read-only. It uses its own client; the active connection sees nothing.

#include "core/settings/appsettings.h"
#include "core/tenants/connectiontester.h"
#include "sandboxfixture.h"
#include "core/tenants/tenantstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
const QString configPath = QStringLiteral("/password-org-config");
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_fixture->client.setConnection({});
        m_store = std::make_unique<TenantStore>(m_fixture->settings.backend());
        m_fixture->server.clearRequests();
    }

    void cleanup()
    {
        m_store.reset();
        m_fixture.reset();
    }

    void connectionTestReportsScopesPerFeature_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("canChange");
        QTest::addColumn<bool>("canGenerate");
        QTest::newRow("admin") << "sandbox-admin" << true << true;
        QTest::newRow("helpdesk") << "sandbox-helpdesk" << false << true;
        QTest::newRow("readonly") << "sandbox-readonly" << false << false;
    }

    void connectionTestReportsScopesPerFeature()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, canChange);
        QFETCH(bool, canGenerate);
        ConnectionTester tester(&m_fixture->network);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        ConnectionSettings connection = addTenant(clientId).connection();
        connection.clientSecret = sandboxSecretFor(clientId);
        tester.start(connection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, waitMs);
        const auto report = finished.constFirst().constFirst().value<ConnectionReport>();
        QVERIFY(report.signedIn);
        QVERIFY(report.configRead);
        QVERIFY(report.isSuccess());
        QCOMPARE(report.features.size(), 4);
        using O = ConnectionReport::Outcome;
        QCOMPARE(report.features.at(0).allowed, O::Yes);
        QCOMPARE(report.features.at(1).allowed, canChange ? O::Yes : O::No);
        QCOMPARE(report.features.at(2).allowed, canGenerate ? O::Yes : O::No);
        if (!canChange)
            QCOMPARE(report.features.at(1).missingScopes,
                QStringList { QLatin1String(Scopes::configManage) });
        const QString text = report.lines({ QStringLiteral("en") }).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QLatin1String("Signed in")));
        QCOMPARE(text.contains(QLatin1String(Scopes::configManage)), !canChange);
        QVERIFY(!text.contains(sandboxSecretFor(clientId)));
        // The tester's own client: the active connection saw nothing.
        QVERIFY(!m_fixture->client.connection().apiRoot.isValid());
    }

    void connectionTestWithWrongSecretShowsWhy()
    {
        ConnectionTester tester(&m_fixture->network);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        ConnectionSettings connection = addTenant(QStringLiteral("sandbox-admin")).connection();
        connection.clientSecret = QStringLiteral("wrong");
        tester.start(connection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, waitMs);
        const auto report = finished.constFirst().constFirst().value<ConnectionReport>();
        QVERIFY(!report.signedIn);
        QCOMPARE(report.signInError.httpStatus, 401);
        QVERIFY(
            report.lines({ QStringLiteral("en") }).constFirst().startsWith(QStringLiteral("✘")));
        QCOMPARE(m_fixture->server.requestCount("GET", configPath), 0);
    }

    void connectionTestOfALockedTenantSaysSo()
    {
        ConnectionTester tester(&m_fixture->network);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        ConnectionSettings connection
            = addTenant(QStringLiteral("sandbox-admin"), true).connection();
        connection.clientSecret = sandboxSecretFor(QStringLiteral("sandbox-admin"));
        tester.start(connection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, waitMs);
        const auto report = finished.constFirst().constFirst().value<ConnectionReport>();
        QCOMPARE(report.features.at(1).allowed, ConnectionReport::Outcome::No);
        QVERIFY(report.features.at(1).note.contains(QLatin1String("read-only")));
    }

private:
    Tenant addTenant(const QString &clientId, bool readOnly = false)
    {
        Tenant tenant;
        tenant.displayName = clientId.isEmpty() ? QStringLiteral("Pasted") : clientId;
        tenant.address = m_fixture->server.baseUrl().toString();
        tenant.clientId = clientId;
        tenant.testTenant = true;
        tenant.readOnly = readOnly;
        tenant.id = m_store->save(tenant);
        return tenant;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<TenantStore> m_store;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
