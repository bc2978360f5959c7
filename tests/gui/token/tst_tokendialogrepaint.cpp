// What a new token and each countdown second cost the screen: only the lines that changed are
// painted again (not the inputs), the history is sized when it comes into view,
// and the self-painting token lines still show all of their text.

#include "eventcounter.h"
#include "plainlineslabel.h"
#include "tokendialogharness.h"
#include "tokendigitslabel.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

namespace {
EventCounter *countPaints(QWidget *widget)
{
    return new EventCounter(widget, QEvent::Paint);
}
} // namespace

class TestTokenDialogRepaint : public QObject, private TokenDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void newTokenRepaintsOnlyTheTokenLines();
    void countdownSecondRepaintsOnlyItsLine();
    void historyColumnsFitWhenTheHistoryIsShown();
    void digitsLabelMakesRoomForLongerText();
    void detailLinesAreShownWholeAndSelectable();

private:
    void startActive();
    void waitForPendingPaints();
    QList<EventCounter *> countInputPaints();
};

// The dialog as the agent has it: active, so focus moves as it does on a desktop (a token takes
// it from the user field, whose blinking cursor would otherwise repaint it).
void TestTokenDialogRepaint::startActive()
{
    start();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

// Layouts and repaints are batched and sent a little later (the box that opened for the first
// token, a cursor that stopped blinking): once the layout requests are through and a fresh
// repaint of one label has arrived, everything dirtied before is painted, and what is counted
// afterwards is the next action's.
void TestTokenDialogRepaint::waitForPendingPaints()
{
    // Layout requests travel up one level per event: the last token's may still be on its way.
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *digits = find<QLabel>("tokenDigitsLabel");
    auto *probe = countPaints(digits);
    digits->update();
    QTRY_VERIFY(probe->count > 0);
    delete probe;
}

QList<EventCounter *> TestTokenDialogRepaint::countInputPaints()
{
    return { countPaints(find<QLineEdit>("userIdLineEdit")),
        countPaints(find<QSpinBox>("tokenLengthSpinBox")),
        countPaints(find<QSpinBox>("tokenDurationSpinBox")),
        countPaints(find<QCheckBox>("callerVerifiedCheckBox")) };
}

void TestTokenDialogRepaint::newTokenRepaintsOnlyTheTokenLines()
{
    startActive();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait(); // the first token opens the box: the dialog grows for it
    QVERIFY(!shownDigits().isEmpty());
    QTRY_VERIFY(find<QLabel>("tokenDigitsLabel")->hasFocus());
    waitForPendingPaints();
    const QList<EventCounter *> inputs = countInputPaints();
    auto *digits = countPaints(find<QLabel>("tokenDigitsLabel"));
    auto *details = countPaints(find<QLabel>("tokenDetailsLabel"));

    m_now = m_now.addSecs(7); // another moment: new times in the details
    generateAndWait();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("POST", digitPath), 2, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !shownDigits().isEmpty() && digits->count > 0 && details->count > 0, waitMs);
    QCOMPARE(m_history->rowCount(), 2);
    for (const EventCounter *input : inputs)
        QVERIFY2(input->count == 0, qPrintable(input->parent()->objectName()));
}

void TestTokenDialogRepaint::countdownSecondRepaintsOnlyItsLine()
{
    startActive();
    fillRequest(QStringLiteral("Abby.Smith"), 8, 5);
    generateAndWait();
    QTRY_VERIFY(find<QLabel>("tokenDigitsLabel")->hasFocus());
    auto *expiry = find<QLabel>("tokenExpiryLabel");
    QVERIFY(expiry->text().contains(QLatin1String("5:00")));
    waitForPendingPaints();
    const QList<EventCounter *> inputs = countInputPaints();
    auto *details = countPaints(find<QLabel>("tokenDetailsLabel"));
    auto *expiryPaints = countPaints(expiry);

    m_now = m_now.addSecs(1); // the next tick of the countdown shows 4:59
    QTRY_VERIFY_WITH_TIMEOUT(expiry->text().contains(QLatin1String("4:59")), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(expiryPaints->count > 0, waitMs);
    QCOMPARE(details->count, 0);
    for (const EventCounter *input : inputs)
        QVERIFY2(input->count == 0, qPrintable(input->parent()->objectName()));
}

void TestTokenDialogRepaint::historyColumnsFitWhenTheHistoryIsShown()
{
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    generateAndWait();
    QTRY_COMPARE_WITH_TIMEOUT(m_history->rowCount(), 2, waitMs);

    find<QTabWidget>("tokenTabWidget")->setCurrentWidget(find<QWidget>("historyTab"));
    auto *view = find<QTableView>("tokenHistoryTableView");
    QTRY_VERIFY(view->isVisible());
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < m_history->columnCount() - 1; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(QString::number(column)));
        for (int row = 0; row < m_history->rowCount(); ++row) {
            QVERIFY2(header->sectionSize(column)
                    >= view->sizeHintForIndex(m_history->index(row, column)).width(),
                qPrintable(QStringLiteral("row %1, column %2").arg(row).arg(column)));
        }
    }
}

void TestTokenDialogRepaint::digitsLabelMakesRoomForLongerText()
{
    TokenDigitsLabel label;
    label.showText(groupDigitsForReading(QStringLiteral("123456789012345678")));
    const QSize tokenSize = label.size();
    const QFontMetrics metrics(label.font());
    QVERIFY(tokenSize.width() >= metrics.horizontalAdvance(label.text()));
    QVERIFY(tokenSize.height() >= metrics.height());

    // A wider text (an expiry notice in a long language) gets room, and gives it back.
    const QString wide = QStringLiteral("Abgelaufen – dieses Token gilt nicht mehr");
    label.showText(wide);
    QVERIFY(label.width() >= metrics.horizontalAdvance(wide));
    label.showText(groupDigitsForReading(QStringLiteral("000123")));
    QCOMPARE(label.size(), tokenSize); // every token fits the room of the longest
}

void TestTokenDialogRepaint::detailLinesAreShownWholeAndSelectable()
{
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    auto *details = find<PlainLinesLabel>("tokenDetailsLabel");
    const QStringList lines = details->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6);
    const QFontMetricsF metrics(details->font());
    for (const QString &line : lines)
        QVERIFY2(details->width() >= metrics.horizontalAdvance(line), qPrintable(line));
    QVERIFY(details->height() >= lines.size() * metrics.height());

    // Still a selectable label: the request ID can be picked out for a ticket.
    const qsizetype at = details->text().indexOf(m_history->entries().first().requestId);
    QVERIFY(at > 0);
    details->setSelection(int(at), int(m_history->entries().first().requestId.size()));
    QCOMPARE(details->selectedText(), m_history->entries().first().requestId);
    QVERIFY(!details->grab().isNull());
}

QTEST_MAIN(TestTokenDialogRepaint)
#include "tst_tokendialogrepaint.moc"
