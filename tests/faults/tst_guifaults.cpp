// The org config page and the digit token dialog against servers that misbehave on purpose,
// over real loopback sockets: the user reads what went wrong, keeps every edit, and each click
// on Retry or Generate is exactly one more request.

#include "appsettings.h"
#include "configpage.h"
#include "errorview.h"
#include "faulttesting.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "sandboxfixture.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;
using Act = RawResponder::Act;

Q_DECLARE_METATYPE(Passdesk::Testing::RawResponder::Act)

namespace {

QByteArray configJson(int length)
{
    return QByteArray(
               R"({"customInstructionsEnabled":false,"digitTokenEnabled":true,"digitTokenDurationMinutes":5,)")
        + R"("digitTokenLength":)" + QByteArray::number(length) + "}";
}

RawResponder::Answer configAnswer(int length)
{
    return RawResponder::send(200, "application/json", configJson(length));
}

const QByteArray trackedFault
    = R"({"detailCode":"500.0 Internal Fault","trackingId":"feedc0ffee0123456789abcdef012345",)"
      R"("messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"An internal fault occurred."}]})";

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
void typeInto(QSpinBox *box, const QString &typed)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
}

QString shownText(ErrorView *view)
{
    return child<QLabel>(view, "errorSummaryLabel")->text() + u'\n'
        + child<QLabel>(view, "errorMessagesLabel")->text();
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void configLoadFailsThenRetryLoads_data() { addFaultRows(); }
    void configLoadFailsThenRetryLoads();
    void configSaveFailsKeepsEditsAndRetrySaves_data() { addFaultRows(); }
    void configSaveFailsKeepsEditsAndRetrySaves();
    void absurdRetryAfterIsCappedAndSaid();
    void selfSignedCertificateIsShownAndRefused();
    void tokenGenerationFailsThenGenerateWorks_data() { addFaultRows(); }
    void tokenGenerationFailsThenGenerateWorks();
    void tokenEndpointFaultsCostOneTokenRequestPerClick();
    void userIdIsCheckedBeforeAnyRequest_data();
    void userIdIsCheckedBeforeAnyRequest();

private:
    void showPage();
    void showDialog();
    void fillRequest(const QString &userId);
    QPushButton *pageButton(const char *name) { return child<QPushButton>(m_page.get(), name); }
    ErrorView *pageErrors()
    {
        return m_page->findChild<ErrorView *>(QStringLiteral("configErrorView"));
    }
    ErrorView *dialogErrors()
    {
        return m_dialog->findChild<ErrorView *>(QStringLiteral("tokenErrorView"));
    }

    std::unique_ptr<RawResponder> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<TokenHistory> m_history;
    std::unique_ptr<ConfigPage> m_page;
    std::unique_ptr<TokenDialog> m_dialog;
};

void TestGuiFaults::init()
{
    m_raw = std::make_unique<RawResponder>();
    QVERIFY(m_raw->listen());
    m_raw->setAnswer(orgConfigSuffix, configAnswer(6));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setConnection(connectionTo(m_raw->baseUrl()));
    m_client->setTransferTimeout(400ms); // the silent server's case stays short
    m_configDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_configDir->path());
    m_history = std::make_unique<TokenHistory>();
}

void TestGuiFaults::cleanup()
{
    m_dialog.reset();
    m_page.reset();
    m_history.reset();
    m_settings.reset();
    m_client.reset();
    m_network.reset();
    m_raw.reset();
}

void TestGuiFaults::showPage()
{
    m_page = std::make_unique<ConfigPage>(m_client.get());
    m_page->resize(720, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->load();
}

void TestGuiFaults::showDialog()
{
    m_dialog = std::make_unique<TokenDialog>(m_client.get(), m_settings.get(), m_history.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestGuiFaults::fillRequest(const QString &userId)
{
    child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->setText(userId);
    child<QCheckBox>(m_dialog.get(), "callerVerifiedCheckBox")->setChecked(true);
}

void TestGuiFaults::configLoadFailsThenRetryLoads()
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
            QStringLiteral("feedc0ffee0123456789abcdef012345"));
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

void TestGuiFaults::configSaveFailsKeepsEditsAndRetrySaves()
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

void TestGuiFaults::absurdRetryAfterIsCappedAndSaid()
{
    m_raw->setAnswer(orgConfigSuffix,
        RawResponder::send(429, "application/json", R"({"error":"Rate Limit Exceeded"})",
            retryAfter("999999999")));
    showPage();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), faultWaitMs);
    auto *countdown = child<QLabel>(errors, "errorRetryCountdownLabel");
    QVERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(QLatin1String("at most an hour")),
        qPrintable(countdown->text()));
    QVERIFY(errors->error().retryAfterCapped);
    QCOMPARE(errors->error().retryAfterSeconds.value_or(0), 3600);
    QVERIFY(!child<QPushButton>(errors, "errorRetryButton")->isEnabled());
    QCOMPARE(m_raw->requestCount(orgConfigSuffix), 1);
}

