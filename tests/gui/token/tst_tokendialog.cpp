// The digit token dialog against the sandbox tenant, driven like a helpdesk agent would:
// finding the caller, generating, reading out, copying, expiry and the session history.

#include "tokendialogharness.h"

#include "secretclipboard.h"

#include <QListView>
#include <QFile>
#include <QFileDialog>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

class TestTokenDialog : public QObject, private TokenDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void lookupByNamePicksTheAlias();
    void lookupByEmailPicksTheAlias();
    void inactiveIdentityIsMarked();
    void tokenHasRequestedLengthWithLeadingZeros();
    void numericTokenIsPaddedAndMarkedRepaired();
    void shortStringTokenWarnsAboutItsLength();
    void longNumericTokenWarnsAndRestoresNoZeros();
    void doubleClickSendsOneRequest();
    void clipboardIsClearedAfterTheTimeout();
    void clipboardIsKeptWhenTheUserCopiedSomethingElse();
    void secretClipboardClearsWhenItGoes();
    void countdownHidesTheTokenAtExpiry();
    void historyHoldsRequestIdButNeverTheDigits();
    void cancelAbortsTheRequest();
    void slowAnswerShowsBusyAndHidesTheOldToken();
    void wholeFlowWorksFromTheKeyboard();
    void historyIsSavedAsCsvThroughTheFileDialog();
    void closingWipesTheDigits();
};

void TestTokenDialog::lookupByNamePicksTheAlias()
{
    start();
    pick(QStringLiteral("Alison"), QStringLiteral("Alison.Fergus"));
    QVERIFY(find<QLabel>("identityDetailsLabel")->text().contains(QLatin1String("Alison Fergus")));
    // One lookup, for the first two letters, sent as they were typed: its list, narrowed to
    // "Alison", offered the entry before any pause, and picking it made a second lookup needless.
    QCOMPARE(m_fixture->server.requestCount("GET", QStringLiteral("/public-identities")), 1);
    const auto lookup = m_fixture->server.requests().last();
    QVERIFY(lookup.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded).contains(QLatin1String("firstname sw \"Al\"")));
}

void TestTokenDialog::lookupByEmailPicksTheAlias()
{
    start();
    pick(QStringLiteral("dana.oka"), QStringLiteral("Dana.Okafor"));
    // Debounced: typing eight letters did not send eight lookups.
    QVERIFY(m_fixture->server.requestCount("GET", QStringLiteral("/public-identities")) <= 2);
}

void TestTokenDialog::inactiveIdentityIsMarked()
{
    start();
    pick(QStringLiteral("Bruno"), QStringLiteral("Bruno.Keller"));
    QVERIFY(find<QLabel>("identityDetailsLabel")->text().contains(QLatin1String("inactive")));
}

void TestTokenDialog::tokenHasRequestedLengthWithLeadingZeros()
{
    start();
    m_fixture->server.setNextDigitToken(QStringLiteral("0012345678"));
    fillRequest(QStringLiteral("Abby.Smith"), 10);
    generateAndWait();
    QCOMPARE(shownDigits(), QStringLiteral("0012345678"));
    QCOMPARE(find<QLabel>("tokenDigitsLabel")->text(), groupDigitsForReading(QStringLiteral("0012345678")));
    const auto sent = m_fixture->server.requests().last();
    QVERIFY(sent.path.endsWith(digitPath));
    QCOMPARE(sent.headers.value("x-sailpoint-experimental"), QByteArray("true")); // v2025 is versioned
    QVERIFY(sent.body.contains("\"userId\":\"Abby.Smith\""));
    QVERIFY(!find<QLabel>("tokenRepairedLabel")->isVisible());
    QVERIFY(!find<QLabel>("tokenLengthWarningLabel")->isVisible());
    QVERIFY(find<QLabel>("tokenDigitsLabel")->font().styleHint() == QFont::Monospace
            || find<QLabel>("tokenDigitsLabel")->styleSheet().contains(QLatin1String("monospace")));
}

void TestTokenDialog::numericTokenIsPaddedAndMarkedRepaired()
{
    start();
    m_fixture->server.setNumericDigitToken(true);
    m_fixture->server.setNextDigitToken(QStringLiteral("0098765432"));
    fillRequest(QStringLiteral("Abby.Smith"), 10);
    generateAndWait();
    QCOMPARE(shownDigits(), QStringLiteral("0098765432"));
    QVERIFY(find<QLabel>("tokenRepairedLabel")->isVisible());
    QVERIFY(!find<QLabel>("tokenLengthWarningLabel")->isVisible()); // padded to the asked 10
}

