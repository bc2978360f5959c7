// The config page's safety nets against the sandbox: refusals, scopes learned late, answers
// lost on the way or slow to come (the busy bar only then), a recovered 401, reloading over
// edits, creating, and keyboard and accessibility rules.

#include "busyindicator.h"
#include "configdialogs.h"
#include "configpagetesting.h"
#include "errorview.h"
#include "eventcounter.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTranslator>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

// Marks every text of the config page's context, to see which texts follow a language change.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        if (qstrcmp(context, "Passdesk::ConfigPage") != 0 && qstrcmp(context, "Passdesk::ConfigActions") != 0)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("[xx] ") + text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestConfigSafety : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void forbiddenSaveIsExplainedAndKeepsEdits();
    void scopesLearnedWhileSavingStopTheSave();
    void serverAlreadyHavingTheEditsNeedsNoPut();
    void recoveredUnauthorizedIsInvisible();
    void refreshOverEditsAsksFirst();
    void createConfirmsEveryValueAndCtrlSCreates();
    void changedFieldsShowTheSavedValue();
    void tabOrderFollowsTheVisualOrder();
    void everyControlHasAnAccessibleName();
    void languageChangeRetranslatesDynamicTexts();
    void busyBarShowsOnlyForASlowAnswer();
    void screenshots();

private:
    void start(const QString &clientId = QStringLiteral("sandbox-admin"))
    {
        QVERIFY(m_fixture->start(clientId));
        QVERIFY(showLoadedPage(*m_fixture, m_page));
    }
    template<typename T>
    T *find(const char *name) { return child<T>(m_page.get(), name); }
    ErrorView *errorView() { return find<ErrorView>("configErrorView"); }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ConfigPage> m_page;
};

void TestConfigSafety::forbiddenSaveIsExplainedAndKeepsEdits()
{
    start();
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("9"));
    find<QPushButton>("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), configWaitMs);
    m_fixture->server.setHtmlResponse(403); // a gateway refuses the PUT
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(errorView()->hasError(), configWaitMs);
    m_fixture->server.setHtmlResponse(0);

    QCOMPARE(errorView()->error().httpStatus, 403);
    QVERIFY(find<QLabel>("configReadOnlyLabel")->isVisible());
    QVERIFY(find<QLabel>("configReadOnlyLabel")->text().contains(QLatin1String("idn:password-org-config:manage")));
    QVERIFY(!child<QPushButton>(errorView(), "errorRetryButton")->isVisible()); // retrying earns the same refusal
    QCOMPARE(find<QSpinBox>("digitTokenLengthSpinBox")->value(), 9);
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(!find<QSpinBox>("digitTokenLengthSpinBox")->isEnabled());
    QVERIFY(!m_page->saveAction()->isEnabled());
    QVERIFY(m_page->revertAction()->isEnabled());
}

void TestConfigSafety::scopesLearnedWhileSavingStopTheSave()
{
    start();
    // A new connection: the client does not know its scopes until the next token.
    m_fixture->connect(QStringLiteral("sandbox-helpdesk"));
    QVERIFY(m_fixture->client.canManageConfig());
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("7"));
    find<QPushButton>("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("configReadOnlyLabel")->isVisible(), configWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!find<QProgressBar>("configProgressBar")->isVisible(), configWaitMs);
    QVERIFY(find<QLabel>("configReadOnlyLabel")->text().contains(QLatin1String("idn:password-org-config:manage")));
    QVERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
    QCOMPARE(find<QSpinBox>("digitTokenLengthSpinBox")->value(), 7);
}

void TestConfigSafety::serverAlreadyHavingTheEditsNeedsNoPut()
{
    start();
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("8"));
    // As after a save whose answer was lost: the server holds exactly what the form shows.
    QJsonObject saved = *m_fixture->server.orgConfig();
    saved.insert(QStringLiteral("digitTokenLength"), 8);
    m_fixture->server.setOrgConfig(saved);
    find<QPushButton>("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), configWaitMs);
    QCOMPARE(m_page->loadedConfig()->digitTokenLength, 8);
    QVERIFY(!visibleTopLevel(QStringLiteral("conflictDialog")));
    QVERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
    QCOMPARE(m_fixture->server.requestCount("PUT", configPath), 0);
}

