// The org config form against the sandbox tenant over loopback, driven like a user would.

#include "configdialogs.h"
#include "configpagetesting.h"
#include "errorview.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = configWaitMs;
} // namespace

class TestConfigPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsAndShowsTheServersConfig();
    void editAndSaveSendsOnlyChangedFields();
    void ctrlSSavesFromTheKeyboard();
    void revertRestoresTheLoadedValues();
    void typingCannotExceedTheContractsRanges();
    void durationAndLengthFollowTheDigitTokenSwitch();
    void conflictKeepMineSendsTheAdminsVersion();
    void conflictTakeServersShowsTheirValues();
    void conflictCancelKeepsEditsAndSendsNothing();
    void createsConfigWhenTheTenantHasNone();
    void readOnlyClientCanReadButNotEdit();
    void lockedTenantSendsNoWrite();
    void rateLimitCountdownReenablesSave();
    void droppedConnectionKeepsEditsAndRetryWorks();
    void repeatedSaveSendsOneRequest();
    void productionConfirmationSaysSo();

private:
    void start(const QString &clientId = QStringLiteral("sandbox-admin"));
    void setValue(const char *spinBoxName, const QString &typed);
    QPushButton *button(const char *name) { return child<QPushButton>(m_page.get(), name); }
    QSpinBox *spinBox(const char *name) { return child<QSpinBox>(m_page.get(), name); }
    QJsonObject lastBody(const QByteArray &method) { return lastRequestBody(m_fixture->server, method); }
    void saveAndConfirm();

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ConfigPage> m_page;
};

void TestConfigPage::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
}

void TestConfigPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestConfigPage::start(const QString &clientId)
{
    QVERIFY(m_fixture->start(clientId));
    QVERIFY(showLoadedPage(*m_fixture, m_page));
}

void TestConfigPage::setValue(const char *spinBoxName, const QString &typed)
{
    typeInto(spinBox(spinBoxName), typed);
}

void TestConfigPage::saveAndConfirm()
{
    QVERIFY(button("configSaveButton")->isEnabled());
    button("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), waitMs);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
}

void TestConfigPage::loadsAndShowsTheServersConfig()
{
    m_fixture->server.setOrgConfig(QJsonObject {{QStringLiteral("customInstructionsEnabled"), true},
                                                {QStringLiteral("digitTokenEnabled"), true},
                                                {QStringLiteral("digitTokenDurationMinutes"), 9},
                                                {QStringLiteral("digitTokenLength"), 12}});
    start();
    QVERIFY(child<QCheckBox>(m_page.get(), "customInstructionsCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->isChecked());
    QCOMPARE(spinBox("digitTokenDurationSpinBox")->value(), 9);
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 12);
    QVERIFY(spinBox("digitTokenLengthSpinBox")->isEnabled());
    QVERIFY(!button("configSaveButton")->isEnabled());
    QVERIFY(!button("configRevertButton")->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(!child<QLabel>(m_page.get(), "configReadOnlyLabel")->isVisible());
    QVERIFY(spinBox("digitTokenLengthSpinBox")->suffix().contains(QLatin1String("digits")));
    QVERIFY(spinBox("digitTokenDurationSpinBox")->suffix().contains(QLatin1String("minutes")));
}

void TestConfigPage::editAndSaveSendsOnlyChangedFields()
{
    start();
    QSignalSpy dirty(m_page.get(), &ConfigPage::dirtyChanged);
    setValue("digitTokenLengthSpinBox", QStringLiteral("8"));
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 8);
    QVERIFY(m_page->hasUnsavedChanges());
    QCOMPARE(dirty.count(), 1);
    QVERIFY(child<QLabel>(m_page.get(), "digitTokenLengthChangedLabel")->isVisible());
    QVERIFY(!child<QLabel>(m_page.get(), "digitTokenDurationChangedLabel")->isVisible());

    button("configSaveButton")->click();
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirmation = visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog"))), waitMs);
    OrgConfig eight;
    eight.digitTokenLength = 8;
    QVERIFY(confirmation->text().contains(QStringLiteral("%1 → <b>%2</b>")
                                              .arg(formatField("digitTokenLength", OrgConfig {}),
                                                   formatField("digitTokenLength", eight))));
    QVERIFY(!confirmation->text().contains(QLatin1String("production tenant")));
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("PUT", configPath), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), waitMs);
    QCOMPARE(lastBody("PUT").keys(), QStringList {QStringLiteral("digitTokenLength")});
    QCOMPARE(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 8);
    QCOMPARE(m_page->loadedConfig()->digitTokenLength, 8);
    QVERIFY(!button("configSaveButton")->isEnabled());
    QCOMPARE(dirty.last().first().toBool(), false);
}

void TestConfigPage::ctrlSSavesFromTheKeyboard()
{
    start();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *enabled = child<QCheckBox>(m_page.get(), "customInstructionsCheckBox");
    enabled->setFocus();
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(enabled, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), waitMs);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("PUT", configPath), 1, waitMs);
    QCOMPARE(lastBody("PUT"), (QJsonObject {{QStringLiteral("customInstructionsEnabled"), true}}));
}