void TestGuiFaults::selfSignedCertificateIsShownAndRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    SandboxFixture fixture;
    fixture.server.setTls(testCertificate(), testKey());
    QVERIFY(fixture.start());
    const auto pageFirst = qScopeGuard([this] { m_page.reset(); }); // it uses the fixture's client
    m_page = std::make_unique<ConfigPage>(&fixture.client);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->load();
    ErrorView *errors = pageErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), faultWaitMs);
    QVERIFY(shownText(errors).contains(QLatin1String("certificate could not be verified")));
    auto *certificate = child<QLabel>(errors, "errorCertificateLabel");
    QVERIFY(certificate->isVisible());
    QVERIFY2(certificate->text().contains(QLatin1String("Passdesk test-only self-signed")),
        qPrintable(certificate->text()));
    QVERIFY(certificate->text().contains(testCertificateFingerprint()));
    // Valid until, read from the certificate and written as the error view writes dates.
    QVERIFY(certificate->text().contains(
        QLocale().toString(testCertificate().expiryDate(), QLocale::ShortFormat)));

    // Retrying is allowed and asks again; there is no way to accept the certificate from here.
    child<QPushButton>(errors, "errorRetryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.client.accessTokens()->tokenRequestCount(), 2, faultWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        errors->hasError() && !m_page->findChild<QProgressBar *>()->isVisible(), faultWaitMs);
    QCOMPARE(errors->error().kind, ApiError::Kind::Tls);
    QVERIFY(fixture.server.requests().isEmpty());
    QVERIFY(!m_page->loadedConfig());
}

void TestGuiFaults::tokenGenerationFailsThenGenerateWorks()
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

void TestGuiFaults::tokenEndpointFaultsCostOneTokenRequestPerClick()
{
    m_raw->setAnswer(tokenSuffix,
        RawResponder::send(429, "application/json",
            R"({"error":"rate_limited","error_description":"Slow down, please."})",
            retryAfter("1")));
    showDialog();
    fillRequest(QStringLiteral("abby.smith"));
    auto *generate = child<QPushButton>(m_dialog.get(), "generateButton");
    generate->click();
    ErrorView *errors = dialogErrors();
    QTRY_VERIFY_WITH_TIMEOUT(errors->hasError(), faultWaitMs);
    QVERIFY(errors->error().isRateLimited());
    QVERIFY(shownText(errors).contains(QLatin1String("Slow down, please.")));
    QVERIFY(!generate->isEnabled()); // the server asked to wait
    QCOMPARE(m_raw->requestCount(tokenSuffix), 1);
    QCOMPARE(m_raw->requestCount(digitSuffix), 0);

    m_raw->setAnswer(tokenSuffix, RawResponder::send(500, "application/json", trackedFault));
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), faultWaitMs); // after the one-second wait
    for (int click = 1; click <= 2; ++click) {
        generate->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_raw->requestCount(tokenSuffix), 1 + click, faultWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(errors->hasError() && generate->isEnabled(), faultWaitMs);
        QCOMPARE(errors->error().httpStatus, 500);
        QCOMPARE(child<QLabel>(errors, "errorTrackingIdLabel")->text(),
            QStringLiteral("feedc0ffee0123456789abcdef012345"));
    }
    QCOMPARE(m_raw->requestCount(tokenSuffix), 3);
    QCOMPARE(m_raw->requestCount(digitSuffix), 0);
    QCOMPARE(
        child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->text(), QStringLiteral("abby.smith"));
}

void TestGuiFaults::userIdIsCheckedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("words");
    QTest::newRow("zero width space")
        << QStringLiteral("abby\u200B.smith") << QStringLiteral("control characters");
    QTest::newRow("bidi override")
        << QStringLiteral("\u202Eabby.smith") << QStringLiteral("control characters");
    QTest::newRow("tab") << QStringLiteral("abby\tsmith") << QStringLiteral("control characters");
    QTest::newRow("129 characters")
        << QString(129, u'a') << QStringLiteral("at most 128 characters");
    QTest::newRow("a pasted page")
        << QString(5000, u'a') << QStringLiteral("at most 128 characters");
}

void TestGuiFaults::userIdIsCheckedBeforeAnyRequest()
{
    QFETCH(QString, typed);
    QFETCH(QString, words);
    showDialog();
    auto *userId = child<QLineEdit>(m_dialog.get(), "userIdLineEdit");
    userId->setFocus();
    QTest::keyClicks(userId, QStringLiteral("ab")); // typed by hand: starts a lookup
    userId->insert(typed); // and the rest pasted
    child<QCheckBox>(m_dialog.get(), "callerVerifiedCheckBox")->setChecked(true);
    auto *error = child<QLabel>(m_dialog.get(), "userIdErrorLabel");
    QVERIFY(error->isVisible()); // said while typing, before Generate
    QVERIFY2(error->text().contains(words), qPrintable(error->text()));
    // Never cut to a length that would pass: the field holds far more than a uid may have.
    QCOMPARE(userId->text(), QString(QStringLiteral("ab") + typed).left(userId->maxLength()));
    QVERIFY(userId->maxLength() > maxUserIdLength);

    child<QPushButton>(m_dialog.get(), "generateButton")->click();
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(words));
    QVERIFY(!dialogErrors()->hasError());
    // The lookup's pause passes, and still nothing was sent.
    auto *lookupTimer = m_dialog->findChild<IdentityLookup *>()->findChild<QTimer *>();
    QVERIFY(lookupTimer);
    QTRY_VERIFY(!lookupTimer->isActive());
    QVERIFY(!child<QLabel>(m_dialog.get(), "identityDetailsLabel")->isVisible());
    QCOMPARE(m_raw->connectionCount(), 0);
}

QTEST_MAIN(TestGuiFaults)
#include "tst_guifaults.moc"
