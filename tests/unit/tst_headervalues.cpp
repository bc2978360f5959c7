// What may go into a request header: access tokens (RFC 6750 b64token) and every other value
// Passdesk sends. A CR or LF that got through would let a server's or a paste's text add
// headers or whole requests (issue 23); the client suites check that nothing is then sent.

#include "core/net/headervalues.h"

#include <QNetworkRequest>
#include <QTest>

using namespace Passdesk;

class TestHeaderValues : public QObject
{
    Q_OBJECT

private slots:
    void bearerTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("JWT") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                             << true;
        QTest::newRow("opaque") << QByteArray("raw-responder-access-token") << true;
        QTest::newRow("all characters") << QByteArray("azAZ09-._~+/") << true;
        QTest::newRow("padding at the end") << QByteArray("abc==") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("padding only") << QByteArray("==") << false;
        QTest::newRow("= inside") << QByteArray("ab=c") << false;
        QTest::newRow("CR LF") << QByteArray("abc\r\nX-Injected: yes") << false;
        QTest::newRow("LF") << QByteArray("abc\ndef") << false;
        QTest::newRow("NUL") << QByteArray("abc\0def", 7) << false;
        QTest::newRow("space") << QByteArray("Bearer abc") << false;
        QTest::newRow("tab") << QByteArray("abc\tdef") << false;
        QTest::newRow("non-ASCII") << QByteArray("abc\xc3\xa9") << false;
        QTest::newRow("quote") << QByteArray("abc\"") << false;
        QTest::newRow("comma") << QByteArray("abc,def") << false;
    }

    void bearerTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, accepted);
        QCOMPARE(isBearerToken(token), accepted);
    }

    void headerValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Accept-Language") << QByteArray("de-DE,de;q=0.9,en;q=0.5") << true;
        QTest::newRow("User-Agent") << QByteArray("Passdesk/1.0 (Qt 6.4.2; linux)") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("tab inside") << QByteArray("a\tb") << true;
        QTest::newRow("CR LF") << QByteArray("true\r\nX-Injected: yes") << false;
        QTest::newRow("CR") << QByteArray("a\rb") << false;
        QTest::newRow("LF") << QByteArray("a\nb") << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
        QTest::newRow("DEL") << QByteArray("a\x7f" "b") << false;
        QTest::newRow("non-ASCII") << QByteArray("d\xc3\xa9") << false;
        QTest::newRow("leading space") << QByteArray(" a") << false;
        QTest::newRow("trailing space") << QByteArray("a ") << false;
    }

    void headerValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        QCOMPARE(isSafeHeaderValue(value), accepted);
    }

    void firstUnsafeHeaderNamesIt()
    {
        QNetworkRequest request;
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("X-SailPoint-Experimental", "true");
        QCOMPARE(firstUnsafeHeader(request), QByteArray());
        request.setRawHeader("Accept-Language", "en\r\nX-Injected: yes");
        QCOMPARE(firstUnsafeHeader(request), QByteArray("Accept-Language"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderValues)
#include "tst_headervalues.moc"
