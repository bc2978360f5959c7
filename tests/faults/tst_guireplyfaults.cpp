// The org config page and the digit token dialog against replies that break or say no, over
// real loopback sockets (a raw TCP responder): resets, silence, endless and broken bodies, HTML
// pages, a 500 with a trackingId, a redirect. The user reads what went wrong, keeps every edit,
// and each click on Retry or Generate is exactly one more request. Rate limits, TLS and input
// refused before sending are in tst_guirefusalfaults.

#include "guifaultrig.h"

#include <QPushButton>
#include <QSpinBox>

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;

namespace {

// The faults every screen is tried with; `words` is part of what the error view shows.
void addFaultRows()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QTest::newRow("reset before answering")
        << Act::Reset << QByteArray() << QStringLiteral("could not reach the server");
    QTest::newRow("reset in the middle of the body")
        << Act::SendThenReset << partialResponse(500, 100)
        << QStringLiteral("could not reach the server");
    QTest::newRow("headers, then silence")
        << Act::SendThenHang << partialResponse(500, 0) << QStringLiteral("did not answer in time");
    QTest::newRow("a body that never ends")
        << Act::Endless << openEndedHeaders() << QStringLiteral("too large");
    QTest::newRow("truncated JSON")
        << Act::Send << RawResponder::response(200, "application/json", R"({"digitToken)")
        << QStringLiteral("could not be read");
    QTest::newRow("HTML with 200") << Act::Send
                                   << RawResponder::response(200, "text/html",
                                          "<html><title>Sign in to the proxy</title></html>")
                                   << QStringLiteral("Sign in to the proxy");
    QTest::newRow("HTML with 502")
        << Act::Send
        << RawResponder::response(502, "text/html", "<html><title>502 Bad Gateway</title></html>")
        << QStringLiteral("502 Bad Gateway");
    QTest::newRow("500 with a trackingId")
        << Act::Send << RawResponder::response(500, "application/json", trackedFault)
        << QStringLiteral("An internal fault occurred.");
    QTest::newRow("302 to another host")
        << Act::Send
        << RawResponder::response(302, {}, {},
               { { "Location", "https://elsewhere.example/v2025/password-org-config" } })
        << QStringLiteral("does not follow redirects");
}

// Replaces a spin box's text the way a user does: focus, select all, type.
} // namespace

class TestGuiReplyFaults : public QObject, private GuiFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void configLoadFailsThenRetryLoads_data() { addFaultRows(); }
    void configLoadFailsThenRetryLoads();
    void configSaveFailsKeepsEditsAndRetrySaves_data() { addFaultRows(); }
    void configSaveFailsKeepsEditsAndRetrySaves();
    void tokenGenerationFailsThenGenerateWorks_data() { addFaultRows(); }
    void tokenGenerationFailsThenGenerateWorks();
};

void TestGuiReplyFaults::configLoadFailsThenRetryLoads()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    m_raw->setAnswer(orgConfigSuffix, { act, bytes });
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    QVERIFY2(shownText(errors).contains(words), qPrintable(shownText(errors)));
    QVERIFY(child<QLabel>(m_page.get(), "configStatusLabel")
                ->text()
                .contains(QLatin1String("could not be loaded")));
    if (bytes.contains("trackingId"))
        QCOMPARE(child<QLabel>(errors, "errorTrackingIdLabel")->text(),
            isolated(QStringLiteral("feedc0ffee0123456789abcdef012345")));
    auto *retry = child<QPushButton>(errors, "errorRetryButton");
    QVERIFY(retry->isVisible() && retry->isEnabled());
    const int gets = m_raw->requestCount(orgConfigSuffix);

    m_raw->setAnswer(orgConfigSuffix, configAnswer(8));
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QSpinBox>(m_page.get(), "digitTokenLengthSpinBox")->value(), 8, faultWaitMs);
    QTRY_VERIFY(!errors->isVisible());
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), gets + 1);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
}

void TestGuiReplyFaults::configSaveFailsKeepsEditsAndRetrySaves()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    showPage();
    auto *length = child<QSpinBox>(m_page.get(), "digitTokenLengthSpinBox");
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), faultWaitMs);
    typeInto(length, QStringLiteral("9"));
    QVERIFY(m_page->hasUnsavedChanges());

    // Save re-reads the server, asks, then writes; the fault hits the write.
    auto saveOnce = [&](const RawResponder::Answer &writeAnswer) {
        m_page->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleTopLevel(QStringLiteral("saveConfirmationDialog")), faultWaitMs);
        m_raw->queueAnswer(orgConfigSuffix, writeAnswer);
        QVERIFY(clickInWindow(
            QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    };
    saveOnce({ act, bytes });
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    QVERIFY2(shownText(errors).contains(words), qPrintable(shownText(errors)));
    QCOMPARE(length->value(), 9); // the edit is still there
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(child<QLabel>(m_page.get(), "digitTokenLengthChangedLabel")->isVisible());
    auto countWrites = [this] {
        const auto seen = m_raw->requests();
        return std::count_if(seen.cbegin(), seen.cend(),
            [](const RawResponder::Seen &request) { return request.method == "PUT"; });
    };
    QCOMPARE(countWrites(), 1); // never repeated, not even by Qt

    auto *retry = child<QPushButton>(errors, "errorRetryButton");
    QVERIFY(retry->isVisible() && retry->isEnabled());
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        visibleTopLevel(QStringLiteral("saveConfirmationDialog")), faultWaitMs);
    m_raw->queueAnswer(orgConfigSuffix, configAnswer(9));
    QVERIFY(clickInWindow(
        QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), faultWaitMs);
    QCOMPARE(length->value(), 9);
    QTRY_VERIFY(!errors->isVisible());
    QCOMPARE(countWrites(), 2);
    QCOMPARE(m_raw->requests().last().body, QByteArray(R"({"digitTokenLength":9})"));
}

void TestGuiReplyFaults::tokenGenerationFailsThenGenerateWorks()
{
    QFETCH(Act, act);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    m_raw->setAnswer(digitSuffix, { act, bytes });
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    auto *generate = child<QPushButton>(m_dialog.get(), "generateButton");
    QVERIFY(generate->isEnabled());
    generate->click();
    ErrorView *errors = dialogErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && errors->isVisible(), faultWaitMs);
    QVERIFY2(shownText(errors).contains(words), qPrintable(shownText(errors)));
    QCOMPARE(
        child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->text(), QStringLiteral("abby.smith"));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->isEnabled());
    QVERIFY(!child<QWidget>(m_dialog.get(), "tokenGroupBox")->isVisible());
    QCOMPARE(m_raw->requestCount(digitSuffix), 1);

    m_raw->setAnswer(digitSuffix,
        RawResponder::send(
            200, "application/json", R"({"digitToken":"012345","requestId":"req-1"})"));
    QTRY_VERIFY(generate->isEnabled());
    generate->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QWidget>(m_dialog.get(), "tokenGroupBox")->isVisible(), faultWaitMs);
    QCOMPARE(child<QLabel>(m_dialog.get(), "tokenDigitsLabel")->text().remove(u' '),
        QStringLiteral("012345"));
    QVERIFY(!errors->isVisible());
    QCOMPARE(m_raw->requestCount(digitSuffix), 2);
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
}

QTEST_MAIN(TestGuiReplyFaults)
#include "tst_guireplyfaults.moc"
