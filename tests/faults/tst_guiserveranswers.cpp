// Answers that are well formed but not what Passdesk asked for (issue 23), over real loopback
// sockets (a raw TCP responder): a token without a requestId, and a config write answered 200
// with values the server set its own way. The token dialog and the config page say so in plain
// words instead of showing the server's values as if they were the asked ones. Tokens of
// another length than asked are in tst_tokendialog (the sandbox's own switches).

#include "configdialogs.h"
#include "guifaultrig.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSpinBox>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

QByteArray configBody(bool customInstructions, int duration, int length)
{
    return QByteArray(R"({"customInstructionsEnabled":)") + (customInstructions ? "true" : "false")
        + R"(,"digitTokenEnabled":true,"digitTokenDurationMinutes":)" + QByteArray::number(duration)
        + R"(,"digitTokenLength":)" + QByteArray::number(length) + "}";
}

RawResponder::Answer configReply(bool customInstructions, int duration, int length)
{
    return RawResponder::send(200, "application/json", configBody(customInstructions, duration, length));
}

} // namespace

class TestGuiServerAnswers : public QObject, private GuiFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        tearDown();
        QGuiApplication::clipboard()->clear();
    }

    void tokenWithoutRequestIdSaysSo();
    void clampedSaveNamesTheField();
    void fieldTurnedOnByTheServerIsNamed();
    void saveStoredAsAskedSaysNothingMore();
    void createWithOtherValuesNamesThem();

private:
    QSpinBox *lengthBox() { return child<QSpinBox>(m_page.get(), "digitTokenLengthSpinBox"); }
    QLabel *serverChangedLabel() { return child<QLabel>(m_page.get(), "configServerChangedLabel"); }
    int writes(const QByteArray &method) const
    {
        const auto seen = m_raw->requests();
        return int(std::count_if(seen.cbegin(), seen.cend(),
            [&](const RawResponder::Seen &request) {
                return request.method == method && request.path.endsWith(orgConfigSuffix);
            }));
    }
    // Save: re-read (the standing answer), confirm, then `answer` for the write.
    void saveWith(const RawResponder::Answer &answer)
    {
        m_page->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), faultWaitMs);
        m_raw->queueAnswer(orgConfigSuffix, answer);
        QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), faultWaitMs);
    }
};

void TestGuiServerAnswers::tokenWithoutRequestIdSaysSo()
{
    // Issue 23: a missing requestId left "Request ID:" blank without saying so.
    m_raw->setAnswer(digitSuffix, RawResponder::send(200, "application/json", R"({"digitToken":"012345"})"));
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    child<QPushButton>(m_dialog.get(), "generateButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(m_dialog.get(), "tokenGroupBox")->isVisible(), faultWaitMs);
    QCOMPARE(child<QLabel>(m_dialog.get(), "tokenDigitsLabel")->text().remove(u' '), QStringLiteral("012345"));
    const QString details = child<QLabel>(m_dialog.get(), "tokenDetailsLabel")->text();
    QVERIFY2(details.contains(QLatin1String("Request ID: not given by the server")), qPrintable(details));

    child<QPushButton>(m_dialog.get(), "tokenDetailsCopyButton")->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Request ID: not given by the server")));

    QCOMPARE(m_history->rowCount(), 1);
    QCOMPARE(m_history->data(m_history->index(0, TokenHistory::RequestIdColumn)).toString(),
        QStringLiteral("not given by the server"));
    QVERIFY(m_history->toText().contains(QLatin1String("\tnot given by the server\t")));
    QVERIFY2(m_history->toCsv().contains(QLatin1String(",abby.smith,(not given by the server),6,")),
        qPrintable(m_history->toCsv()));
}

void TestGuiServerAnswers::clampedSaveNamesTheField()
{
    // Issue 23: a PUT answered 200 with a clamped value showed only "Saved at ...".
    showPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), faultWaitMs);
    QVERIFY(serverChangedLabel());
    QVERIFY(!serverChangedLabel()->isVisible());
    lengthBox()->setValue(18);
    saveWith(configReply(false, 5, 12));
    QCOMPARE(m_raw->requests().last().body, QByteArray(R"({"digitTokenLength":18})"));
    QCOMPARE(lengthBox()->value(), 12); // the form shows what the server holds
    QTRY_VERIFY(serverChangedLabel()->isVisible());
    QCOMPARE(serverChangedLabel()->textFormat(), Qt::PlainText);
    auto digits = [](int length) {
        OrgConfig config;
        config.digitTokenLength = length;
        return formatField("digitTokenLength", config); // "6 digits", as the form words it
    };
    QCOMPARE(serverChangedLabel()->text(),
        QStringLiteral("The server stored other values than you confirmed (before → asked → stored):\n"
                       "Digit token length: %1 → %2 → %3")
            .arg(digits(6), digits(18), digits(12)));
    QVERIFY(child<QLabel>(m_page.get(), "configStatusLabel")->text().startsWith(QLatin1String("Saved at")));

    // The next edit makes the notice old news.
    lengthBox()->setValue(10);
    QVERIFY(!serverChangedLabel()->isVisible());
    QVERIFY(serverChangedLabel()->text().isEmpty());
}

