// The digit token dialog's guards and refusals against the sandbox tenant: org config
// defaults, the disabled feature, the verification gate, API versions, server errors shown
// where they belong, language changes and names for automation.

#include "tokendialogharness.h"

#include <QJsonObject>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

class TestTokenDialogChecks : public QObject, private TokenDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void unknownUserIsShownNextToTheField();
    void forbiddenShowsTheServersMessage();
    void rateLimitShowsCountdown();
    void v3ConnectionSaysAnotherVersionIsNeeded();
    void serverSideDisabledFeatureIsShownAtTheBanner();
    void disabledFeatureIsSaidBeforeTrying();
    void callerVerificationGatesGenerate();
    void verificationCanBeTurnedOff();
    void verificationSettingAppliesWhileOpen();
    void defaultsFollowTheOrgConfig();
    void languageChangeKeepsTokenAndTitle();
    void everyControlHasNameAndAccessibleName();
};

void TestTokenDialogChecks::unknownUserIsShownNextToTheField()
{
    start();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    fillRequest(QStringLiteral("nobody.here"), 6);
    generateAndWait();
    QVERIFY(find<QLabel>("userIdErrorLabel")->isVisible());
    QVERIFY(find<QLabel>("userIdErrorLabel")->text().contains(QLatin1String("nobody.here")));
    QVERIFY(find<QLineEdit>("userIdLineEdit")->hasFocus()); // back to the field, ready to retype
    auto *errorView = find<ErrorView>("tokenErrorView");
    QCOMPARE(errorView->error().httpStatus, 400);
    QVERIFY(!child<QLabel>(errorView, "errorTrackingIdLabel")->text().isEmpty());
    QVERIFY(!find<QWidget>("tokenGroupBox")->isVisible());
}

void TestTokenDialogChecks::forbiddenShowsTheServersMessage()
{
    start(QStringLiteral("sandbox-readonly"));
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    generateAndWait();
    auto *errorView = find<ErrorView>("tokenErrorView");
    QCOMPARE(errorView->error().httpStatus, 403);
    QVERIFY(child<QLabel>(errorView, "errorMessagesLabel")->text().contains(QLatin1String("idn:password-digit-token:create")));
}

void TestTokenDialogChecks::rateLimitShowsCountdown()
{
    start();
    // Two calls per 30 s: the lookup the pasted uid starts at once, and the first token.
    m_fixture->server.setRateLimit(2, 30);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    generateAndWait();
    QVERIFY(find<QWidget>("tokenGroupBox")->isVisible());
    QCOMPARE(m_fixture->server.requestCount("GET", QStringLiteral("/public-identities")), 1);
    find<QPushButton>("generateButton")->click();
    auto *errorView = find<ErrorView>("tokenErrorView");
    QTRY_VERIFY_WITH_TIMEOUT(errorView->hasError(), waitMs);
    QVERIFY(errorView->error().isRateLimited());
    QVERIFY(errorView->isRetryBlocked());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled()); // the server asked us to wait
    QVERIFY(child<QLabel>(errorView, "errorMessagesLabel")->text().contains(QLatin1String("Rate Limit Exceeded")));
}

void TestTokenDialogChecks::v3ConnectionSaysAnotherVersionIsNeeded()
{
    start(QStringLiteral("sandbox-helpdesk"), ApiVersion::V3);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    auto *note = find<QLabel>("unsupportedVersionLabel");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("v3")));
    QVERIFY(note->text().contains(QLatin1String("v2025")));
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    QCOMPARE(m_fixture->server.requestCount("POST", QStringLiteral("/digit")), 0);
}

