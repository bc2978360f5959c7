// The API client against servers that try to hold it or feed it what it must not take, over
// real loopback sockets (a raw TCP responder): answers that trickle in for ever (the overall
// deadline, not only the idle timeout), response headers that never end or are too large, an
// access token that would inject headers or a whole request, and compressed answers that do
// not unpack (broken gzip, decompression bombs on a 200 and on a 500). Each case checks the
// error kind, the words a person reads, and what the server saw.

#include "clientfaultrig.h"

#include "core/tenants/connectiontester.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Passdesk::Testing::RawResponder::Answer)

namespace {

constexpr auto testDeadline = 1500ms;

// Headers of a 200 that promises a small body, which then trickles in a byte at a time.
QByteArray promisedBodyHeaders()
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 4000\r\nConnection: close\r\n\r\n");
}

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &bytes, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        bytes += char((value >> shift) & 0xFF);
}

// `plain` as a zlib stream (Content-Encoding: deflate) and as gzip.
QByteArray deflated(const QByteArray &plain)
{
    return qCompress(plain, 9).mid(4); // qCompress puts the length in front of the zlib stream
}

QByteArray gzipped(const QByteArray &plain)
{
    const QByteArray zlib = deflated(plain);
    QByteArray gzip = QByteArray::fromHex("1f8b0800000000000003");
    gzip += zlib.mid(2, zlib.size() - 2 - 4); // the raw deflate data
    appendLittleEndian(gzip, crc32Of(plain));
    appendLittleEndian(gzip, quint32(plain.size()));
    return gzip;
}

// 64 MiB of JSON-looking padding that packs into a few tens of KiB.
QByteArray bombContent()
{
    return "{\"padding\":\"" + QByteArray(64 * 1024 * 1024, 'A') + "\"}";
}

QList<QPair<QByteArray, QByteArray>> encoded(const QByteArray &encoding)
{
    return { { QByteArrayLiteral("Content-Encoding"), encoding } };
}

} // namespace

class TestClientLimitFaults : public QObject, private ClientFaultRig
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(setUp());
        m_client->setRequestDeadline(testDeadline);
    }
    void cleanup() { tearDown(); }

    void limitsHaveTheDocumentedDefaults();
    void tricklingAnswerMeetsTheDeadline();
    void tricklingTokenEndpointMeetsTheDeadline();
    void connectionCheckMeetsTheDeadline();
    void endlessHeadersAreCut();
    void oversizedHeadersAreRefused();
    void tokenEndpointHeadersAreCapped_data();
    void tokenEndpointHeadersAreCapped();
    void tokenEndpointHeaderInjectionIsRefused_data();
    void tokenEndpointHeaderInjectionIsRefused();
    void pastedTokenHeaderInjectionIsRefused();
    void compressedAnswersThatDoNotUnpack_data();
    void compressedAnswersThatDoNotUnpack();
    void rateLimitThatDoesNotUnpackStillWaits();
};

void TestClientLimitFaults::limitsHaveTheDocumentedDefaults()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    QCOMPARE(client.transferTimeout(), std::chrono::milliseconds(30s));
    QCOMPARE(client.requestDeadline(), std::chrono::milliseconds(60s));
    QCOMPARE(client.requestLimits().headerWait, std::chrono::milliseconds(10s));
    QCOMPARE(client.requestLimits().maxHeaderBytes, 64 * 1024);
}

// Every byte restarts the idle timeout; the overall deadline still ends the request.
void TestClientLimitFaults::tricklingAnswerMeetsTheDeadline()
{
    m_raw->setAnswer(orgConfigSuffix, { Act::Trickle, promisedBodyHeaders() });
    QElapsedTimer clock;
    clock.start();
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("did not finish within")),
        qPrintable(shownText(outcome->error)));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_raw->trickleBytesWritten() > 0); // it kept talking past the idle timeout
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
}

void TestClientLimitFaults::tricklingTokenEndpointMeetsTheDeadline()
{
    m_raw->setAnswer(tokenSuffix, { Act::Trickle, promisedBodyHeaders() });
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 0);
}

