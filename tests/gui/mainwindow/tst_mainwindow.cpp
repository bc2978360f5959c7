// The main window against the sandbox: it shows the tenant and its org config, opens the token
// dialog, and never closes over unsaved edits without asking.

#include "configpage.h"
#include "guihelpers.h"
#include "errorview.h"
#include "mainwindow.h"
#include "panelframe.h"
#include "panellabel.h"
#include "passdeskbuildid.h"
#include "sandboxfixture.h"
#include "tokendialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMenu>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTest>

using namespace Passdesk;
using namespace Passdesk::Testing;

namespace {
constexpr int waitMs = 10000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void showsTenantAndLoadsConfig()
    {
        QJsonObject config = *m_fixture->server.orgConfig();
        config.insert(QStringLiteral("digitTokenLength"), 9);
        m_fixture->server.setOrgConfig(config);
        createWindow();
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("environmentBadgeLabel"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("Sandbox"));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("tenantNameLabel"))->text(), QStringLiteral("Sandbox"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("apiVersionLabel"))->text().contains(QLatin1String("v2025")));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("clientIdLabel"))->text().contains(QLatin1String("sandbox-admin")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Sandbox")));
        auto *length = m_window->findChild<QSpinBox *>(QStringLiteral("digitTokenLengthSpinBox"));
        QVERIFY(length);
        QTRY_COMPARE_WITH_TIMEOUT(length->value(), 9, waitMs);
        QCOMPARE(m_fixture->server.requestCount("GET", QStringLiteral("/password-org-config")), 1);
    }

    void copiesTheTenantAddressAndClientId()
    {
        createWindow();
        auto *bar = m_window->findChild<QWidget *>(QStringLiteral("tenantBar"));
        QVERIFY(bar);
        QCOMPARE(bar->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *copyAddress = m_window->findChild<QAction *>(QStringLiteral("copyTenantAddressAction"));
        auto *copyClient = m_window->findChild<QAction *>(QStringLiteral("copyClientIdAction"));
        QVERIFY(copyAddress && copyClient);
        QVERIFY(bar->actions().contains(copyAddress) && bar->actions().contains(copyClient));
        // The main window's Tenant menu has them too, for the keyboard.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("tenantMenu"));
        QVERIFY(menu->actions().contains(copyAddress));
        QVERIFY(copyAddress->isEnabled() && copyClient->isEnabled());
        copyAddress->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_fixture->connection.apiRoot.toString());
        copyClient->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_fixture->connection.clientId);
    }

    void productionIsMarkedDistinctly()
    {
        m_fixture->connection.sandbox = false;
        m_fixture->connection.displayName = QStringLiteral("Acme");
        m_fixture->client.setConnection(m_fixture->connection);
        createWindow();
        auto *badge = m_window->findChild<PanelLabel *>(QStringLiteral("environmentBadgeLabel"));
        QCOMPARE(badge->text(), QStringLiteral("Production"));
        QCOMPARE(badge->panelStyle().background, QColor(0xc6, 0x28, 0x28));
        QCOMPARE(badge->palette().color(QPalette::WindowText), QColor(Qt::white));
        // The tenant bar is outlined in the same red; other tenants keep the plain frame.
        auto *bar = m_window->findChild<PanelFrame *>(QStringLiteral("tenantBarFrame"));
        QCOMPARE(bar->panelStyle().border, QColor(0xc6, 0x28, 0x28));
        QCOMPARE(bar->frameShape(), QFrame::NoFrame);
    }

    void showsServerErrorWhenLoadingFails()
    {
        m_fixture->server.setServerError(true);
        createWindow();
        auto *errorView = m_window->findChild<ErrorView *>();
        QVERIFY(errorView);
        QTRY_VERIFY_WITH_TIMEOUT(errorView->hasError(), waitMs);
        QTRY_VERIFY(errorView->isVisible());
        auto *summary = errorView->findChild<QLabel *>(QStringLiteral("errorSummaryLabel"));
        QVERIFY(summary);
        QVERIFY(summary->text().contains(QLatin1String("500")));
    }

    void ctrlGOpensOneTokenDialog()
    {
        createWindow();
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        TokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<TokenDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(m_window->openTokenDialog(), dialog); // a second request raises the same one
        QCOMPARE(m_window->findChildren<TokenDialog *>().size(), 1);
        dialog->close();
    }

    void closingWithUnsavedChangesAsks()
    {
        createWindow();
        auto *length = m_window->findChild<QSpinBox *>(QStringLiteral("digitTokenLengthSpinBox"));
        QTRY_VERIFY_WITH_TIMEOUT(length->isEnabled() && m_window->configPage()->loadedConfig().has_value(), waitMs);
        length->setValue(length->value() + 2);
        QTRY_VERIFY(m_window->isWindowModified());

        QVERIFY(!m_window->close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("unsavedChangesMessageBox"))));
        box->findChild<QAbstractButton *>(QStringLiteral("keepEditingButton"))->click();
        QTRY_VERIFY(!visibleTopLevel<QMessageBox>(QStringLiteral("unsavedChangesMessageBox")));
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->configPage()->hasUnsavedChanges());

        QVERIFY(!m_window->close());
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("unsavedChangesMessageBox"))));
        box->findChild<QAbstractButton *>(QStringLiteral("discardChangesButton"))->click();
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_fixture->server.requestCount("PUT", QStringLiteral("/password-org-config")), 0);
    }

    void aboutAgreesWithTheBuild()
    {
        createWindow();
        m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QMessageBox *about = nullptr;
        QTRY_VERIFY((about = visibleTopLevel<QMessageBox>(QStringLiteral("aboutMessageBox"))));
        QVERIFY(about->text().contains(QStringLiteral("Passdesk %1").arg(QStringLiteral(PASSDESK_VERSION))));
        QVERIFY(about->text().contains(QStringLiteral(PASSDESK_BUILD_ID)));
        QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about->text().contains(m_fixture->settings.fileName()));
        about->close();
    }

    void closingWithoutChangesDoesNotAsk()
    {
        createWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->configPage()->loadedConfig().has_value(), waitMs);
        QVERIFY(m_window->close());
        QVERIFY(!visibleTopLevel<QMessageBox>(QStringLiteral("unsavedChangesMessageBox")));
    }

private:
    void createWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_fixture->client, &m_fixture->settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
