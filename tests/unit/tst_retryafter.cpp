#include "retryafter.h"

#include <QTest>

using namespace Passdesk;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: refused
        QTest::addColumn<bool>("capped");
        QTest::newRow("seconds") << QByteArray("120") << 120 << false;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5 << false;
        QTest::newRow("zero") << QByteArray("0") << 0 << false;
        QTest::newRow("imf date") << QByteArray("Sun, 22 Nov 2026 12:01:00 GMT") << 60 << false;
        QTest::newRow("rfc850 date") << QByteArray("Sunday, 22-Nov-26 12:00:10 GMT") << 10 << false;
        QTest::newRow("asctime") << QByteArray("Sun Nov 22 12:00:20 2026") << 20 << false;
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0 << false;
        QTest::newRow("far date") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << maxRetryAfterSeconds << true;
        QTest::newRow("absurd") << QByteArray("999999999999999999999") << maxRetryAfterSeconds << true;
        QTest::newRow("over cap") << QByteArray("7200") << maxRetryAfterSeconds << true;
        QTest::newRow("negative") << QByteArray("-5") << -1 << false;
        QTest::newRow("garbage") << QByteArray("soon") << -1 << false;
        QTest::newRow("empty") << QByteArray() << -1 << false;
        QTest::newRow("fraction") << QByteArray("1.5") << -1 << false;
    }

    void parses()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QFETCH(bool, capped);
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        const auto parsed = parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->seconds, seconds);
        QCOMPARE(parsed->capped, capped);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
