// Retry-After: delta-seconds and the three HTTP date forms, capping, refusals.

#include "core/model/retryafter.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <cstdlib>
#include <ctime>

using namespace Passdesk;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
}

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
        QTest::newRow("tabs") << QByteArray("\t30\t") << 30 << false;
        QTest::newRow("zero") << QByteArray("0") << 0 << false;
        QTest::newRow("leading zeros") << QByteArray("0005") << 5 << false;
        QTest::newRow("many leading zeros") << QByteArray("000000000000000000030") << 30 << false;
        QTest::newRow("at cap") << QByteArray("3600") << 3600 << false;
        QTest::newRow("over cap") << QByteArray("3601") << maxRetryAfterSeconds << true;
        QTest::newRow("int max") << QByteArray("2147483647") << maxRetryAfterSeconds << true;
        QTest::newRow("past int max") << QByteArray("2147483648") << maxRetryAfterSeconds << true;
        QTest::newRow("absurd") << QByteArray("999999999999999999999999999999")
                                << maxRetryAfterSeconds << true;
        QTest::newRow("imf date") << QByteArray("Sun, 22 Nov 2026 12:01:00 GMT") << 60 << false;
        QTest::newRow("imf date extra spaces")
            << QByteArray("Sun,  22 Nov 2026  12:00:05 GMT") << 5 << false;
        QTest::newRow("rfc850 date") << QByteArray("Sunday, 22-Nov-26 12:00:10 GMT") << 10 << false;
        QTest::newRow("asctime") << QByteArray("Sun Nov 22 12:00:20 2026") << 20 << false;
        QTest::newRow("asctime one-digit day")
            << QByteArray("Tue Dec  1 12:00:00 2026") << maxRetryAfterSeconds << true;
        QTest::newRow("now") << QByteArray("Sun, 22 Nov 2026 12:00:00 GMT") << 0 << false;
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0 << false;
        QTest::newRow("past rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << 0 << false;
        QTest::newRow("past asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << 0 << false;
        QTest::newRow("far date") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT")
                                  << maxRetryAfterSeconds << true;
        QTest::newRow("negative") << QByteArray("-5") << -1 << false;
        QTest::newRow("plus sign") << QByteArray("+5") << -1 << false;
        QTest::newRow("fraction") << QByteArray("1.5") << -1 << false;
        QTest::newRow("unit") << QByteArray("5s") << -1 << false;
        QTest::newRow("two numbers") << QByteArray("5 6") << -1 << false;
        QTest::newRow("garbage") << QByteArray("soon") << -1 << false;
        QTest::newRow("empty") << QByteArray() << -1 << false;
        QTest::newRow("blank") << QByteArray("   ") << -1 << false;
        QTest::newRow("not gmt") << QByteArray("Sun, 22 Nov 2026 12:01:00 CET") << -1 << false;
        QTest::newRow("bad day") << QByteArray("Sun, 32 Nov 2026 12:01:00 GMT") << -1 << false;
        QTest::newRow("bad hour") << QByteArray("Sun, 22 Nov 2026 25:01:00 GMT") << -1 << false;
        QTest::newRow("bad month") << QByteArray("Sun, 22 Foo 2026 12:01:00 GMT") << -1 << false;
        QTest::newRow("no weekday") << QByteArray("22 Nov 2026 12:01:00 GMT") << -1 << false;
    }

    void parses()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QFETCH(bool, capped);
        const auto parsed = parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY2(!parsed, parsed ? qPrintable(QString::number(parsed->seconds)) : "");
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->seconds, seconds);
        QCOMPARE(parsed->capped, capped);
    }

    void datesAreGmtWhateverTheLocalZone()
    {
        // 02:30 does not exist in Berlin on 29 March 2026; as GMT it is an ordinary time.
        const QByteArray savedZone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const QDateTime before(QDate(2026, 3, 29), QTime(2, 0), QTimeZone::utc());
        const auto parsed = parseRetryAfter("Sun, 29 Mar 2026 02:30:00 GMT", before);
        if (savedZone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", savedZone);
        tzset();
        QVERIFY(parsed);
        QCOMPARE(parsed->seconds, 1800);
    }

    void nowDefaultsToTheCurrentTime()
    {
        const QByteArray soon = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        const auto parsed = parseRetryAfter(soon);
        QVERIFY(parsed);
        QVERIFY2(parsed->seconds > 100 && parsed->seconds <= 120,
            qPrintable(QString::number(parsed->seconds)));
    }
};

QTEST_APPLESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