void TestConfigSafety::recoveredUnauthorizedIsInvisible()
{
    start();
    m_fixture->server.expireAllTokens();
    find<QCheckBox>("customInstructionsCheckBox")->click();
    find<QPushButton>("configSaveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel(QStringLiteral("saveConfirmationDialog")), configWaitMs);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->hasUnsavedChanges(), configWaitMs);
    QVERIFY(!errorView()->hasError());
    QVERIFY(!errorView()->isVisible());
    const auto requests = m_fixture->server.requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const auto &request) { return request.status == 401; }));
    QVERIFY(m_fixture->server.orgConfig()->value(QLatin1String("customInstructionsEnabled")).toBool());
}

void TestConfigSafety::refreshOverEditsAsksFirst()
{
    start();
    typeInto(find<QSpinBox>("digitTokenDurationSpinBox"), QStringLiteral("20"));
    const int gets = m_fixture->server.requestCount("GET", configPath);
    m_page->refreshAction()->trigger();
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("discardEditsDialog")));
    QVERIFY(clickInWindow(QStringLiteral("discardEditsDialog"), QStringLiteral("keepEditingButton")));
    QTRY_VERIFY(!visibleTopLevel(QStringLiteral("discardEditsDialog")));
    QCOMPARE(find<QSpinBox>("digitTokenDurationSpinBox")->value(), 20);
    QCOMPARE(m_fixture->server.requestCount("GET", configPath), gets);

    m_page->refreshAction()->trigger();
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("discardEditsDialog")));
    QVERIFY(clickInWindow(QStringLiteral("discardEditsDialog"), QStringLiteral("discardAndReloadButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.requestCount("GET", configPath), gets + 1, configWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(find<QSpinBox>("digitTokenDurationSpinBox")->value(), 5, configWaitMs);
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestConfigSafety::createConfirmsEveryValueAndCtrlSCreates()
{
    m_fixture->server.removeOrgConfig();
    start();
    QVERIFY(!find<QPushButton>("configSaveButton")->isVisible()); // Create is the one way forward
    QVERIFY(m_page->saveAction()->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());
    find<QCheckBox>("customInstructionsCheckBox")->click();
    QVERIFY(m_page->hasUnsavedChanges()); // edits on the defaults are work worth keeping
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(find<QCheckBox>("customInstructionsCheckBox"), Qt::Key_S, Qt::ControlModifier);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirmation = visibleTopLevel<QMessageBox>(QStringLiteral("saveConfirmationDialog"))), configWaitMs);
    for (const char *field : orgConfigFields)
        QVERIFY2(confirmation->text().contains(fieldLabel(field)), field);
    QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->loadedConfig().has_value(), configWaitMs);
    QCOMPARE(m_fixture->server.requestCount("POST", configPath), 1);
    QCOMPARE(lastRequestBody(m_fixture->server, "POST").size(), 4);
    QVERIFY(m_fixture->server.orgConfig()->value(QLatin1String("customInstructionsEnabled")).toBool());
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(find<QPushButton>("configSaveButton")->isVisible());
}

void TestConfigSafety::changedFieldsShowTheSavedValue()
{
    start();
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("12"));
    auto *marker = find<QLabel>("digitTokenLengthChangedLabel");
    QVERIFY(marker->isVisible());
    QVERIFY(marker->toolTip().contains(formatField("digitTokenLength", OrgConfig {})));
    QVERIFY(find<QLabel>("digitTokenLengthLabel")->font().bold());
    QVERIFY(!find<QLabel>("digitTokenDurationLabel")->font().bold());
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("6"));
    QVERIFY(!marker->isVisible()); // back to the saved value: nothing to mark
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestConfigSafety::tabOrderFollowsTheVisualOrder()
{
    start();
    errorView()->showError(ApiError::fromHttpResponse(500, {}, {}, {}, {}));
    const QList<const char *> expected = {"errorCopyDetailsButton", "errorRetryButton", "customInstructionsCheckBox",
                                          "digitTokenEnabledCheckBox", "digitTokenDurationSpinBox", "digitTokenLengthSpinBox",
                                          "configRefreshButton", "configCreateButton", "configRevertButton", "configSaveButton"};
    QStringList chain;
    QWidget *widget = m_page.get();
    do {
        widget = widget->nextInFocusChain();
        chain.append(widget->objectName());
    } while (widget != m_page.get() && chain.size() < 200);
    int previous = -1;
    for (const char *name : expected) {
        const int at = chain.indexOf(QLatin1String(name));
        QVERIFY2(at > previous, name);
        previous = at;
    }
}

