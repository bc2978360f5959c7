// The complete example of docs/automation.md: a helpdesk call, driven like a user would.

#include "guihelpers.h"     // visibleTopLevel(), clickInWindow(), child()
#include "mainwindow.h"
#include "sandboxfixture.h" // a sandbox tenant on loopback and a connected ApiClient
#include "tokendialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

class AutomationExample : public QObject
{
    Q_OBJECT

private slots:
    void helpdeskCallFromStartToToken()
    {
        // 1. Start Passdesk's pieces on the sandbox tenant.
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(QStringLiteral("sandbox-helpdesk")));
        sandbox.server.setNextDigitToken(QStringLiteral("04071990")); // a known token, leading zero
        MainWindow window(&sandbox.client, &sandbox.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 2. Open the token dialog with its shortcut and find it by objectName.
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        TokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<TokenDialog *>()) && dialog->isVisible());

        // 3. Type the caller's uid, confirm the verification, generate.
        QTest::keyClicks(child<QLineEdit>(dialog, "userIdLineEdit"), QStringLiteral("Abby.Smith"));
        child<QCheckBox>(dialog, "callerVerifiedCheckBox")->click();
        child<QPushButton>(dialog, "generateButton")->click();

        // 4. Wait for the token on a condition, never a fixed time, and read it.
        auto *digits = child<QLabel>(dialog, "tokenDigitsLabel");
        QTRY_COMPARE_WITH_TIMEOUT(digits->text(), QStringLiteral("0407 1990"), 10000);

        // 5. What the server saw: exactly one digit token request.
        QCOMPARE(sandbox.server.requestCount("POST", QStringLiteral("/generate-password-reset-token/digit")), 1);
    }
};

QTEST_MAIN(AutomationExample)
#include "tst_automation_example.moc"