void TestTokenDialogChecks::serverSideDisabledFeatureIsShownAtTheBanner()
{
    // The dialog believes the feature is on (stale config); the server says otherwise.
    QJsonObject config;
    config.insert(QStringLiteral("digitTokenEnabled"), false);
    start();
    m_fixture->server.setOrgConfig(config);
    OrgConfig believed;
    believed.digitTokenEnabled = true;
    m_dialog->setOrgConfig(believed);
    QVERIFY(!find<QLabel>("digitTokensDisabledLabel")->isVisible());
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    generateAndWait();
    auto *banner = find<QLabel>("digitTokensDisabledLabel");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("disabled")), qPrintable(banner->text()));
    QVERIFY(!find<QLabel>("userIdErrorLabel")->isVisible());
    QCOMPARE(find<ErrorView>("tokenErrorView")->error().httpStatus, 400);
}

void TestTokenDialogChecks::disabledFeatureIsSaidBeforeTrying()
{
    start();
    OrgConfig config;
    config.digitTokenEnabled = false;
    m_dialog->setOrgConfig(config);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    QVERIFY(find<QLabel>("digitTokensDisabledLabel")->isVisible());
    QVERIFY(find<QLabel>("digitTokensDisabledLabel")->text().contains(QLatin1String("org admin")));
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    QCOMPARE(m_fixture->server.requestCount("POST", digitPath), 0);
}

void TestTokenDialogChecks::callerVerificationGatesGenerate()
{
    start();
    find<QLineEdit>("userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    QVERIFY(find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    find<QCheckBox>("callerVerifiedCheckBox")->click();
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
}

void TestTokenDialogChecks::verificationCanBeTurnedOff()
{
    m_fixture->settings.setRequireCallerVerification(false);
    start();
    find<QLineEdit>("userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    QVERIFY(!find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
}

void TestTokenDialogChecks::defaultsFollowTheOrgConfig()
{
    start();
    QCOMPARE(find<QSpinBox>("tokenLengthSpinBox")->value(), 6);
    QCOMPARE(find<QSpinBox>("tokenDurationSpinBox")->value(), 5);
    OrgConfig config;
    config.digitTokenEnabled = true;
    config.digitTokenLength = 9;
    config.digitTokenDurationMinutes = 12;
    m_dialog->setOrgConfig(config);
    QCOMPARE(find<QSpinBox>("tokenLengthSpinBox")->value(), 9);
    QCOMPARE(find<QSpinBox>("tokenDurationSpinBox")->value(), 12);
    QCOMPARE(find<QSpinBox>("tokenLengthSpinBox")->maximum(), 18);
    QCOMPARE(find<QSpinBox>("tokenDurationSpinBox")->maximum(), 60);
    fillRequest(QStringLiteral("Abby.Smith"), 9, 12);
    generateAndWait();
    QCOMPARE(shownDigits().size(), 9);
}

void TestTokenDialogChecks::languageChangeKeepsTokenAndTitle()
{
    start();
    m_fixture->server.setNextDigitToken(QStringLiteral("01234567"));
    fillRequest(QStringLiteral("Abby.Smith"), 8);
    generateAndWait();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_dialog.get(), &change);
    QVERIFY(m_dialog->windowTitle().contains(QLatin1String("Sandbox")));
    QCOMPARE(shownDigits(), QStringLiteral("01234567"));
    QVERIFY(find<QLabel>("tokenDetailsLabel")->text().contains(m_history->entries().first().requestId));
    QVERIFY(find<QLabel>("tokenExpiryLabel")->text().contains(QLatin1String("Expires in")));
}

void TestTokenDialogChecks::everyControlHasNameAndAccessibleName()
{
    start();
    const auto widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!control || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // The error view is covered by its own tests; headers and corner buttons are a view's parts.
        bool part = false;
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
            part = part || qobject_cast<ErrorView *>(parent) || qobject_cast<QAbstractItemView *>(parent);
        if (part)
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestTokenDialogChecks::verificationSettingAppliesWhileOpen()
{
    start();
    find<QLineEdit>("userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    m_fixture->settings.setRequireCallerVerification(false);
    QVERIFY(!find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
    m_fixture->settings.setRequireCallerVerification(true);
    QVERIFY(find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
}

QTEST_MAIN(TestTokenDialogChecks)
#include "tst_tokendialogchecks.moc"
