// Screen readers and AT-SPI tools can operate every control: each interactive widget of the main
// window, the config form, the token dialog and the settings has an accessible name.

#include "guihelpers.h"
#include "core/settings/languagemanager.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "settingsdialog.h"
#include "tokendialog.h"
#include "configpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTabBar>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {

bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget);
}

// "class objectName" of every interactive control under root without an accessible name.
QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root))
            continue;
        // Line edits inside spin boxes and combo boxes belong to them.
        if (qobject_cast<QLineEdit *>(widget) && (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                                                  || qobject_cast<QComboBox *>(widget->parentWidget())))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return nameless;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyControlHasAnAccessibleName()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        MainWindow window(&fixture.client, &fixture.settings, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.configPage()->loadedConfig().has_value(), 10000);
        QAccessible::setActive(true);

        QStringList nameless = namelessControls(&window);
        TokenDialog *token = window.openTokenDialog();
        QVERIFY(QTest::qWaitForWindowExposed(token));
        nameless += namelessControls(token);
        window.openSettings();
        auto *settings = window.findChild<SettingsDialog *>();
        QVERIFY(settings);
        nameless += namelessControls(settings);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));

        // The named checks above must have looked at something.
        QVERIFY(window.findChildren<QAbstractButton *>().size() > 5);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