void TestConfigPage::revertRestoresTheLoadedValues()
{
    start();
    setValue("digitTokenDurationSpinBox", QStringLiteral("42"));
    child<QCheckBox>(m_page.get(), "customInstructionsCheckBox")->click();
    QVERIFY(button("configRevertButton")->isEnabled());
    button("configRevertButton")->click();
    QCOMPARE(spinBox("digitTokenDurationSpinBox")->value(), 5);
    QVERIFY(!child<QCheckBox>(m_page.get(), "customInstructionsCheckBox")->isChecked());
    QVERIFY(!m_page->hasUnsavedChanges());
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

void TestConfigPage::typingCannotExceedTheContractsRanges()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("99"));
    QVERIFY(spinBox("digitTokenLengthSpinBox")->value() <= 18);
    setValue("digitTokenLengthSpinBox", QStringLiteral("3"));
    spinBox("digitTokenLengthSpinBox")->interpretText();
    QVERIFY(spinBox("digitTokenLengthSpinBox")->value() >= 6);
    setValue("digitTokenDurationSpinBox", QStringLiteral("600"));
    QVERIFY(spinBox("digitTokenDurationSpinBox")->value() <= 60);
    setValue("digitTokenDurationSpinBox", QStringLiteral("0"));
    spinBox("digitTokenDurationSpinBox")->interpretText();
    QVERIFY(spinBox("digitTokenDurationSpinBox")->value() >= 1);
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->maximum(), 18);
    QCOMPARE(spinBox("digitTokenDurationSpinBox")->minimum(), 1);
}

void TestConfigPage::durationAndLengthFollowTheDigitTokenSwitch()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("10"));
    child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->click();
    QVERIFY(!spinBox("digitTokenLengthSpinBox")->isEnabled());
    QVERIFY(!spinBox("digitTokenDurationSpinBox")->isEnabled());
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 10); // kept while disabled
    child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->click();
    QVERIFY(spinBox("digitTokenLengthSpinBox")->isEnabled());
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 10);
}

void TestConfigPage::conflictKeepMineSendsTheAdminsVersion()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("8"));
    QJsonObject colleague = *m_fixture->server.orgConfig();
    colleague.insert(QStringLiteral("digitTokenDurationMinutes"), 30);
    m_fixture->server.setOrgConfig(colleague);

    button("configSaveButton")->click();
    QMessageBox *conflict = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((conflict = visibleTopLevel<QMessageBox>(QStringLiteral("conflictDialog"))), waitMs);
    OrgConfig thirty;
    thirty.digitTokenDurationMinutes = 30;
    QVERIFY(conflict->text().contains(QStringLiteral("<b>%1</b>").arg(formatField("digitTokenDurationMinutes", thirty))));
    QVERIFY(clickInWindow(QStringLiteral("conflictDialog"), QStringLiteral("keepMineButton")));
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("PUT", configPath), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), waitMs);
    QCOMPARE(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 8);
    QCOMPARE(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenDurationMinutes")).toInt(), 5);
}

void TestConfigPage::conflictTakeServersShowsTheirValues()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("8"));
    QJsonObject colleague = *m_fixture->server.orgConfig();
    colleague.insert(QStringLiteral("digitTokenDurationMinutes"), 30);
    m_fixture->server.setOrgConfig(colleague);
    button("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("conflictDialog")), waitMs);
    QVERIFY(clickInWindow(QStringLiteral("conflictDialog"), QStringLiteral("takeServerButton")));
    QTRY_COMPARE(spinBox("digitTokenDurationSpinBox")->value(), 30);
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 6);
    QVERIFY(!m_page->hasUnsavedChanges());
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

void TestConfigPage::conflictCancelKeepsEditsAndSendsNothing()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("8"));
    QJsonObject colleague = *m_fixture->server.orgConfig();
    colleague.insert(QStringLiteral("customInstructionsEnabled"), true);
    m_fixture->server.setOrgConfig(colleague);
    button("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("conflictDialog")), waitMs);
    QVERIFY(clickInWindow(QStringLiteral("conflictDialog"), QStringLiteral("conflictCancelButton")));
    QTRY_VERIFY(!visibleTopLevel(QStringLiteral("conflictDialog")));
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 8);
    QVERIFY(m_page->hasUnsavedChanges());
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

void TestConfigPage::createsConfigWhenTheTenantHasNone()
{
    m_fixture->server.removeOrgConfig();
    start();
    QTRY_VERIFY_WITH_TIMEOUT(button("configCreateButton")->isVisible(), waitMs);
    QVERIFY(button("configCreateButton")->isEnabled());
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 6); // the contract's defaults
    QCOMPARE(spinBox("digitTokenDurationSpinBox")->value(), 5);
    QVERIFY(!child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->isChecked());
    child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->click();
    setValue("digitTokenLengthSpinBox", QStringLiteral("9"));
    button("configCreateButton")->click();
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("POST", configPath), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), waitMs);
    QCOMPARE(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 9);
    QVERIFY(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenEnabled")).toBool());
    QVERIFY(!button("configCreateButton")->isVisible());
}

