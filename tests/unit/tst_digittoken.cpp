// Digit tokens: exact parsing of string and numeric tokens, request validation, grouping.

#include "core/model/digittoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVariant>

using namespace Passdesk;

class TestDigitToken : public QObject
{
    Q_OBJECT

private slots:
    void qtKeepsLargeIntegersExact()
    {
        // The numeric path relies on this: an 18-digit integer survives Qt's parser exactly.
        const QJsonValue value = QJsonDocument::fromJson(R"({"digitToken":123456789012345678})")
                                     .object()
                                     .value(QLatin1String("digitToken"));
        QVERIFY(value.isDouble());
        QCOMPARE(value.toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(value.toInteger(), Q_INT64_C(123456789012345678));
    }

    void stringTokenKeepsLeadingZeros()
    {
        QString error;
        const auto token
            = DigitToken::fromJson(R"({"digitToken":"00123456","requestId":"r-1"})", 8, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("00123456"));
        QCOMPARE(token->requestId, QStringLiteral("r-1"));
        QVERIFY(!token->sentAsNumber);
        QCOMPARE(token->restoredZeros, 0);
        QVERIFY(!token->lengthDiffers());
    }

    void shortStringTokenIsNotPadded()
    {
        // A string is what the server meant; only a number can have lost its zeros.
        QString error;
        const auto token = DigitToken::fromJson(R"({"digitToken":"12345"})", 8, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("12345"));
        QVERIFY(!token->sentAsNumber);
        QCOMPARE(token->restoredZeros, 0);
        QVERIFY(token->lengthDiffers()); // and the agent is told so
        QVERIFY(token->requestId.isEmpty());
    }

    void eighteenDigitNumberIsExact()
    {
        QString error;
        const auto token = DigitToken::fromJson(
            R"({"digitToken":123456789012345678,"requestId":"r"})", 18, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("123456789012345678"));
        QVERIFY(token->sentAsNumber);
        QCOMPARE(token->restoredZeros, 0);
    }

    void numberIsPaddedToTheRequestedLength()
    {
        QString error;
        const auto token = DigitToken::fromJson(
            R"({"digitToken":9087713,"requestId":"e1267ecd-fcd9-4c73-9c55-12555efad136"})", 8,
            &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("09087713"));
        QCOMPARE(token->requestId, QStringLiteral("e1267ecd-fcd9-4c73-9c55-12555efad136"));
        QVERIFY(token->sentAsNumber);
        QCOMPARE(token->restoredZeros, 1);
        QVERIFY(!token->lengthDiffers()); // padded to the asked length

        const auto unknownLength
            = DigitToken::fromJson(R"({"digitToken":9087713})", std::nullopt, &error);
        QVERIFY2(unknownLength, qPrintable(error));
        QCOMPARE(unknownLength->digits, QStringLiteral("9087713"));
        QVERIFY(unknownLength->sentAsNumber);
        QCOMPARE(unknownLength->restoredZeros, 0);
        QVERIFY(!unknownLength->lengthDiffers()); // nothing was asked

        const auto spaced
            = DigitToken::fromJson("{ \"requestId\" : 7,\n \"digitToken\" :\t42 }", 6, &error);
        QVERIFY2(spaced, qPrintable(error));
        QCOMPARE(spaced->digits, QStringLiteral("000042"));
        QVERIFY(spaced->requestId.isEmpty()); // not a string
    }

    // A token of another length than asked is flagged; zeros count as restored only when a
    // number shorter than asked was padded (issue 23).
    void lengthAndRestoredZerosFollowTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("asked");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("restoredZeros");
        QTest::addColumn<bool>("lengthDiffers");
        QTest::newRow("short string") << QByteArray(R"({"digitToken":"1234"})") << 8
                                      << QStringLiteral("1234") << 0 << true;
        QTest::newRow("long string") << QByteArray(R"({"digitToken":"123456789012"})") << 8
                                     << QStringLiteral("123456789012") << 0 << true;
        QTest::newRow("exact string") << QByteArray(R"({"digitToken":"12345678"})") << 8
                                      << QStringLiteral("12345678") << 0 << false;
        QTest::newRow("long number") << QByteArray(R"({"digitToken":123456789012})") << 8
                                     << QStringLiteral("123456789012") << 0 << true;
        QTest::newRow("exact number") << QByteArray(R"({"digitToken":12345678})") << 8
                                      << QStringLiteral("12345678") << 0 << false;
        QTest::newRow("short number") << QByteArray(R"({"digitToken":345678})") << 8
                                      << QStringLiteral("00345678") << 2 << false;
        QTest::newRow("zero") << QByteArray(R"({"digitToken":0})") << 6 << QStringLiteral("000000")
                              << 5 << false;
    }

    void lengthAndRestoredZerosFollowTheAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, asked);
        QString error;
        const auto token = DigitToken::fromJson(body, asked, &error);
        QVERIFY2(token, qPrintable(error));
        QTEST(token->digits, "digits");
        QTEST(token->restoredZeros, "restoredZeros");
        QTEST(token->lengthDiffers(), "lengthDiffers");
        QCOMPARE(token->askedLength, std::optional<int>(asked));
    }

    void nestedKeysDoNotVouchForTheToken()
    {
        // Only the top-level literal counts: here it is 1e5, whatever the nested one says.
        QString error;
        QVERIFY(
            !DigitToken::fromJson(R"({"meta":{"digitToken":100000},"digitToken":1e5})", 6, &error));
        const auto token = DigitToken::fromJson("{\"note\":\"\\\"digitToken\\\":1e5\",\"meta\":[{"
                                                "\"digitToken\":1}],\"digitToken\":100000}",
            6, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("100000"));
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("exponent") << QByteArray(R"({"digitToken":1e5})");
        QTest::newRow("upper exponent") << QByteArray(R"({"digitToken":1E6})");
        QTest::newRow("integral fraction") << QByteArray(R"({"digitToken":100000.0})");
        QTest::newRow("fraction") << QByteArray(R"({"digitToken":5.5})");
        QTest::newRow("letters") << QByteArray(R"({"digitToken":"12a4"})");
        QTest::newRow("spaces in string") << QByteArray(R"({"digitToken":"123 456"})");
        QTest::newRow("non-ascii digits")
            << QByteArray("{\"digitToken\":\"\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\"}");
        QTest::newRow("empty") << QByteArray(R"({"digitToken":""})");
        QTest::newRow("negative") << QByteArray(R"({"digitToken":-123456})");
        QTest::newRow("negative zero") << QByteArray(R"({"digitToken":-0})");
        QTest::newRow("null") << QByteArray(R"({"digitToken":null})");
        QTest::newRow("bool") << QByteArray(R"({"digitToken":true})");
        QTest::newRow("object") << QByteArray(R"({"digitToken":{"value":"123456"}})");
        QTest::newRow("missing") << QByteArray(R"({"requestId":"r"})");
        QTest::newRow("array") << QByteArray(R"(["123456"])");
        QTest::newRow("not json") << QByteArray("123456");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("19 digits") << QByteArray(R"({"digitToken":1234567890123456789})");
        QTest::newRow("19-digit string") << QByteArray(R"({"digitToken":"1234567890123456789"})");
        QTest::newRow("beyond int64") << QByteArray(R"({"digitToken":12345678901234567890123})");
    }

    void badTokensAreRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!DigitToken::fromJson(body, 6, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DigitToken::fromJson(body, 6, nullptr)); // no error pointer: still refused
    }

    void groupingForReadingAloud_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("grouped");
        const QString all = QStringLiteral("123456789012345678");
        const char *expected[] = {
            "123 456", // 6
            "123 4567", // 7
            "1234 5678", // 8
            "123 456 789", // 9
            "123 456 7890", // 10
            "123 4567 8901", // 11
            "1234 5678 9012", // 12
            "123 456 789 0123", // 13
            "123 456 7890 1234", // 14
            "123 456 789 012 345", // 15
            "1234 5678 9012 3456", // 16
            "123 456 789 0123 4567", // 17
            "123 456 789 012 345 678", // 18
        };
        for (int length = 6; length <= 18; ++length)
            QTest::addRow("%d digits", length)
                << all.left(length) << QString::fromLatin1(expected[length - 6]);
        QTest::newRow("leading zeros") << QStringLiteral("09087713") << QStringLiteral("0908 7713");
        QTest::newRow("too short stays whole")
            << QStringLiteral("12345") << QStringLiteral("12345");
        QTest::newRow("empty") << QString() << QString();
    }

    void groupingForReadingAloud()
    {
        QFETCH(QString, digits);
        QFETCH(QString, grouped);
        const QString actual = groupDigitsForReading(digits);
        QCOMPARE(actual, grouped);
        QCOMPARE(QString(actual).remove(u' '), digits);
        if (digits.size() >= 6) {
            for (const QString &group : actual.split(u' '))
                QVERIFY2(group.size() == 3 || group.size() == 4, qPrintable(actual));
        }
    }

    void requestValidation_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("length"); // 0: not set
        QTest::addColumn<int>("duration"); // 0: not set
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Abby.Smith") << 0 << 0 << true;
        QTest::newRow("limits low") << QStringLiteral("Abby.Smith") << 6 << 1 << true;
        QTest::newRow("limits high") << QStringLiteral("Abby.Smith") << 18 << 60 << true;
        QTest::newRow("128 chars") << QString(128, u'a') << 0 << 0 << true;
        QTest::newRow("non-latin") << QStringLiteral("müller.jörg") << 0 << 0 << true;
        QTest::newRow("empty") << QString() << 0 << 0 << false;
        QTest::newRow("whitespace") << QStringLiteral(" \t ") << 0 << 0 << false;
        QTest::newRow("129 chars") << QString(129, u'a') << 0 << 0 << false;
        QTest::newRow("tab") << QStringLiteral("abby\tsmith") << 0 << 0 << false;
        QTest::newRow("newline") << QStringLiteral("abby\n") << 0 << 0 << false;
        QTest::newRow("nul") << QString(QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("by"))
                             << 0 << 0 << false;
        QTest::newRow("zero width space") << QStringLiteral("abby\u200B.smith") << 0 << 0 << false;
        QTest::newRow("bidi override") << QStringLiteral("\u202Eabby") << 0 << 0 << false;
        QTest::newRow("line separator") << QStringLiteral("abby\u2028") << 0 << 0 << false;
        QTest::newRow("length 5") << QStringLiteral("Abby.Smith") << 5 << 0 << false;
        QTest::newRow("length 19") << QStringLiteral("Abby.Smith") << 19 << 0 << false;
        QTest::newRow("duration 0") << QStringLiteral("Abby.Smith") << 0 << -1 << false;
        QTest::newRow("duration 61") << QStringLiteral("Abby.Smith") << 0 << 61 << false;
    }

    void requestValidation()
    {
        QFETCH(QString, userId);
        QFETCH(int, length);
        QFETCH(int, duration);
        QFETCH(bool, valid);
        DigitTokenRequest request;
        request.userId = userId;
        if (length != 0)
            request.length = length;
        if (duration != 0)
            request.durationMinutes = duration < 0 ? 0 : duration;
        QCOMPARE(request.validationError().isEmpty(), valid);
    }

    void requestJsonHasOnlyWhatIsSet()
    {
        DigitTokenRequest request;
        request.userId = QStringLiteral("Abby.Smith");
        QCOMPARE(request.toJson(),
            QJsonObject({ { QStringLiteral("userId"), QStringLiteral("Abby.Smith") } }));
        request.length = 8;
        request.durationMinutes = 5;
        const QJsonObject json = request.toJson();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.value(QLatin1String("length")).toInt(), 8);
        QCOMPARE(json.value(QLatin1String("durationMinutes")).toInt(), 5);
        QVERIFY(json.value(QLatin1String("length")).isDouble()); // a JSON number, not a string
    }
};

QTEST_APPLESS_MAIN(TestDigitToken)
#include "tst_digittoken.moc"
