// The digit token dialog against the sandbox tenant, driven like a helpdesk agent would.

#include "errorview.h"
#include "guihelpers.h"
#include "identitylookup.h"
#include "sandboxfixture.h"
#include "secretclipboard.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;
using namespace std::chrono_literals;

namespace {
constexpr int waitMs = 10000;
const QString digitPath = QStringLiteral("/generate-password-reset-token/digit");
} // namespace

class TestTokenDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lookupByNamePicksTheAlias();
    void lookupByEmailPicksTheAlias();
    void inactiveIdentityIsMarked();
    void tokenHasRequestedLengthWithLeadingZeros();
    void numericTokenIsPaddedAndMarkedRepaired();
    void doubleClickSendsOneRequest();
    void defaultsFollowTheOrgConfig();
    void disabledFeatureIsSaidBeforeTrying();
    void callerVerificationGatesGenerate();
    void verificationCanBeTurnedOff();
    void clipboardIsClearedAfterTheTimeout();
    void clipboardIsKeptWhenTheUserCopiedSomethingElse();
    void countdownHidesTheTokenAtExpiry();
    void historyHoldsRequestIdButNeverTheDigits();
    void unknownUserIsShownNextToTheField();
    void forbiddenShowsTheServersMessage();
    void rateLimitShowsCountdown();
    void cancelAbortsTheRequest();
    void wholeFlowWorksFromTheKeyboard();
    void v3ConnectionSaysAnotherVersionIsNeeded();
    void serverSideDisabledFeatureIsShownAtTheBanner();
    void historyIsSavedAsCsvThroughTheFileDialog();
    void closingWipesTheDigits();
    void languageChangeKeepsTokenAndTitle();
    void everyControlHasNameAndAccessibleName();

private:
    void start(const QString &clientId = QStringLiteral("sandbox-helpdesk"), ApiVersion version = ApiVersion::V2025);
    void fillRequest(const QString &userId, int length, int duration = 5);
    void generateAndWait();
    template<typename T>
    T *find(const char *name) { return child<T>(m_dialog.get(), name); }
    QString shownDigits() { return find<QLabel>("tokenDigitsLabel")->text().remove(u' '); }
    void pick(const QString &typed, const QString &alias);

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<TokenHistory> m_history;
    std::unique_ptr<TokenDialog> m_dialog;
    QDateTime m_now;
};

void TestTokenDialog::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    m_history = std::make_unique<TokenHistory>();
    m_now = QDateTime::currentDateTimeUtc();
}

void TestTokenDialog::cleanup()
{
    m_dialog.reset();
    m_history.reset();
    m_fixture.reset();
    QGuiApplication::clipboard()->clear();
}

void TestTokenDialog::start(const QString &clientId, ApiVersion version)
{
    QVERIFY(m_fixture->start(clientId, version));
    m_dialog = std::make_unique<TokenDialog>(&m_fixture->client, &m_fixture->settings, m_history.get());
    m_dialog->setClock([this] { return m_now; });
    m_dialog->setTenantName(QStringLiteral("Sandbox"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestTokenDialog::fillRequest(const QString &userId, int length, int duration)
{
    find<QLineEdit>("userIdLineEdit")->setText(userId);
    find<QSpinBox>("tokenLengthSpinBox")->setValue(length);
    find<QSpinBox>("tokenDurationSpinBox")->setValue(duration);
    find<QCheckBox>("callerVerifiedCheckBox")->setChecked(true);
}

void TestTokenDialog::generateAndWait()
{
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
    find<QPushButton>("generateButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("tokenGroupBox")->isVisible() || find<ErrorView>("tokenErrorView")->hasError(), waitMs);
}

void TestTokenDialog::pick(const QString &typed, const QString &alias)
{
    auto *lineEdit = find<QLineEdit>("userIdLineEdit");
    lineEdit->setFocus();
    QTest::keyClicks(lineEdit, typed);
    auto *lookup = m_dialog->findChild<IdentityLookup *>();
    QAbstractItemView *popup = lookup->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), waitMs);
    const QAbstractItemModel *model = popup->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data().toString().contains(QStringLiteral("(%1)").arg(alias)))
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(alias));
    popup->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(lineEdit->text(), alias);
}

