#include "tokenhistory.h"

#include <QTest>

using namespace Passdesk;

class TestTokenHistory : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithLiveAndExpiredStatus()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        TokenHistory history;
        history.setClock([&now] { return now; });
        history.add({now, QStringLiteral("Abby.Smith"), QStringLiteral("req-1"), 8, 5, now.addSecs(300)});
        history.add({now, QStringLiteral("Chen.Wei"), QStringLiteral("req-2"), 6, 1, now.addSecs(60)});
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.data(history.index(0, TokenHistory::UserColumn)).toString(), QStringLiteral("Chen.Wei"));
        QCOMPARE(history.data(history.index(0, TokenHistory::StatusColumn)).toString(), QStringLiteral("Live"));
        now = now.addSecs(120);
        QCOMPARE(history.data(history.index(0, TokenHistory::StatusColumn)).toString(), QStringLiteral("Expired"));
        QCOMPARE(history.data(history.index(1, TokenHistory::StatusColumn)).toString(), QStringLiteral("Live"));
    }

    void csvQuotesAndUsesIsoTimes()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        TokenHistory history;
        history.setClock([now] { return now; });
        history.add({now, QStringLiteral("odd,\"user\""), QStringLiteral("req-1"), 8, 5, now.addSecs(300)});
        const QStringList lines = history.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("generated_utc,user,request_id,length,duration_minutes,expires_utc,status"));
        QCOMPARE(lines.at(1), QStringLiteral("2026-11-22T10:00:00Z,\"odd,\"\"user\"\"\",req-1,8,5,2026-11-22T10:05:00Z,live"));
        QVERIFY(history.toText().startsWith(QStringLiteral("Generated\tUser\tRequest ID\tExpires\tStatus\n")));
    }
};

QTEST_GUILESS_MAIN(TestTokenHistory)
#include "tst_tokenhistory.moc"