void TestClientLimitFaults::connectionCheckMeetsTheDeadline()
{
    m_raw->setAnswer(orgConfigSuffix, { Act::Trickle, promisedBodyHeaders() });
    ConnectionTester tester(m_network.get());
    tester.setTransferTimeout(400ms);
    tester.setRequestDeadline(testDeadline);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(connectionTo(m_raw->baseUrl()));
    QVERIFY(finished.wait(faultWaitMs));
    const auto report = finished.first().first().value<ConnectionReport>();
    QVERIFY(report.signedIn);
    QCOMPARE(report.configError.kind, ApiError::Kind::Timeout);

    m_raw->setAnswer(tokenSuffix, { Act::Trickle, promisedBodyHeaders() });
    tester.start(connectionTo(m_raw->baseUrl()));
    QVERIFY(finished.wait(faultWaitMs));
    const auto signInReport = finished.last().first().value<ConnectionReport>();
    QVERIFY(!signInReport.signedIn);
    QCOMPARE(signInReport.signInError.kind, ApiError::Kind::Timeout);
}

// A header block that never ends: reading stops and the words say why. Qt 6.4 says nothing
// of headers until they end, so it is the wait for them that stops it (RequestLimits).
void TestClientLimitFaults::endlessHeadersAreCut()
{
    RequestLimits limits; // neither the idle timeout nor the deadline may be what ends it
    limits.headerWait = 1s;
    m_client->setRequestLimits(limits);
    m_raw->setAnswer(orgConfigSuffix,
        { Act::Endless, QByteArrayLiteral("HTTP/1.1 200 OK\r\nX-Filler: ") });
    QElapsedTimer clock;
    clock.start();
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::HeadersTooLarge);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("headers were too large")),
        qPrintable(shownText(outcome->error)));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(m_raw->endlessBytesWritten() < 16 * 1024 * 1024,
        qPrintable(QString::number(m_raw->endlessBytesWritten())));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
}

// A complete header block over 64 KiB (each field small enough for Qt's own parser) is refused;
// one well under the cap is read as usual.
void TestClientLimitFaults::oversizedHeadersAreRefused()
{
    auto fillers = [](int count) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (int i = 0; i < count; ++i)
            headers.append({ "X-Filler-" + QByteArray::number(i), QByteArray(4000, 'x') });
        return headers;
    };
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(200, "application/json", validConfigJson, fillers(20)));
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::HeadersTooLarge);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("headers were too large")),
        qPrintable(shownText(outcome->error)));

    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(200, "application/json", validConfigJson, fillers(10)));
    auto read = loadConfig();
    QVERIFY2(!read->error.isError(), qPrintable(shownText(read->error)));
    QCOMPARE(read->config.digitTokenLength, 6);
}

void TestClientLimitFaults::tokenEndpointHeadersAreCapped_data()
{
    QTest::addColumn<RawResponder::Answer>("answer");
    QList<QPair<QByteArray, QByteArray>> fillers;
    for (int i = 0; i < 20; ++i)
        fillers.append({ "X-Filler-" + QByteArray::number(i), QByteArray(4000, 'x') });
    QTest::newRow("over 64 KiB")
        << RawResponder::send(200, "application/json",
               R"({"access_token":"abc","token_type":"bearer","expires_in":750})", fillers);
    QTest::newRow("never ending")
        << RawResponder::Answer { Act::Endless, "HTTP/1.1 200 OK\r\nX-Filler: " };
}

// The token endpoint is held to the same header cap: no token, no API request.
void TestClientLimitFaults::tokenEndpointHeadersAreCapped()
{
    QFETCH(RawResponder::Answer, answer);
    RequestLimits limits;
    limits.headerWait = 1s;
    m_client->setRequestLimits(limits);
    m_raw->setAnswer(tokenSuffix, answer);
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::HeadersTooLarge);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 0);
}

void TestClientLimitFaults::tokenEndpointHeaderInjectionIsRefused_data()
{
    QTest::addColumn<QByteArray>("token"); // as it stands in the JSON string
    QTest::newRow("CR LF and a header") << QByteArray(R"(abc\r\nX-Injected: yes)");
    QTest::newRow("CR LF and a request")
        << QByteArray(R"(abc\r\n\r\nGET /smuggled-by-token HTTP/1.1\r\nHost: x\r\n\r\n)");
    QTest::newRow("bare LF") << QByteArray(R"(abc\nX-Injected: yes)");
    QTest::newRow("NUL") << QByteArray(R"(abc\u0000def)");
    QTest::newRow("space") << QByteArray("abc def");
    QTest::newRow("non-ASCII") << QByteArray("abc\xc3\xa9" "def");
    QTest::newRow("= inside") << QByteArray("abc=def");
}

