// What a user may type as the tenant address, and the URLs built from it.

#include "core/connection/connectionsettings.h"

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
        const QString acme = QStringLiteral("https://acme.api.identitynow.com");
        QTest::newRow("tenant name") << QStringLiteral("acme") << acme;
        QTest::newRow("tenant name, spaces and case") << QStringLiteral(
            "  Acme-Solar ") << QStringLiteral("https://acme-solar.api.identitynow.com");
        QTest::newRow("one character tenant")
            << QStringLiteral("a") << QStringLiteral("https://a.api.identitynow.com");
        QTest::newRow("digits tenant")
            << QStringLiteral("42") << QStringLiteral("https://42.api.identitynow.com");
        QTest::newRow("63 character tenant") << QString(
            63, u'x') << QStringLiteral("https://%1.api.identitynow.com").arg(QString(63, u'x'));
        QTest::newRow("https url") << acme << acme;
        QTest::newRow("upper case url")
            << QStringLiteral("HTTPS://ACME.API.IDENTITYNOW.COM") << acme;
        QTest::newRow("trailing slash")
            << QStringLiteral("https://acme.api.identitynow.com/") << acme;
        QTest::newRow("v2025 dropped")
            << QStringLiteral("https://acme.api.identitynow.com/v2025") << acme;
        QTest::newRow("v2024 dropped")
            << QStringLiteral("https://acme.api.identitynow.com/v2024") << acme;
        QTest::newRow("v2026 dropped")
            << QStringLiteral("https://acme.api.identitynow.com/v2026") << acme;
        QTest::newRow("v3 dropped")
            << QStringLiteral("https://acme.api.identitynow.com/v3") << acme;
        QTest::newRow("beta with slash dropped")
            << QStringLiteral("https://acme.api.identitynow.com/beta/") << acme;
        QTest::newRow("upper case version dropped")
            << QStringLiteral("https://acme.api.identitynow.com/V2025") << acme;
        QTest::newRow("loopback http")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("whole 127/8 is loopback") << QStringLiteral("http://127.8.9.10:8080/v3")
                                                 << QStringLiteral("http://127.8.9.10:8080");
        QTest::newRow("localhost http")
            << QStringLiteral("http://localhost:9") << QStringLiteral("http://localhost:9");
        QTest::newRow("LOCALHOST http")
            << QStringLiteral("http://LOCALHOST:9") << QStringLiteral("http://localhost:9");
        QTest::newRow("ipv6 loopback")
            << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("loopback https")
            << QStringLiteral("https://localhost:8443") << QStringLiteral("https://localhost:8443");
        QTest::newRow("custom https port") << QStringLiteral("https://isc.example.com:8443")
                                           << QStringLiteral("https://isc.example.com:8443");
    }

    void acceptedInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, root);
        QString error;
        const auto url = apiRootFromUserInput(input, &error);
        QVERIFY2(url.has_value(), qPrintable(error));
        QCOMPARE(url->toString(), root);
        QVERIFY(url->path().isEmpty());
    }

    void refusedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a tenant name");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter a tenant name");
        QTest::newRow("plain http") << QStringLiteral("http://acme.api.identitynow.com")
                                    << QStringLiteral("only connects over https");
        QTest::newRow("http to a LAN address")
            << QStringLiteral("http://10.0.0.1:8080") << QStringLiteral("only connects over https");
        QTest::newRow("http to a look-alike") << QStringLiteral("http://localhost.example.com")
                                              << QStringLiteral("only connects over https");
        QTest::newRow("http to another ipv6")
            << QStringLiteral("http://[::2]") << QStringLiteral("only connects over https");
        QTest::newRow("ftp") << QStringLiteral("ftp://acme.example.com")
                             << QStringLiteral("only connects over https");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@acme.api.identitynow.com")
                                     << QStringLiteral("user name or password");
        QTest::newRow("user only") << QStringLiteral("https://user@acme.api.identitynow.com")
                                   << QStringLiteral("user name or password");
        QTest::newRow("path") << QStringLiteral("https://acme.api.identitynow.com/some/path")
                              << QStringLiteral("without a path");
        QTest::newRow("version then more")
            << QStringLiteral("https://acme.api.identitynow.com/v2025/password-org-config")
            << QStringLiteral("without a path");
        QTest::newRow("unknown version") << QStringLiteral("https://acme.api.identitynow.com/v9")
                                         << QStringLiteral("without a path");
        QTest::newRow("oauth path")
            << QStringLiteral("https://acme.api.identitynow.com/oauth/token")
            << QStringLiteral("without a path");
        QTest::newRow("query") << QStringLiteral("https://acme.api.identitynow.com/?x=1")
                               << QStringLiteral("query");
        QTest::newRow("empty query")
            << QStringLiteral("https://acme.api.identitynow.com?") << QStringLiteral("query");
        QTest::newRow("fragment") << QStringLiteral("https://acme.api.identitynow.com/#top")
                                  << QStringLiteral("fragment");
        QTest::newRow("space") << QStringLiteral("acme corp") << QStringLiteral("spaces");
        QTest::newRow("space in url")
            << QStringLiteral("https://acme.api.identitynow.com/ v3") << QStringLiteral("spaces");
        QTest::newRow("control") << QStringLiteral("acme\x01") << QStringLiteral("control");
        QTest::newRow("newline") << QStringLiteral("https://acme.api\n.identitynow.com")
                                 << QStringLiteral("control");
        QTest::newRow("zero width space")
            << QStringLiteral("https://acme\u200B.api.identitynow.com")
            << QStringLiteral("control");
        QTest::newRow("bidi override")
            << QStringLiteral("https://\u202Emoc.evil") << QStringLiteral("control");
        QTest::newRow("leading hyphen") << QStringLiteral("-acme") << QStringLiteral("hyphens");
        QTest::newRow("trailing hyphen") << QStringLiteral("acme-") << QStringLiteral("hyphens");
        QTest::newRow("underscore") << QStringLiteral("acme_corp") << QStringLiteral("hyphens");
        QTest::newRow("64 character tenant") << QString(64, u'x') << QStringLiteral("hyphens");
        QTest::newRow("host without scheme")
            << QStringLiteral("acme.api.identitynow.com") << QStringLiteral("valid URL");
        QTest::newRow("host and port without scheme")
            << QStringLiteral("localhost:8080") << QStringLiteral("valid URL");
        QTest::newRow("scheme only") << QStringLiteral("https://") << QStringLiteral("valid URL");
        QTest::newRow("bad port") << QStringLiteral("https://acme.api.identitynow.com:99999")
                                  << QStringLiteral("valid URL");
        QTest::newRow("too long") << QString(3000, u'a') << QStringLiteral("too long");
        QTest::newRow("too long url")
            << QString(QStringLiteral("https://acme.api.identitynow.com/") + QString(2048, u'v'))
            << QStringLiteral("too long");
    }

    void refusedInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!apiRootFromUserInput(input, &error).has_value());
        QVERIFY2(error.contains(reasonPart, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!apiRootFromUserInput(input).has_value()); // no error pointer: still refused
    }

    void httpsRefusalSaysWhy()
    {
        QString error;
        QVERIFY(!apiRootFromUserInput(QStringLiteral("http://acme.api.identitynow.com"), &error));
        QCOMPARE(error,
            QStringLiteral("Passdesk only connects over https; plain http is allowed only for this "
                           "computer (loopback)."));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("Localhost") << QStringLiteral("Localhost") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("::2") << QStringLiteral("::2") << false;
        QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void endpointUrlsFollowTheVersion()
    {
        ConnectionSettings connection;
        connection.apiRoot = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).toString(),
            QStringLiteral("https://acme.api.identitynow.com/v2025/password-org-config"));
        QCOMPARE(connection.endpointUrl(Endpoint::DigitToken).toString(),
            QStringLiteral(
                "https://acme.api.identitynow.com/v2025/generate-password-reset-token/digit"));
        QCOMPARE(connection.endpointUrl(Endpoint::PublicIdentities).toString(),
            QStringLiteral("https://acme.api.identitynow.com/v2025/public-identities"));
        QCOMPARE(connection.tokenUrl().toString(),
            QStringLiteral("https://acme.api.identitynow.com/oauth/token"));
        connection.version = ApiVersion::ServiceV1;
        QCOMPARE(connection.endpointUrl(Endpoint::DigitToken).toString(),
            QStringLiteral(
                "https://acme.api.identitynow.com/generate-password-reset-token/v1/digit"));
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).toString(),
            QStringLiteral("https://acme.api.identitynow.com/password-org-config/v1"));
        connection.version = ApiVersion::V3;
        QVERIFY(!connection.endpointUrl(Endpoint::DigitToken).isValid());
        QCOMPARE(connection.endpointUrl(Endpoint::OrgConfig).path(),
            QStringLiteral("/v3/password-org-config"));
        QCOMPARE(connection.tokenUrl().path(),
            QStringLiteral("/oauth/token")); // the token URL has no version
    }

    void urlsKeepTheLoopbackPort()
    {
        ConnectionSettings connection;
        connection.apiRoot = *apiRootFromUserInput(QStringLiteral("http://127.0.0.1:8080/"));
        connection.version = ApiVersion::V2024;
        QCOMPARE(connection.endpointUrl(Endpoint::PublicIdentities).toString(),
            QStringLiteral("http://127.0.0.1:8080/v2024/public-identities"));
        QCOMPARE(
            connection.tokenUrl().toString(), QStringLiteral("http://127.0.0.1:8080/oauth/token"));
    }

    void noRootNoUrls()
    {
        const ConnectionSettings connection;
        QVERIFY(!connection.endpointUrl(Endpoint::OrgConfig).isValid());
        QVERIFY(!connection.tokenUrl().isValid());
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

QTEST_APPLESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
