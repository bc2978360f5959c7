// What each window shows, its accessibility tree carries: every window (main window with its
// menus, token dialog with a token and with a server error, settings, tenants dialog with a
// connection check report and the tenant form's errors, first-run assistant, save confirmation)
// is walked through QAccessible::queryAccessibleInterface; the suite fails on an interactive
// element without a name and on a visible label whose text a screen reader cannot get.

#include "../tenants/tenantstesting.h"
#include "accessibilitytree.h"
#include "configpage.h"
#include "firstrunassistant.h"
#include "guihelpers.h"
#include "core/settings/languagemanager.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "secretpromptdialog.h"
#include "settingsdialog.h"
#include "tokendialog.h"
#include "tokenhistory.h"

#include "tenantswitcher.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <functional>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

// Each problem on its own line (QtTest cuts a long failure message), then the count.
QByteArray reported(QStringList problems)
{
    problems.removeDuplicates();
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    return QByteArray::number(problems.size()) + " accessibility problem(s), listed above";
}

} // namespace

class TestAccessibilityTree : public QObject, private TenantsHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { QAccessible::setActive(true); }

    void init() { setUpTenants(); }

    void cleanup() { tearDownTenants(); }

    void mainWindowTokenDialogAndSettings()
    {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window(&m_fixture->client, &m_fixture->settings, &languages);
        storedTenant(QStringLiteral("Named")); // one tenant shortcut used, eight not
        window.setTenantSession(m_session.get(), &m_fixture->network);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.configPage()->loadedConfig().has_value(), tenantWaitMs);
        QStringList problems = accessibilityProblems(&window);

        // The save confirmation, after a change.
        child<QSpinBox>(&window, "digitTokenLengthSpinBox")->setValue(9);
        QTest::mouseClick(child<QPushButton>(&window, "configSaveButton"), Qt::LeftButton);
        QWidget *question = nullptr;
        QTRY_VERIFY((question = visibleTopLevel(QStringLiteral("saveConfirmationDialog"))));
        problems += accessibilityProblems(question);
        QVERIFY(clickInWindow(QStringLiteral("saveConfirmationDialog"), QStringLiteral("saveConfirmButton")));
        auto *status = child<QLabel>(&window, "configStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved at")), tenantWaitMs);
        problems += accessibilityProblems(&window);

        TokenDialog *token = window.openTokenDialog();
        QVERIFY(QTest::qWaitForWindowExposed(token));
        problems += accessibilityProblems(token);
        auto *caller = child<QLineEdit>(token, "userIdLineEdit");
        caller->setText(QStringLiteral("Abby.Smith"));
        if (auto *verified = child<QCheckBox>(token, "callerVerifiedCheckBox"); !verified->isChecked())
            verified->click();
        QTest::mouseClick(child<QPushButton>(token, "generateButton"), Qt::LeftButton);
        auto *digits = child<QLabel>(token, "tokenDigitsLabel");
        QTRY_VERIFY_WITH_TIMEOUT(contentOf(digits->text()).size() == 9, tenantWaitMs);
        problems += accessibilityProblems(token);
        // The digits are read one by one, in the groups shown.
        QAccessibleInterface *accessibleDigits = QAccessible::queryAccessibleInterface(digits);
        const QString reading = accessibleDigits->text(QAccessible::Name) + QLatin1Char(' ')
            + accessibleDigits->text(QAccessible::Description);
        QStringList groups;
        for (const QString &group : digits->text().split(QLatin1Char(' ')))
            groups.append(group.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
        const QString spoken = groups.join(QStringLiteral(", ")); // "2 0 3, 2 4 1, 1 5 0"
        if (!reading.contains(spoken))
            problems.append(QStringLiteral("the token is not read digit by digit: \"%1\" for %2").arg(reading, digits->text()));

        caller->setText(QStringLiteral("no.such.person"));
        QTest::mouseClick(child<QPushButton>(token, "generateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(token, "tokenErrorView")->isVisible(), tenantWaitMs);
        problems += accessibilityProblems(token);

        window.openSettings();
        auto *settings = window.findChild<SettingsDialog *>();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        problems += accessibilityProblems(settings);
        QVERIFY2(problems.isEmpty(), reported(problems).constData());
    }

    // A screen reader sets the caller field through the text interface, finds the suggestions
    // in the dialog's tree and picks one with the item's select action: no key events at all.
    void callerSuggestionsAreReachableAndPickedBySelecting()
    {
        TokenHistory history;
        TokenDialog dialog(&m_fixture->client, &m_fixture->settings, &history);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *caller = child<QLineEdit>(&dialog, "userIdLineEdit");
        caller->setFocus();
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(caller);
        QVERIFY(field->editableTextInterface());
        field->editableTextInterface()->replaceText(0, caller->text().size(), QStringLiteral("Alis"));
        auto *list = child<QListView>(&dialog, "identityLookupListView");
        QTRY_VERIFY_WITH_TIMEOUT(list && list->isVisible(), tenantWaitMs);

        QAccessibleInterface *accessibleList = nullptr;
        std::function<void(QAccessibleInterface *)> search = [&](QAccessibleInterface *node) {
            for (int i = 0; node && !accessibleList && i < node->childCount(); ++i) {
                QAccessibleInterface *next = node->child(i);
                if (next && next->object() == list)
                    accessibleList = next;
                else
                    search(next);
            }
        };
        search(QAccessible::queryAccessibleInterface(&dialog));
        QVERIFY2(accessibleList, "the suggestions are not in the dialog's accessibility tree");
        QAccessibleInterface *entry = nullptr;
        for (int i = 0; i < accessibleList->childCount(); ++i) {
            QAccessibleInterface *item = accessibleList->child(i);
            // Server fields are isolated (U+2068..U+2069), which a screen reader does not speak.
            QString name = item ? item->text(QAccessible::Name) : QString();
            name.remove(QChar(0x2068)).remove(QChar(0x2069));
            if (name.contains(QStringLiteral("(Alison.Ferguson)")))
                entry = item;
        }
        QVERIFY(entry && entry->actionInterface());
        entry->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QTRY_COMPARE(caller->text(), QStringLiteral("Alison.Ferguson"));
        QVERIFY(child<QLabel>(&dialog, "identityDetailsLabel")->text().contains(QStringLiteral("Alison Ferguson")));
    }

    void tenantsDialogWithReportAndErrors()
    {
        storedTenant(QStringLiteral("Named"));
        TenantsDialog dialog(m_session.get(), &m_fixture->network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList problems = accessibilityProblems(&dialog);

        clickButton(&dialog, "addTenantButton");
        fillTenant(&dialog, QStringLiteral("Sandbox copy"), address(), QStringLiteral("sandbox-helpdesk"),
                   sandboxSecretFor(QStringLiteral("sandbox-helpdesk")));
        runConnectionTest(&dialog);
        problems += accessibilityProblems(&dialog); // the connection check report

        typeText(&dialog, "addressLineEdit", QStringLiteral("not a url"));
        typeText(&dialog, "clientIdLineEdit", QString());
        problems += accessibilityProblems(&dialog); // the form's errors
        QVERIFY2(problems.isEmpty(), reported(problems).constData());
    }

    void secretPromptWithReasonAndInputError()
    {
        SecretPromptDialog prompt(storedTenant(QStringLiteral("Named")), false);
        prompt.setReason(QStringLiteral("The stored secret was refused."));
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        QStringList problems = accessibilityProblems(&prompt);
        typeText(&prompt, "secretPromptLineEdit", QStringLiteral("a\tb")); // refused: a control character
        problems += accessibilityProblems(&prompt);
        QVERIFY2(problems.isEmpty(), reported(problems).constData());
    }

    void firstRunAssistant()
    {
        FirstRunAssistant assistant(m_session.get(), &m_fixture->network);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        QStringList problems = accessibilityProblems(&assistant);
        clickButton(&assistant, "assistantNextButton");
        QCOMPARE(assistant.currentId(), int(FirstRunAssistant::TenantPage));
        problems += accessibilityProblems(&assistant);
        QVERIFY2(problems.isEmpty(), reported(problems).constData());
    }

    void sandboxSignInChoices()
    {
        // The first-run assistant's choice, made once the sandbox is chosen.
        FirstRunAssistant assistant(m_session.get(), &m_fixture->network);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        child<QRadioButton>(&assistant, "useSandboxRadioButton")->click();
        QTRY_VERIFY(child<QRadioButton>(&assistant, "sandboxBrowserSignInRadioButton")->isVisible());
        QStringList problems = accessibilityProblems(&assistant);
        assistant.reject();

        // The Tenants menu's submenu.
        MainWindow window(&m_fixture->client, &m_fixture->settings);
        window.setTenantSession(m_session.get(), &m_fixture->network);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *menu = window.tenantSwitcher()->sandboxSignInMenu();
        QVERIFY(menu);
        menu->popup(window.mapToGlobal(QPoint(10, 10)));
        QTRY_VERIFY(menu->isVisible());
        problems += accessibilityProblems(menu);
        menu->close();
        QVERIFY2(problems.isEmpty(), reported(problems).constData());
    }
};

QTEST_MAIN(TestAccessibilityTree)
#include "tst_accessibilitytree.moc"