void TestConfigPage::readOnlyClientCanReadButNotEdit()
{
    start(QStringLiteral("sandbox-helpdesk"));
    QTRY_VERIFY(child<QLabel>(m_page.get(), "configReadOnlyLabel")->isVisible());
    QVERIFY(child<QLabel>(m_page.get(), "configReadOnlyLabel")->text().contains(QLatin1String("idn:password-org-config:manage")));
    QVERIFY(!spinBox("digitTokenLengthSpinBox")->isEnabled());
    QVERIFY(!child<QCheckBox>(m_page.get(), "digitTokenEnabledCheckBox")->isEnabled());
    QVERIFY(!button("configSaveButton")->isEnabled());
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 6); // still readable
}

void TestConfigPage::lockedTenantSendsNoWrite()
{
    m_fixture->connection.readOnly = true;
    QVERIFY(m_fixture->start());
    m_fixture->client.setConnection(m_fixture->connection);
    m_page = std::make_unique<ConfigPage>(&m_fixture->client);
    m_page->show();
    m_page->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), waitMs);
    QVERIFY(child<QLabel>(m_page.get(), "configReadOnlyLabel")->text().contains(QLatin1String("read-only")));
    QVERIFY(!spinBox("digitTokenLengthSpinBox")->isEnabled());
    m_page->saveAction()->trigger();
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

void TestConfigPage::rateLimitCountdownReenablesSave()
{
    start();
    m_fixture->server.setRateLimit(2, 2); // load and re-read use the budget; the PUT is refused
    setValue("digitTokenLengthSpinBox", QStringLiteral("7"));
    saveAndConfirm();
    auto *errorView = m_page->findChild<ErrorView *>(QStringLiteral("configErrorView"));
    QTRY_VERIFY_WITH_TIMEOUT(errorView->hasError() && errorView->isVisible(), waitMs);
    QVERIFY(errorView->error().isRateLimited());
    QVERIFY(errorView->isRetryBlocked());
    QVERIFY(!button("configSaveButton")->isEnabled());
    QVERIFY(child<QLabel>(errorView, "errorRetryCountdownLabel")->text().contains(QLatin1String("second")));
    QCOMPARE(spinBox("digitTokenLengthSpinBox")->value(), 7); // the edit is still there
    QTRY_VERIFY_WITH_TIMEOUT(button("configSaveButton")->isEnabled(), 5000);
    QVERIFY(!errorView->isRetryBlocked());
    saveAndConfirm();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenLength")).toInt(), 7, waitMs);
}

void TestConfigPage::droppedConnectionKeepsEditsAndRetryWorks()
{
    start();
    setValue("digitTokenDurationSpinBox", QStringLiteral("15"));
    m_fixture->server.setDropConnections(true);
    button("configSaveButton")->click();
    auto *errorView = m_page->findChild<ErrorView *>(QStringLiteral("configErrorView"));
    QTRY_VERIFY_WITH_TIMEOUT(errorView->hasError(), waitMs);
    QCOMPARE(errorView->error().kind, ApiError::Kind::Network);
    QVERIFY(!child<QLabel>(errorView, "errorSummaryLabel")->text().isEmpty());
    QCOMPARE(spinBox("digitTokenDurationSpinBox")->value(), 15);
    QVERIFY(m_page->hasUnsavedChanges());

    m_fixture->server.setDropConnections(false);
    child<QPushButton>(errorView, "errorRetryButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), waitMs);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.orgConfig()->value(QLatin1String("digitTokenDurationMinutes")).toInt(), 15, waitMs);
    QTRY_VERIFY(!errorView->isVisible());
}

void TestConfigPage::repeatedSaveSendsOneRequest()
{
    start();
    setValue("digitTokenLengthSpinBox", QStringLiteral("11"));
    m_fixture->server.setResponseDelay(std::chrono::milliseconds(300));
    const int getsBefore = m_fixture->server.requestCount("GET", configPath);
    QTest::mouseDClick(button("configSaveButton"), Qt::LeftButton);
    m_page->saveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), waitMs);
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), getsBefore + 1);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY(!button("configSaveButton")->isEnabled());
    m_page->saveAction()->trigger(); // while the PUT is out
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), waitMs);
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 1);
}

void TestConfigPage::productionConfirmationSaysSo()
{
    m_fixture->connection.sandbox = false;
    QVERIFY(m_fixture->start());
    m_fixture->connection.sandbox = false;
    m_fixture->client.setConnection(m_fixture->connection);
    m_page = std::make_unique<ConfigPage>(&m_fixture->client);
    m_page->show();
    m_page->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), waitMs);
    child<QCheckBox>(m_page.get(), "customInstructionsCheckBox")->click();
    button("configSaveButton")->click();
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirmation = visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog"))), waitMs);
    QVERIFY(confirmation->text().contains(QLatin1String("production tenant")));
    QCOMPARE(confirmation->defaultButton()->objectName(), QStringLiteral("saveCancelButton"));
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveCancelButton")));
    QTRY_VERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
    QVERIFY(m_page->hasUnsavedChanges());
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

QTEST_MAIN(TestConfigPage)
#include "tst_configpage.moc"