// Nothing is sent with a token that could break out of the Authorization header.
void TestClientLimitFaults::tokenEndpointHeaderInjectionIsRefused()
{
    QFETCH(QByteArray, token);
    m_raw->setAnswer(tokenSuffix,
        RawResponder::send(200, "application/json",
            R"({"access_token":")" + token + R"(","token_type":"bearer","expires_in":750})"));
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::UnreadableBody);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("access token")),
        qPrintable(shownText(outcome->error)));
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 0);
    QCOMPARE(m_raw->requestCount("/smuggled-by-token"), 0);
    for (const RawResponder::Seen &seen : m_raw->requests())
        QVERIFY(!seen.headers.contains("X-Injected"));
}

void TestClientLimitFaults::pastedTokenHeaderInjectionIsRefused()
{
    ConnectionSettings connection = connectionTo(m_raw->baseUrl());
    connection.authMethod = AuthMethod::AccessToken;
    connection.clientSecret.clear();
    connection.accessToken = QStringLiteral("abc\r\nX-Injected: yes");
    m_client->setConnection(connection);
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::CredentialsNeeded);
    QVERIFY2(shownText(outcome->error).contains(QLatin1String("access token")),
        qPrintable(shownText(outcome->error)));
    QCOMPARE(m_raw->requests().size(), 0);
}

void TestClientLimitFaults::compressedAnswersThatDoNotUnpack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray bomb = bombContent();
    QTest::newRow("gzip bomb on a 200")
        << RawResponder::response(200, json, gzipped(bomb), encoded("gzip")) << 200;
    QTest::newRow("gzip bomb on a 500")
        << RawResponder::response(500, json, gzipped(bomb), encoded("gzip")) << 500;
    QTest::newRow("deflate bomb on a 200")
        << RawResponder::response(200, json, deflated(bomb), encoded("deflate")) << 200;
    QTest::newRow("broken gzip on a 200")
        << RawResponder::response(200, json, "this is not gzip at all", encoded("gzip")) << 200;
    QTest::newRow("broken gzip on a 500")
        << RawResponder::response(500, json, "this is not gzip at all", encoded("gzip")) << 500;
}

// Reported as what it is, never as the server's message or a status code Qt made up.
void TestClientLimitFaults::compressedAnswersThatDoNotUnpack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    m_raw->setAnswer(orgConfigSuffix, { Act::Send, bytes });
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    const QString shown = shownText(outcome->error);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Undecodable);
    QCOMPARE(outcome->error.httpStatus, status);
    QVERIFY2(shown.contains(QLatin1String("could not be unpacked")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("code ")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("not gzip")), qPrintable(shown));
    QVERIFY(outcome->error.bodySummary.isEmpty());
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);

    // The check does not stand in the way of a server that compresses properly: a packed
    // answer is read, a packed error shows the server's words.
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(200, "application/json", gzipped(validConfigJson), encoded("gzip")));
    auto read = loadConfig();
    QVERIFY2(!read->error.isError(), qPrintable(shownText(read->error)));
    QCOMPARE(read->config.digitTokenLength, 6);
    const QByteArray error
        = R"({"detailCode":"500.0 Internal Fault","messages":[{"locale":"en-US","text":"Packed words."}]})";
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(500, "application/json", gzipped(error), encoded("gzip")));
    auto failed = loadConfig();
    QCOMPARE(failed->error.kind, ApiError::Kind::Http);
    QVERIFY2(shownText(failed->error).contains(QLatin1String("Packed words.")),
        qPrintable(shownText(failed->error)));
}

// A 429 whose body does not unpack: the status and Retry-After came whole, so the wait holds
// (the countdown keeps Retry back); the body is not read, and the words say why.
void TestClientLimitFaults::rateLimitThatDoesNotUnpackStillWaits()
{
    QList<QPair<QByteArray, QByteArray>> headers = encoded("gzip");
    headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7") });
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(429, "application/json", "this is not gzip at all", headers));
    auto outcome = loadConfig();
    QVERIFY(outcome->done);
    const QString shown = shownText(outcome->error);
    QVERIFY(outcome->error.isRateLimited());
    QCOMPARE(outcome->error.retryAfterSeconds, std::optional<int>(7));
    QVERIFY2(shown.contains(QLatin1String("did not unpack")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("not gzip")), qPrintable(shown));
    QVERIFY(outcome->error.bodySummary.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientLimitFaults)
#include "tst_clientlimitfaults.moc"
