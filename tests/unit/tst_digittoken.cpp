#include "digittoken.h"

#include <QTest>

using namespace Passdesk;

class TestDigitToken : public QObject
{
    Q_OBJECT

private slots:
    void stringTokenKeepsLeadingZeros()
    {
        QString error;
        const auto token = DigitToken::fromJson(R"({"digitToken":"00123456","requestId":"r-1"})", 8, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("00123456"));
        QCOMPARE(token->requestId, QStringLiteral("r-1"));
        QVERIFY(!token->repaired);
    }

    void eighteenDigitNumberIsExact()
    {
        QString error;
        const auto token = DigitToken::fromJson(R"({"digitToken":123456789012345678,"requestId":"r"})", 18, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("123456789012345678"));
        QVERIFY(token->repaired);
    }

    void numberIsPaddedToTheRequestedLength()
    {
        QString error;
        const auto token = DigitToken::fromJson(R"({"digitToken":9087713,"requestId":"e1267ecd"})", 8, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->digits, QStringLiteral("09087713"));
        QVERIFY(token->repaired);
        const auto unknownLength = DigitToken::fromJson(R"({"digitToken":9087713})", std::nullopt, &error);
        QCOMPARE(unknownLength->digits, QStringLiteral("9087713"));
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("exponent") << QByteArray(R"({"digitToken":1e5})");
        QTest::newRow("fraction") << QByteArray(R"({"digitToken":5.5})");
        QTest::newRow("letters") << QByteArray(R"({"digitToken":"12a4"})");
        QTest::newRow("empty") << QByteArray(R"({"digitToken":""})");
        QTest::newRow("negative") << QByteArray(R"({"digitToken":-123456})");
        QTest::newRow("null") << QByteArray(R"({"digitToken":null})");
        QTest::newRow("missing") << QByteArray(R"({"requestId":"r"})");
        QTest::newRow("array") << QByteArray(R"(["123456"])");
        QTest::newRow("not json") << QByteArray("123456");
        QTest::newRow("too long number") << QByteArray(R"({"digitToken":12345678901234567890123})");
    }

    void badTokensAreRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!DigitToken::fromJson(body, 6, &error));
        QVERIFY(!error.isEmpty());
    }

    void groupingForReadingAloud()
    {
        QCOMPARE(groupDigitsForReading(QStringLiteral("123456")), QStringLiteral("123 456"));
        QCOMPARE(groupDigitsForReading(QStringLiteral("1234567")), QStringLiteral("123 4567"));
        QCOMPARE(groupDigitsForReading(QStringLiteral("09087713")), QStringLiteral("0908 7713"));
        QCOMPARE(groupDigitsForReading(QStringLiteral("123456789")), QStringLiteral("123 456 789"));
        for (int length = 6; length <= 18; ++length) {
            const QString digits(length, u'7');
            const QString grouped = groupDigitsForReading(digits);
            QCOMPARE(QString(grouped).remove(u' '), digits);
            for (const QString &group : grouped.split(u' '))
                QVERIFY2(group.size() == 3 || group.size() == 4, qPrintable(grouped));
        }
    }

    void requestValidation()
    {
        DigitTokenRequest request;
        QVERIFY(!request.validationError().isEmpty());
        request.userId = QStringLiteral("Abby.Smith");
        QVERIFY(request.validationError().isEmpty());
        request.userId = QStringLiteral("abby\tsmith");
        QVERIFY(!request.validationError().isEmpty());
        request.userId = QString(129, u'a');
        QVERIFY(!request.validationError().isEmpty());
        request.userId = QStringLiteral("Abby.Smith");
        request.length = 5;
        QVERIFY(!request.validationError().isEmpty());
        request.length = 18;
        request.durationMinutes = 61;
        QVERIFY(!request.validationError().isEmpty());
        request.durationMinutes = 60;
        QVERIFY(request.validationError().isEmpty());
        const QJsonObject json = request.toJson();
        QCOMPARE(json.value(QLatin1String("userId")).toString(), QStringLiteral("Abby.Smith"));
        QCOMPARE(json.value(QLatin1String("length")).toInt(), 18);
        DigitTokenRequest minimal;
        minimal.userId = QStringLiteral("x");
        QCOMPARE(minimal.toJson().keys(), QStringList {QStringLiteral("userId")});
    }
};

QTEST_GUILESS_MAIN(TestDigitToken)
#include "tst_digittoken.moc"
