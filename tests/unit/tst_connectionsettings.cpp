#include "connectionsettings.h"

#include <QTest>

using namespace Passdesk;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void acceptedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("root");
        QTest::newRow("tenant name") << QStringLiteral("acme") << QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("tenant name spaces") << QStringLiteral("  Acme-Solar ") << QStringLiteral("https://acme-solar.api.identitynow.com");
        QTest::newRow("https url") << QStringLiteral("https://acme.api.identitynow.com") << QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("trailing slash") << QStringLiteral("https://acme.api.identitynow.com/") << QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("version path dropped") << QStringLiteral("https://acme.api.identitynow.com/v2025") << QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("beta path dropped") << QStringLiteral("https://acme.api.identitynow.com/beta/") << QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:9") << QStringLiteral("http://localhost:9");
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("custom https port") << QStringLiteral("https://isc.example.com:8443") << QStringLiteral("https://isc.example.com:8443");
    }

    void acceptedInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, root);
        QString error;
        const auto url = apiRootFromUserInput(input, &error);
        QVERIFY2(url.has_value(), qPrintable(error));
        QCOMPARE(url->toString(), root);
    }

    void refusedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("tenant name");
        QTest::newRow("plain http") << QStringLiteral("http://acme.api.identitynow.com") << QStringLiteral("https");
        QTest::newRow("ftp") << QStringLiteral("ftp://acme.example.com") << QStringLiteral("https");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@acme.api.identitynow.com") << QStringLiteral("password");
        QTest::newRow("path") << QStringLiteral("https://acme.api.identitynow.com/some/path") << QStringLiteral("path");
        QTest::newRow("query") << QStringLiteral("https://acme.api.identitynow.com/?x=1") << QStringLiteral("query");
        QTest::newRow("fragment") << QStringLiteral("https://acme.api.identitynow.com/#top") << QStringLiteral("fragment");
        QTest::newRow("space") << QStringLiteral("acme corp") << QStringLiteral("spaces");
        QTest::newRow("control") << QStringLiteral("acme\x01") << QStringLiteral("control");
        QTest::newRow("bad tenant") << QStringLiteral("-acme") << QStringLiteral("hyphens");
        QTest::newRow("too long") << QString(3000, u'a') << QStringLiteral("too long");
    }

    void refusedInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!apiRootFromUserInput(input, &error).has_value());
        QVERIFY2(error.contains(reasonPart, Qt::CaseInsensitive), qPrintable(error));
    }

    void endpointUrlsFollowTheVersion()
    {
        ConnectionSettings connection;
        connection.apiRoot = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).toString(), QStringLiteral("https://acme.api.identitynow.com/v2025/password-org-config"));
        QCOMPARE(connection.tokenUrl().toString(), QStringLiteral("https://acme.api.identitynow.com/oauth/token"));
        connection.version = ApiVersion::ServiceV1;
        QCOMPARE(connection.endpointUrl(Endpoint::DigitToken).toString(), QStringLiteral("https://acme.api.identitynow.com/generate-password-reset-token/v1/digit"));
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).toString(), QStringLiteral("https://acme.api.identitynow.com/password-org-config/v1"));
        connection.version = ApiVersion::V3;
        QVERIFY(!connection.endpointUrl(Endpoint::DigitToken).isValid());
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).path(), QStringLiteral("/v3/password-org-config"));
    }

    void versionsAndExperimentalHeader()
    {
        QCOMPARE(apiVersionKeys().size(), 6);
        for (const QString &key : apiVersionKeys())
            QCOMPARE(apiVersionKey(*apiVersionFromKey(key)), key);
        QVERIFY(!apiVersionFromKey(QStringLiteral("v9")));
        QVERIFY(needsExperimentalHeader(ApiVersion::V2025, Endpoint::DigitToken));
        QVERIFY(needsExperimentalHeader(ApiVersion::V2024, Endpoint::DigitToken));
        QVERIFY(needsExperimentalHeader(ApiVersion::ServiceV1, Endpoint::DigitToken));
        QVERIFY(!needsExperimentalHeader(ApiVersion::Beta, Endpoint::DigitToken));
        QVERIFY(!needsExperimentalHeader(ApiVersion::V2025, Endpoint::OrgConfig));
        QVERIFY(!supportsEndpoint(ApiVersion::V3, Endpoint::DigitToken));
        QVERIFY(apiVersionDisplayName(ApiVersion::V3).contains(QLatin1String("no digit tokens")));
    }

    void productionIsAnythingNotSandboxOrTest()
    {
        ConnectionSettings connection;
        QVERIFY(connection.isProduction());
        connection.testTenant = true;
        QVERIFY(!connection.isProduction());
        connection.testTenant = false;
        connection.sandbox = true;
        QVERIFY(!connection.isProduction());
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