void TestTokenDialog::lookupByNamePicksTheAlias()
{
    start();
    pick(QStringLiteral("Alison"), QStringLiteral("Alison.Fergus"));
    QVERIFY(find<QLabel>("identityDetailsLabel")->text().contains(QLatin1String("Alison Fergus")));
    const auto lookup = m_fixture->server.requests().last();
    QVERIFY(lookup.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded).contains(QLatin1String("firstname sw \"Alison\"")));
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
    QVERIFY(!find<QLabel>("tokenRepairedLabel")->isVisible());
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

void TestTokenDialog::defaultsFollowTheOrgConfig()
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

void TestTokenDialog::disabledFeatureIsSaidBeforeTrying()
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

void TestTokenDialog::callerVerificationGatesGenerate()
{
    start();
    find<QLineEdit>("userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    QVERIFY(find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    find<QCheckBox>("callerVerifiedCheckBox")->click();
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
}

void TestTokenDialog::verificationCanBeTurnedOff()
{
    m_fixture->settings.setRequireCallerVerification(false);
    start();
    find<QLineEdit>("userIdLineEdit")->setText(QStringLiteral("Abby.Smith"));
    QVERIFY(!find<QCheckBox>("callerVerifiedCheckBox")->isVisible());
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
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

void TestTokenDialog::unknownUserIsShownNextToTheField()
{
    start();
    fillRequest(QStringLiteral("nobody.here"), 6);
    generateAndWait();
    QVERIFY(find<QLabel>("userIdErrorLabel")->isVisible());
    QVERIFY(find<QLabel>("userIdErrorLabel")->text().contains(QLatin1String("nobody.here")));
    auto *errorView = find<ErrorView>("tokenErrorView");
    QCOMPARE(errorView->error().httpStatus, 400);
    QVERIFY(!child<QLabel>(errorView, "errorTrackingIdLabel")->text().isEmpty());
    QVERIFY(!find<QWidget>("tokenGroupBox")->isVisible());
}

void TestTokenDialog::forbiddenShowsTheServersMessage()
{
    start(QStringLiteral("sandbox-readonly"));
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    generateAndWait();
    auto *errorView = find<ErrorView>("tokenErrorView");
    QCOMPARE(errorView->error().httpStatus, 403);
    QVERIFY(child<QLabel>(errorView, "errorMessagesLabel")->text().contains(QLatin1String("idn:password-digit-token:create")));
}

void TestTokenDialog::rateLimitShowsCountdown()
{
    start();
    m_fixture->server.setRateLimit(1, 30);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    generateAndWait();
    QVERIFY(find<QWidget>("tokenGroupBox")->isVisible());
    find<QPushButton>("generateButton")->click();
    auto *errorView = find<ErrorView>("tokenErrorView");
    QTRY_VERIFY_WITH_TIMEOUT(errorView->hasError(), waitMs);
    QVERIFY(errorView->error().isRateLimited());
    QVERIFY(errorView->isRetryBlocked());
    QVERIFY(child<QLabel>(errorView, "errorMessagesLabel")->text().contains(QLatin1String("Rate Limit Exceeded")));
}

void TestTokenDialog::cancelAbortsTheRequest()
{
    start();
    m_fixture->server.setResponseDelay(3s);
    fillRequest(QStringLiteral("Abby.Smith"), 6);
    find<QPushButton>("generateButton")->click();
    QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!find<QPushButton>("generateButton")->isEnabled());
    find<QPushButton>("cancelButton")->click();
    QVERIFY(find<QPushButton>("generateButton")->isEnabled());
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!find<QWidget>("tokenGroupBox")->isVisible());
    QVERIFY(!find<ErrorView>("tokenErrorView")->hasError());
    QCOMPARE(m_history->rowCount(), 0);
}

void TestTokenDialog::wholeFlowWorksFromTheKeyboard()
{
    start();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *lineEdit = find<QLineEdit>("userIdLineEdit");
    QVERIFY(lineEdit->hasFocus());
    QTest::keyClicks(lineEdit, QStringLiteral("Hiro"));
    QAbstractItemView *popup = m_dialog->findChild<IdentityLookup *>()->completer()->popup();
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

void TestTokenDialog::v3ConnectionSaysAnotherVersionIsNeeded()
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

void TestTokenDialog::serverSideDisabledFeatureIsShownAtTheBanner()
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

void TestTokenDialog::languageChangeKeepsTokenAndTitle()
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

void TestTokenDialog::everyControlHasNameAndAccessibleName()
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

QTEST_MAIN(TestTokenDialog)
#include "tst_tokendialog.moc"
