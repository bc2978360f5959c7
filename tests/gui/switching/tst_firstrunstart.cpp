// Passdesk's first start (no tenant stored, none chosen), as main() runs it: the first-run
// assistant comes alone, and the main window follows it, on the tenant it set up or on none.

#include "configpage.h"
#include "firstrunassistant.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "core/tenants/tenantsession.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;
} // namespace

class TestFirstRunStart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_app = makePassdesk(m_configDir->path());
    }

    void cleanup()
    {
        m_app.reset();
        m_configDir.reset();
    }

    void theAssistantComesAloneAndTheSandboxFollowsIt()
    {
        QVERIFY(m_app->start().isEmpty());
        FirstRunAssistant *assistant = m_app->firstRunAssistant();
        QVERIFY(assistant);
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        QVERIFY(assistant->isWindow());
        QVERIFY(!m_app->mainWindow()); // nothing is made before it is needed
        QVERIFY(!m_app->sandboxRunning());

        QSignalSpy shown(m_app.get(), &PassdeskApp::mainWindowShown);
        auto *sandbox = child<QRadioButton>(assistant, "useSandboxRadioButton");
        QTest::mouseClick(sandbox, Qt::LeftButton, {}, QPoint(8, sandbox->height() / 2));
        auto *finish = child<QPushButton>(assistant, "assistantFinishButton");
        QTRY_VERIFY(finish->isVisible());
        QTest::mouseClick(finish, Qt::LeftButton);

        QTRY_COMPARE(shown.size(), 1);
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window && window->isVisible());
        QTRY_VERIFY(!m_app->firstRunAssistant()); // closed and deleted
        QTRY_COMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        QTRY_VERIFY_WITH_TIMEOUT(window->configPage()->loadedConfig().has_value(), waitMs);
        QCOMPARE(child<QLabel>(window, "environmentBadgeLabel")->text(), QStringLiteral("Sandbox"));
    }

    void cancellingOpensTheMainWindowWithoutATenant()
    {
        QVERIFY(m_app->start().isEmpty());
        FirstRunAssistant *assistant = m_app->firstRunAssistant();
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        QTest::mouseClick(child<QPushButton>(assistant, "assistantCancelButton"), Qt::LeftButton);

        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QVERIFY(m_app->session()->activeId().isEmpty());
        QCOMPARE(child<QLabel>(m_app->mainWindow(), "tenantNameLabel")->text(),
            QStringLiteral("No tenant open"));
        QVERIFY(!m_app->sandboxRunning());
    }

    void closingTheAssistantKeepsPassdeskOpen()
    {
        // Its window's close button cancels: Passdesk must not take it for its last window.
        QVERIFY(m_app->start().isEmpty());
        FirstRunAssistant *assistant = m_app->firstRunAssistant();
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
        QVERIFY(assistant->close());
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QCOMPARE(lastClosed.size(), 0);
    }

    void quittingDuringTheAssistantOpensNothing()
    {
        QVERIFY(m_app->start().isEmpty());
        QPointer<FirstRunAssistant> assistant = m_app->firstRunAssistant();
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        QSignalSpy shown(m_app.get(), &PassdeskApp::mainWindowShown);
        m_app.reset(); // as when the session ends with the assistant open
        QVERIFY(!assistant);
        QCOMPARE(shown.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
};

QTEST_MAIN(TestFirstRunStart)
#include "tst_firstrunstart.moc"
