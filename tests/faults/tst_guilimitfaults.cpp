// The org config page against a server that never finishes (a body that trickles in a byte at
// a time, over real loopback sockets): every wait can be cancelled, the page stays usable with
// the edits kept, and the overall deadline ends what the user does not cancel.

#include "guifaultrig.h"

#include <QPushButton>
#include <QSpinBox>

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;
using namespace std::chrono_literals;

namespace {

RawResponder::Answer tricklingAnswer()
{
    return { Act::Trickle,
        QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 4000\r\nConnection: close\r\n\r\n") };
}

// Replaces a spin box's text the way a user does: focus, select all, type.
} // namespace

class TestGuiLimitFaults : public QObject, private GuiFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void configLoadCanBeCancelled();
    void configSaveCanBeCancelledAndKeepsEdits();
    void configLoadMeetsTheDeadline();

private:
    QPushButton *cancelButton() { return child<QPushButton>(m_page.get(), "configCancelButton"); }
    QString status() { return child<QLabel>(m_page.get(), "configStatusLabel")->text(); }
};

void TestGuiLimitFaults::configLoadCanBeCancelled()
{
    m_raw->setAnswer(orgConfigSuffix, tricklingAnswer());
    showPage();
    QVERIFY(cancelButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_raw->requestCount(orgConfigSuffix) == 1, faultWaitMs);
    QVERIFY(cancelButton()->isVisible() && cancelButton()->isEnabled());
    auto *refresh = child<QPushButton>(m_page.get(), "configRefreshButton");
    QVERIFY(!refresh->isEnabled());

    cancelButton()->click();
    QVERIFY(!cancelButton()->isVisible());
    QVERIFY(refresh->isEnabled());
    QVERIFY2(status().contains(QLatin1String("Cancelled")), qPrintable(status()));
    QVERIFY(!pageErrors()->isVisible()); // the user's own choice is no error

    m_raw->setAnswer(orgConfigSuffix, configAnswer(8));
    refresh->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QSpinBox>(m_page.get(), "digitTokenLengthSpinBox")->value(), 8, faultWaitMs);
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 2);
}

void TestGuiLimitFaults::configSaveCanBeCancelledAndKeepsEdits()
{
    showPage();
    auto *length = child<QSpinBox>(m_page.get(), "digitTokenLengthSpinBox");
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), faultWaitMs);
    QVERIFY(cancelButton());
    QVERIFY(!cancelButton()->isVisible());
    typeInto(length, QStringLiteral("9"));

    // Save first reads the server's values again: that read never finishes.
    m_raw->queueAnswer(orgConfigSuffix, tricklingAnswer());
    m_page->saveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_raw->requestCount(orgConfigSuffix) == 2, faultWaitMs);
    QVERIFY(cancelButton()->isVisible() && cancelButton()->isEnabled());
    QVERIFY(!length->isEnabled());

    cancelButton()->click();
    QVERIFY(!cancelButton()->isVisible());
    QCOMPARE(length->value(), 9);
    QVERIFY(length->isEnabled());
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(m_page->saveAction()->isEnabled());
    QVERIFY2(status().contains(QLatin1String("still in the form")), qPrintable(status()));
    QVERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));

    // Saving again goes through.
    m_raw->queueAnswer(orgConfigSuffix, configAnswer(6));
    m_page->saveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        visibleTopLevel(QStringLiteral("saveConfirmationDialog")), faultWaitMs);
    m_raw->queueAnswer(orgConfigSuffix, configAnswer(9));
    QVERIFY(clickInWindow(
        QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), faultWaitMs);
    QCOMPARE(m_raw->requests().last().method, QByteArray("PUT"));
    QCOMPARE(m_raw->requests().last().body, QByteArray(R"({"digitTokenLength":9})"));
}

void TestGuiLimitFaults::configLoadMeetsTheDeadline()
{
    m_client->setRequestDeadline(1500ms);
    m_raw->setAnswer(orgConfigSuffix, tricklingAnswer());
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    QVERIFY2(shownText(errors).contains(QLatin1String("did not answer in time")),
        qPrintable(shownText(errors)));
    QVERIFY(cancelButton() && !cancelButton()->isVisible());
    QVERIFY(child<QPushButton>(m_page.get(), "configRefreshButton")->isEnabled());
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
}

QTEST_MAIN(TestGuiLimitFaults)
#include "tst_guilimitfaults.moc"
