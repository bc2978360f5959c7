// `passdesk --sandbox` as main() runs it: the sandbox tenant is the passdesk-sandbox program in
// a child process; Passdesk signs in to it and shows its org config, says why when it cannot
// start it, and leaves no sandbox running when it ends.

#include "configpage.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "passdesktesting.h"
#include "sandboxchild.h"
#include "tenantsession.h"

#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <signal.h>

using namespace Passdesk;

namespace {
constexpr int waitMs = 10000;
} // namespace

class TestSandboxStart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_app = Testing::makePassdesk(m_configDir->path(), /*sandbox=*/true);
    }

    void cleanup()
    {
        m_app.reset();
        m_configDir.reset();
    }

    void showsTheChildsOrgConfigAndEndsItOnQuit()
    {
        QVERIFY(m_app->start().isEmpty());
        auto *child = dynamic_cast<Sandbox::SandboxChild *>(m_app->sandbox());
        QVERIFY(child);
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->configPage()->loadedConfig().has_value(), waitMs);
        QCOMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        const pid_t pid = child->processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, 0), 0);

        m_app.reset(); // what quitting Passdesk does
        QCOMPARE(::kill(pid, 0), -1);
        QCOMPARE(errno, ESRCH); // ended and reaped
    }

    void aSandboxThatCannotStartSaysWhy()
    {
        const QString missing = m_configDir->filePath(QStringLiteral("no-such-passdesk-sandbox"));
        m_app->setSandboxProgram(missing);
        QVERIFY(m_app->start().isEmpty());
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(
                                     QLatin1String("The sandbox tenant could not start (")),
            waitMs);
        QVERIFY(window->statusBar()->currentMessage().contains(missing));
        QVERIFY(m_app->session()->activeId().isEmpty());
        QVERIFY(!m_app->sandboxRunning()); // choosing it again starts anew
    }

private:
    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
};

QTEST_MAIN(TestSandboxStart)
#include "tst_sandboxstart.moc"