void TestTokenDialog::shortStringTokenWarnsAboutItsLength()
{
    // Issue 23: "1234" when 8 digits were asked is not read out as if it were a token.
    start();
    m_fixture->server.setNextDigitToken(QStringLiteral("1234"));
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QCOMPARE(shownDigits(), QStringLiteral("1234"));
    auto *warning = find<QLabel>("tokenLengthWarningLabel");
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    // "digit(s)" until the English plural forms are loaded.
    QVERIFY2(warning->text().startsWith(QLatin1String("The server sent 4 digit"))
            && warning->text().endsWith(
                QLatin1String(" although 8 were asked for. Check before reading it out.")),
        qPrintable(warning->text()));
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    QVERIFY(!find<QLabel>("tokenRepairedLabel")->isVisible()); // a string: no zeros restored

    // The next token of the asked length takes the warning away.
    m_fixture->server.setNextDigitToken(QStringLiteral("12345678"));
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QTRY_COMPARE(shownDigits(), QStringLiteral("12345678"));
    QVERIFY(!warning->isVisible());
}

void TestTokenDialog::longNumericTokenWarnsAndRestoresNoZeros()
{
    // Issue 23: a 12-digit number when 8 were asked was said to have "restored its leading
    // zeros" although none were.
    start();
    m_fixture->server.setNumericDigitToken(true);
    m_fixture->server.setNextDigitToken(QStringLiteral("123456789012"));
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QCOMPARE(shownDigits(), QStringLiteral("123456789012"));
    QVERIFY(!find<QLabel>("tokenRepairedLabel")->isVisible());
    auto *warning = find<QLabel>("tokenLengthWarningLabel");
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(QLatin1String("The server sent 12 digit"))
            && warning->text().contains(QLatin1String(" although 8 were asked for.")),
        qPrintable(warning->text()));
}

void TestTokenDialog::doubleClickSendsOneRequest()
{
    start();
    m_fixture->server.setResponseDelay(300ms);
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    QTest::mouseDClick(find<QPushButton>("generateButton"), Qt::LeftButton);
    find<QPushButton>("generateButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("tokenGroupBox")->isVisible(), waitMs);
    QCOMPARE(m_fixture->server.requestCount("POST", digitPath), 1);
    QCOMPARE(m_history->rowCount(), 1);
}

void TestTokenDialog::clipboardIsClearedAfterTheTimeout()
{
    m_fixture->settings.setClipboardClearSeconds(1);
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    const QString digits = shownDigits();
    find<QPushButton>("tokenCopyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), digits);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
}

void TestTokenDialog::clipboardIsKeptWhenTheUserCopiedSomethingElse()
{
    m_fixture->settings.setClipboardClearSeconds(1);
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    find<QPushButton>("tokenCopyButton")->click();
    auto *clipboard = m_dialog->findChild<SecretClipboard *>();
    QVERIFY(clipboard);
    QSignalSpy cleared(clipboard, &SecretClipboard::cleared);
    QGuiApplication::clipboard()->setText(QStringLiteral("the agent's own note"));
    QVERIFY(cleared.wait(5000));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the agent's own note"));
}

void TestTokenDialog::countdownHidesTheTokenAtExpiry()
{
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 6, 1);
    generateAndWait();
    QVERIFY(find<QLabel>("tokenExpiryLabel")->text().contains(QLatin1String("1:00")));
    QCOMPARE(m_history->data(m_history->index(0, TokenHistory::StatusColumn)).toString(), QStringLiteral("Live"));
    m_now = m_now.addSecs(61);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("tokenDigitsLabel")->text(), QStringLiteral("Expired"), 5000);
    QVERIFY(find<QLabel>("tokenExpiryLabel")->text().contains(QLatin1String("expired")));
    QVERIFY(!find<QPushButton>("tokenCopyButton")->isEnabled());
    QCOMPARE(m_history->data(m_history->index(0, TokenHistory::StatusColumn)).toString(), QStringLiteral("Expired"));
}

void TestTokenDialog::historyHoldsRequestIdButNeverTheDigits()
{
    start();
    const QString digits = QStringLiteral("918273645546372819");
    m_fixture->server.setNextDigitToken(digits);
    fillRequest(QStringLiteral("Abby.Smith"), 18);
    generateAndWait();
    QCOMPARE(shownDigits(), digits);
    QCOMPARE(m_history->rowCount(), 1);
    const QString requestId = m_history->entries().first().requestId;
    QVERIFY(!requestId.isEmpty());
    QVERIFY(m_history->toText().contains(requestId));
    QVERIFY(m_history->toCsv().contains(requestId));
    QVERIFY(!m_history->toText().contains(digits));
    QVERIFY(!m_history->toCsv().contains(digits));
    for (int column = 0; column < m_history->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            QVERIFY(!m_history->data(m_history->index(0, column), role).toString().contains(digits));
    }
    find<QPushButton>("historyCopyButton")->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(requestId));
}

