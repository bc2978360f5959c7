// Passdesk as main() starts it (PassdeskApp), with an in-memory keychain and a temporary config
// dir, against a sandbox tenant on loopback: choosing the tenant at start, the tenant combo,
// switching with unsaved edits, the read-only lock.

#include "panellabel.h"
#include "tenantrig.h"
#include "core/tenants/tenantsession.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantSwitching : public TenantRig
{
    Q_OBJECT

private:
    class ShowEventCounter final : public QObject
    {
    public:
        QStringList names;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show && !watched->objectName().startsWith(QLatin1String("qt_")))
                names.append(watched->objectName());
            return false;
        }
    };

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void startsOnTheLastUsedTenant()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Acme helpdesk"), QStringLiteral("sandbox-helpdesk"));
        setLastUsed(m_ids.at(1));
        QVERIFY(start().isEmpty());
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(combo()->currentText(), QStringLiteral("Acme helpdesk"));
        QCOMPARE(label("tenantNameLabel")->text(), QStringLiteral("Acme helpdesk"));
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Test tenant"));
        QVERIFY(!m_app->sandboxRunning()); // the embedded sandbox starts only when used
    }

    void theFirstFrameShowsTheTenantBeingOpened()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        // Its secret is still being read (the keychain answers from the event loop), yet the
        // window shows which tenant opens and the page looks as it will while loading.
        QVERIFY(m_app->session()->isActivating());
        QCOMPARE(label("tenantNameLabel")->text(), QStringLiteral("Acme admin"));
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-admin")));
        QCOMPARE(label("signedInLabel")->text(), QStringLiteral("Not signed in"));
        QCOMPARE(label("configStatusLabel")->text(), QStringLiteral("Loading the password org config…"));
        auto *cancel = child<QPushButton>(window(), "configCancelButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(!cancel->isEnabled()); // nothing to stop before the request goes out

        // For an org admin no label or button of the bar and the page is shown again on the way
        // to the loaded config: a widget shown in a visible window lays the whole window out at
        // once. (A helpdesk agent's read-only notice appears once the token says who they are.)
        ShowEventCounter shows;
        for (QWidget *widget : window()->findChildren<QWidget *>())
            widget->installEventFilter(&shows);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QTRY_VERIFY(label("signedInLabel")->text().startsWith(QLatin1String("Signed in as")));
        QCOMPARE(shows.names.join(u','), QString());
        QVERIFY(!cancel->isVisible());
    }

    void aLanguageChangeWhileOpeningKeepsTheTenantShown()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        QVERIFY(m_app->session()->isActivating());
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(window(), &languageChange);
        QCOMPARE(label("tenantNameLabel")->text(), QStringLiteral("Acme admin"));
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-admin")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(label("tenantNameLabel")->text(), QStringLiteral("Acme admin"));
    }

    void theComboWidensForALongerNameAddedLater()
    {
        addTenant(QStringLiteral("Acme"), QStringLiteral("sandbox-admin"));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        const int before = combo()->width();
        Tenant longer;
        longer.displayName = QStringLiteral("Acme Corporation, Northern Europe production");
        longer.address = m_server->baseUrl().toString();
        longer.clientId = QStringLiteral("sandbox-admin");
        longer.testTenant = true;
        QVERIFY(!m_app->session()->store()->save(longer).isEmpty());
        QTRY_VERIFY(combo()->width() > before);
        QVERIFY(combo()->sizeHint().width()
            > combo()->fontMetrics().horizontalAdvance(longer.displayName));
    }

    void tenantOptionChoosesByNameAndRefusesUnknownNames()
    {
        addTenant(QStringLiteral("Acme admin"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Globex"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start(QStringLiteral("globex")).isEmpty());
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        m_app.reset();

        const QString error = start(QStringLiteral("Initech"));
        QVERIFY(error.contains(QLatin1String("Initech")));
        QVERIFY(error.contains(QLatin1String("Acme admin")));
        QVERIFY(error.contains(QLatin1String("Globex")));
        QVERIFY(m_app->mainWindow() == nullptr);
    }

    void switchingWithUnsavedEditsAsksAndKeepsThemOnKeepEditing()
    {
        addTenant(QStringLiteral("First"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Second"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        const bool before = custom->isChecked();
        QTRY_VERIFY(custom->isEnabled());
        QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(4, custom->height() / 2));
        QCOMPARE(custom->isChecked(), !before);

        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("keepEditingButton")));
        QTRY_VERIFY(!visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QCOMPARE(m_app->session()->activeId(), m_ids.at(0));
        QCOMPARE(combo()->currentText(), QStringLiteral("First"));
        QCOMPARE(custom->isChecked(), !before);
        QVERIFY(window()->isWindowModified());

        // The combo asks the same way; this time the edit is discarded on purpose.
        combo()->setFocus();
        QTest::keyClick(combo(), Qt::Key_Down);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QCOMPARE(combo()->currentText(), QStringLiteral("First")); // not switched yet
        m_server->clearRequests();
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("discardAndSwitchButton")));
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(combo()->currentText(), QStringLiteral("Second"));
        QCOMPARE(custom->isChecked(), before);
        QVERIFY(!window()->isWindowModified());
        QCOMPARE(m_server->requestCount("GET", configPath), 1);
        QCOMPARE(m_server->requestCount("PUT", configPath), 0);
    }

    void tenantNamesInTheQuestionAreShownAsTyped()
    {
        addTenant(QStringLiteral("Acme <b>EU</b>"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("R&D"), QStringLiteral("sandbox-admin"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        QTRY_VERIFY(custom->isEnabled());
        custom->click();
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        // The question is rich text; the names are the user's words and stay text.
        const QString text
            = visibleTopLevel<QMessageBox>(QStringLiteral("switchTenantMessageBox"))->text();
        QVERIFY2(text.contains(QLatin1String("Acme &lt;b&gt;EU&lt;/b&gt;")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("R&amp;D")), qPrintable(text));
        QVERIFY(clickInWindow(
            QStringLiteral("switchTenantMessageBox"), QStringLiteral("keepEditingButton")));
    }

    void switchingWithoutEditsIsOneKeystroke()
    {
        addTenant(QStringLiteral("First"), QStringLiteral("sandbox-admin"));
        addTenant(QStringLiteral("Second"), QStringLiteral("sandbox-helpdesk"));
        setLastUsed(m_ids.at(0));
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), m_ids.at(1));
        QVERIFY(!visibleTopLevel(QStringLiteral("switchTenantMessageBox")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-helpdesk")));
        // Ctrl+3 is the embedded sandbox, started on first use.
        QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(m_app->session()->activeId(), TenantSession::sandboxId);
        QVERIFY(m_app->sandboxRunning());
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Sandbox"));
        // Signed in to the embedded sandbox and its config shown.
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QVERIFY(label("clientIdLabel")->text().contains(QLatin1String("sandbox-admin")));
    }

    void productionIsMarkedAndTheLockBlocksWrites()
    {
        addTenant(QStringLiteral("Acme production"), QStringLiteral("sandbox-admin"),
            /*production=*/true, /*locked=*/true);
        QVERIFY(start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), waitMs);
        QCOMPARE(label("environmentBadgeLabel")->text(), QStringLiteral("Production"));
        QCOMPARE(child<PanelLabel>(window(), "environmentBadgeLabel")->panelStyle().background,
            QColor(0xc6, 0x28, 0x28));
        auto *notice = child<QLabel>(window(), "configReadOnlyLabel");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("locked read-only")));
        auto *custom = child<QCheckBox>(window(), "customInstructionsCheckBox");
        QVERIFY(!custom->isEnabled());
        QTest::keyClick(window(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!visibleTopLevel(QStringLiteral("saveConfirmationDialog")));
        QCOMPARE(m_server->requestCount("PUT", configPath), 0);
        QCOMPARE(m_server->requestCount("POST", configPath), 0);
    }
};

QTEST_MAIN(TestTenantSwitching)
#include "tst_tenantswitching.moc"