void TestConfigSafety::everyControlHasAnAccessibleName()
{
    start();
    errorView()->showError(ApiError::fromHttpResponse(429, {}, {}, "3", {}));
    const auto widgets = m_page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QProgressBar *>(widget) || widget->objectName().endsWith(QLatin1String("View"));
        const bool reading = qobject_cast<QLabel *>(widget) && widget->objectName().startsWith(QLatin1String("error"));
        if (control && !widget->objectName().startsWith(QLatin1String("qt_")))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        // The error's lines are read by their text (their accessible name); what each one is
        // comes in the description.
        if (reading)
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestConfigSafety::languageChangeRetranslatesDynamicTexts()
{
    start();
    auto *status = find<QLabel>("configStatusLabel");
    QVERIFY(!status->text().startsWith(QLatin1String("[xx]")));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_VERIFY(status->text().startsWith(QLatin1String("[xx] Loaded at")));
    QVERIFY(m_page->saveAction()->text().startsWith(QLatin1String("[xx]")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Loaded at")));
}

void TestConfigSafety::screenshots()
{
    // PASSDESK_SCREENSHOT_DIR=/tmp ./tst_configsafety screenshots: the page as a user sees it.
    const QString dir = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PASSDESK_SCREENSHOT_DIR is not set");
    start();
    typeInto(find<QSpinBox>("digitTokenLengthSpinBox"), QStringLiteral("8"));
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("configpage-loaded.png"))));
    ApiError error = ApiError::fromHttpResponse(
        400,
        R"({"detailCode":"400.1 Bad Request Content","trackingId":"0123456789abcdef0123456789abcdef",)"
        R"("messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"The request was syntactically correct but its content is semantically invalid."}],)"
        R"("causes":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"digitTokenLength must be between 6 and 18."}]})",
        "application/json", {}, "7f3c2a10-5b7e-4d1c-9a51-1d2e3f4a5b6c");
    errorView()->setUiLanguages({QStringLiteral("de-DE")});
    errorView()->showError(error);
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("configpage-error.png"))));
    errorView()->showError(ApiError::fromHttpResponse(429, R"({"message":" Rate Limit Exceeded "})", "application/json", "8", "req-9"));
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("configpage-ratelimit.png"))));
    m_page.reset();
    m_fixture->connect(QStringLiteral("sandbox-helpdesk"));
    QVERIFY(showLoadedPage(*m_fixture, m_page));
    QTRY_VERIFY(find<QLabel>("configReadOnlyLabel")->isVisible());
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("configpage-readonly.png"))));
}

void TestConfigSafety::busyBarShowsOnlyForASlowAnswer()
{
    start();
    auto *bar = find<QProgressBar>("configProgressBar");
    auto *counter = new EventCounter(bar, QEvent::Show);
    QSignalSpy busy(m_page.get(), &ConfigPage::busyChanged);

    // A fast answer: busy and done again without the bar ever appearing.
    m_page->refreshAction()->trigger();
    QCOMPARE(busy.count(), 1);
    QVERIFY(!find<QPushButton>("configRefreshButton")->isEnabled()); // busy at once, bar or not
    QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, configWaitMs);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(counter->count, 0);
    QVERIFY(!bar->isVisible());

    // A slow one: the bar appears once the answer is late and goes when it comes.
    m_fixture->server.setResponseDelay(std::chrono::milliseconds(4 * busyIndicatorDelayMs));
    m_page->refreshAction()->trigger();
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), configWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 4, configWaitMs);
    QVERIFY(!bar->isVisible());
    QCOMPARE(counter->count, 1);
    QVERIFY(m_page->loadedConfig().has_value());
}

QTEST_MAIN(TestConfigSafety)
#include "tst_configsafety.moc"
