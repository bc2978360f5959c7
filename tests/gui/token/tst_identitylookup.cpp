// How the caller lookup paces its requests: the first lookup of a burst goes at once, text typed
// after it narrows the list shown and waits for a pause, and a text already answered is not asked
// again. Real HTTP to the sandbox over loopback.

#include "tokendialogharness.h"

#include <QSignalSpy>
#include <QTimer>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestIdentityLookup : public QObject, private TokenDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void firstLettersAreLookedUpAtOnce();
    void typingOnNarrowsTheListAndAsksAfterThePause();
    void aTextAlreadyAnsweredIsNotAskedAgain();
    void anOlderAnswerIsAskedForAgain();

private:
    IdentityLookup *lookup() { return m_dialog->findChild<IdentityLookup *>(); }
    QTimer *pause() { return lookup()->findChild<QTimer *>(); }
    int lookupsSeen()
    {
        return m_fixture->server.requestCount("GET", QStringLiteral("/public-identities"));
    }
    QStringList listed()
    {
        QStringList rows;
        const QAbstractItemModel *model = lookup()->suggestions()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0).data().toString());
        return rows;
    }
    // Types the first two letters and waits for their answer's list.
    void typeFirstLetters()
    {
        auto *lineEdit = find<QLineEdit>("userIdLineEdit");
        lineEdit->setFocus();
        QTest::keyClicks(lineEdit, QStringLiteral("Al"));
        QCOMPARE(lookup()->lookupCount(), 1); // sent with the second letter, not after a pause
        QVERIFY(!pause()->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(lookup()->suggestions()->isVisible(), waitMs);
        QCOMPARE(listed().size(), 2); // Alison Ferguson and Alison Fergus
    }
};

void TestIdentityLookup::firstLettersAreLookedUpAtOnce()
{
    start();
    typeFirstLetters();
    QCOMPARE(lookupsSeen(), 1);
}

void TestIdentityLookup::typingOnNarrowsTheListAndAsksAfterThePause()
{
    start();
    typeFirstLetters();
    QSignalSpy answered(lookup(), &IdentityLookup::answerListed);
    QTest::keyClicks(find<QLineEdit>("userIdLineEdit"), QStringLiteral("ison.Ferguso"));
    // At once, before any answer: the list narrowed to the one entry that may still match.
    QCOMPARE(listed().size(), 1);
    QVERIFY(listed().constFirst().contains(QLatin1String("Alison.Ferguson")));
    QVERIFY(lookup()->suggestions()->isVisible());
    QCOMPARE(lookup()->lookupCount(), 1);
    QVERIFY(pause()->isActive());
    // After the pause, one lookup for the whole text, and its answer is listed.
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, waitMs);
    QCOMPARE(answered.constFirst().constFirst().toString(), QStringLiteral("Alison.Ferguso"));
    QCOMPARE(lookupsSeen(), 2);
    QCOMPARE(listed().size(), 1);
    // A letter that no entry may match empties the list until the server says otherwise.
    QTest::keyClicks(find<QLineEdit>("userIdLineEdit"), QStringLiteral("q"));
    QVERIFY(!lookup()->suggestions()->isVisible());
}

void TestIdentityLookup::aTextAlreadyAnsweredIsNotAskedAgain()
{
    start();
    typeFirstLetters();
    auto *lineEdit = find<QLineEdit>("userIdLineEdit");
    QTest::keyClick(lineEdit, Qt::Key_X);
    QVERIFY(!lookup()->suggestions()->isVisible()); // nobody's name goes on "Alx"
    QTest::keyClick(lineEdit, Qt::Key_Backspace);
    QCOMPARE(listed().size(), 2); // back to the answered text: its list again
    QVERIFY(lookup()->suggestions()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!pause()->isActive(), waitMs);
    QCOMPARE(lookup()->lookupCount(), 1);
    QCOMPARE(lookupsSeen(), 1);
}

void TestIdentityLookup::anOlderAnswerIsAskedForAgain()
{
    start();
    lookup()->setAnswerKeptMs(0); // every answer is old at once
    typeFirstLetters();
    auto *lineEdit = find<QLineEdit>("userIdLineEdit");
    QTest::keyClick(lineEdit, Qt::Key_X);
    QTest::keyClick(lineEdit, Qt::Key_Backspace);
    QCOMPARE(listed().size(), 2); // the old answer is shown meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(lookupsSeen(), 2, waitMs); // and asked for again after the pause
}

QTEST_MAIN(TestIdentityLookup)
#include "tst_identitylookup.moc"