void TestGuiServerAnswers::fieldTurnedOnByTheServerIsNamed()
{
    // Only the changed field is sent; a field the server changed on its own counts too.
    showPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), faultWaitMs);
    QVERIFY(serverChangedLabel());
    lengthBox()->setValue(8);
    saveWith(configReply(true, 5, 8));
    QCOMPARE(m_raw->requests().last().body, QByteArray(R"({"digitTokenLength":8})"));
    QTRY_VERIFY(serverChangedLabel()->isVisible());
    QCOMPARE(serverChangedLabel()->text(),
        QStringLiteral("The server stored other values than you confirmed (before → asked → stored):\n"
                       "Custom password instructions: off → (not changed) → on"));
    QVERIFY(child<QCheckBox>(m_page.get(), "customInstructionsCheckBox")->isChecked());

    // A load starts afresh.
    m_page->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!serverChangedLabel()->isVisible(), faultWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_page.get(), "configStatusLabel")->text().startsWith(QLatin1String("Loaded at")),
        faultWaitMs);
    QVERIFY(!serverChangedLabel()->isVisible());
}

void TestGuiServerAnswers::saveStoredAsAskedSaysNothingMore()
{
    showPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), faultWaitMs);
    QVERIFY(serverChangedLabel());
    lengthBox()->setValue(9);
    child<QSpinBox>(m_page.get(), "digitTokenDurationSpinBox")->setValue(15);
    saveWith(configReply(false, 15, 9));
    QTRY_VERIFY(child<QLabel>(m_page.get(), "configStatusLabel")->text().startsWith(QLatin1String("Saved at")));
    QVERIFY(!serverChangedLabel()->isVisible());
    QCOMPARE(writes("PUT"), 1);
}

void TestGuiServerAnswers::createWithOtherValuesNamesThem()
{
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(404, "application/json",
            R"({"detailCode":"404 Not found","messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"No config."}]})"));
    showPage();
    auto *create = child<QPushButton>(m_page.get(), "configCreateButton");
    QTRY_VERIFY_WITH_TIMEOUT(create->isVisible() && create->isEnabled(), faultWaitMs);
    QVERIFY(serverChangedLabel());
    child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->setChecked(true);
    lengthBox()->setValue(10);
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), faultWaitMs);
    m_raw->queueAnswer(orgConfigSuffix, configReply(true, 5, 6));
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_page.get(), "configStatusLabel")->text().startsWith(QLatin1String("Created at")),
        faultWaitMs);
    QCOMPARE(writes("POST"), 1);
    QVERIFY(serverChangedLabel()->isVisible());
    OrgConfig asked;
    asked.digitTokenLength = 10;
    QCOMPARE(serverChangedLabel()->text(),
        QStringLiteral("The server created the config with other values than you confirmed (asked → stored):\n"
                       "Custom password instructions: off → on\n"
                       "Digit token length: %1 → %2")
            .arg(formatField("digitTokenLength", asked), formatField("digitTokenLength", OrgConfig {})));
}

QTEST_MAIN(TestGuiServerAnswers)
#include "tst_guiserveranswers.moc"