void TestTokenDialog::cancelAbortsTheRequest()
{
    start();
    m_fixture->server.setResponseDelay(3s);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    find<QPushButton>("generateButton")->click();
    // Cancel comes once the answer is slow (TokenDialog::busyDelayMs).
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("cancelButton")->isEnabled(), waitMs);
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    find<QPushButton>("cancelButton")->click();
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!find<QWidget>("tokenGroupBox")->isVisible());
    QVERIFY(!find<ErrorView>("tokenErrorView")->hasError());
    QCOMPARE(m_history->rowCount(), 0);
}

void TestTokenDialog::slowAnswerShowsBusyAndHidesTheOldToken()
{
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QCOMPARE(shownDigits().size(), 8);
    auto *progress = find<QWidget>("tokenProgressBar");
    QVERIFY(!progress->isVisible());

    const QString oldDigits = shownDigits();
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    m_fixture->server.setResponseDelay(1500ms);
    find<QPushButton>("generateButton")->click();
    // Passdesk's copy of the old token goes at once: Copy has nothing to copy now. A second
    // request is refused.
    find<QPushButton>("tokenCopyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    find<QPushButton>("generateButton")->click();
    QVERIFY(find<QLineEdit>("userIdLineEdit")->isEnabled()); // the inputs stay as they are
    // Until TokenDialog::busyDelayMs nothing else changes (most answers come before it and
    // replace the old digits in one paint)...
    QCOMPARE(shownDigits(), oldDigits);
    QVERIFY(!progress->isVisible());
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    // ...then the dialog says it is waiting, drops the old token, and offers Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), waitMs);
    QVERIFY(shownDigits().isEmpty());
    QVERIFY(!find<QWidget>("tokenGroupBox")->isVisible());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("tokenGroupBox")->isVisible(), waitMs);
    QVERIFY(!progress->isVisible());
    QCOMPARE(shownDigits().size(), 8);
    QCOMPARE(m_fixture->server.requestCount("POST", digitPath), 2);
    QCOMPARE(m_history->rowCount(), 2);
}

void TestTokenDialog::wholeFlowWorksFromTheKeyboard()
{
    start();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *lineEdit = find<QLineEdit>("userIdLineEdit");
    QVERIFY(lineEdit->hasFocus());
    QTest::keyClicks(lineEdit, QStringLiteral("Hiro"));
    QAbstractItemView *popup = m_dialog->findChild<IdentityLookup *>()->suggestions();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), waitMs);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(lineEdit->text(), QStringLiteral("Hiro.Tanaka"));
    QTest::keyClick(lineEdit, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>("callerVerifiedCheckBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("tokenGroupBox")->isVisible(), waitMs);
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("tokenDigitsLabel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), shownDigits());
}

void TestTokenDialog::historyIsSavedAsCsvThroughTheFileDialog()
{
    start();
    m_fixture->server.setNextDigitToken(QStringLiteral("424242424242"));
    fillRequest(QStringLiteral("Abby.Smith"), 12);
    generateAndWait();
    find<QPushButton>("historySaveCsvButton")->click();
    QFileDialog *fileDialog = nullptr;
    QTRY_VERIFY((fileDialog = m_dialog->findChild<QFileDialog *>(QStringLiteral("historySaveFileDialog")))
                && fileDialog->isVisible());
    QVERIFY(fileDialog->isModal()); // opened with open(), not exec()
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    QSignalSpy selected(fileDialog, &QFileDialog::fileSelected);
    fileDialog->selectFile(path);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept() is protected
    QCOMPARE(selected.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QCOMPARE(saved, m_history->toCsv());
    QVERIFY(saved.contains(m_history->entries().first().requestId));
    QVERIFY(!saved.contains(QLatin1String("424242424242")));
}

void TestTokenDialog::closingWipesTheDigits()
{
    start();
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QVERIFY(!shownDigits().isEmpty());
    m_dialog->reject();
    QVERIFY(find<QLabel>("tokenDigitsLabel")->text().isEmpty());
    QVERIFY(!find<QPushButton>("tokenCopyButton")->isEnabled());
    QCOMPARE(m_history->rowCount(), 1); // the history outlives the shown token
}

void TestTokenDialog::secretClipboardClearsWhenItGoes()
{
    auto helper = std::make_unique<SecretClipboard>();
    helper->copy(QStringLiteral("123456"), 0); // 0: kept until quit, or until the helper goes
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), QStringLiteral("123456"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    QVERIFY(helper->holdsOurCopy());
    helper.reset();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Gone after the user copied something else: that stays.
    helper = std::make_unique<SecretClipboard>();
    helper->copy(QStringLiteral("654321"), 0);
    QGuiApplication::clipboard()->setText(QStringLiteral("ticket 4711"));
    helper.reset();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ticket 4711"));
}

QTEST_MAIN(TestTokenDialog)
#include "tst_tokendialog.moc"
