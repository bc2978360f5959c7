// The org config page and the digit token dialog when someone says no: an absurd Retry-After, a
// certificate Passdesk must not trust (the sandbox in TLS mode), the token endpoint's 429 and
// 500, and a uid Passdesk refuses before anything is sent. Broken replies of the API itself are
// in tst_guireplyfaults.

#include "guifaultrig.h"
#include "identitylookup.h"
#include "sandboxfixture.h"

#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTimer>

using namespace Passdesk;
using namespace Passdesk::Testing;
using Act = RawResponder::Act;

class TestGuiRefusalFaults : public QObject, private GuiFaultRig
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void absurdRetryAfterIsCappedAndSaid();
    void selfSignedCertificateIsShownAndRefused();
    void tokenEndpointFaultsCostOneTokenRequestPerClick();
    void userIdIsCheckedBeforeAnyRequest_data();
    void userIdIsCheckedBeforeAnyRequest();
};

void TestGuiRefusalFaults::absurdRetryAfterIsCappedAndSaid()
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

void TestGuiRefusalFaults::selfSignedCertificateIsShownAndRefused()
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

void TestGuiRefusalFaults::tokenEndpointFaultsCostOneTokenRequestPerClick()
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
            isolated(QStringLiteral("feedc0ffee0123456789abcdef012345")));
    }
    QCOMPARE(m_raw->requestCount(tokenSuffix), 3);
    QCOMPARE(m_raw->requestCount(digitSuffix), 0);
    QCOMPARE(
        child<QLineEdit>(m_dialog.get(), "userIdLineEdit")->text(), QStringLiteral("abby.smith"));
}

void TestGuiRefusalFaults::userIdIsCheckedBeforeAnyRequest_data()
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

void TestGuiRefusalFaults::userIdIsCheckedBeforeAnyRequest()
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
    // Only the access token the dialog renews as it opens and the lookup for the two letters
    // typed before the paste went out: nothing with the pasted text, no digit token.
    for (const RawResponder::Seen &seen : m_raw->requests()) {
        if (seen.path.endsWith("/public-identities")) {
            QVERIFY2(QUrl::fromPercentEncoding(seen.query).contains(QLatin1String("firstname sw \"ab\"")),
                seen.query.constData());
            continue;
        }
        QVERIFY2(seen.path.endsWith(tokenSuffix), seen.path.constData());
    }
}

QTEST_MAIN(TestGuiRefusalFaults)
#include "tst_guirefusalfaults.moc"
