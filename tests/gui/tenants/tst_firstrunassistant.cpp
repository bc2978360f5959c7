// The first-run assistant both ways (a tenant of one's own, or the sandbox), plus what the tenant
// windows share: every control has an accessible name, and a language change re-translates them
// without losing what was typed.

#include "firstrunassistant.h"
#include "core/settings/languagemanager.h"
#include "tenantform.h"
#include "tenantsdialog.h"
#include "tenantstesting.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestFirstRunAssistant : public QObject, private TenantsHarness
{
    Q_OBJECT

private:
    void openAssistant()
    {
        m_assistant = std::make_unique<FirstRunAssistant>(m_session.get(), &m_fixture->network);
        m_assistant->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_assistant.get()));
        QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::WelcomePage));
    }

    QWidget *assistant() const { return m_assistant.get(); }

    std::unique_ptr<FirstRunAssistant> m_assistant;

private slots:
    void init() { setUpTenants(); }
    void cleanup()
    {
        m_assistant.reset();
        tearDownTenants();
    }

    void addingATenantActivatesIt()
    {
        openAssistant();
        QVERIFY(child<QRadioButton>(assistant(), "addTenantRadioButton")->isChecked());
        clickButton(assistant(), "assistantNextButton");
        QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::TenantPage));
        auto *finish = child<QPushButton>(assistant(), "assistantFinishButton");
        QVERIFY(finish->isVisible());
        QVERIFY(!finish->isEnabled()); // nothing entered yet

        const QString secret = sandboxSecretFor(QStringLiteral("sandbox-helpdesk"));
        fillTenant(assistant(), QStringLiteral("Our tenant"), address(),
            QStringLiteral("sandbox-helpdesk"), secret);
        clickIndicator(child<QRadioButton>(assistant(), "testTenantRadioButton"));
        runConnectionTest(assistant());
        QVERIFY2(reportText(assistant()).contains(QStringLiteral("✔ Signed in")),
            qPrintable(reportText(assistant())));
        QVERIFY(m_store->isEmpty()); // testing saves nothing

        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(!m_assistant->isVisible());
        QCOMPARE(m_assistant->result(), int(QDialog::Accepted));
        QCOMPARE(m_store->tenants().size(), 1);
        const Tenant stored = m_store->tenants().first();
        QCOMPARE(stored.displayName, QStringLiteral("Our tenant"));
        QVERIFY(stored.testTenant);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(m_session->activeId(), stored.id);
        QCOMPARE(m_fixture->client.connection().apiRoot, m_fixture->server.baseUrl());
        QCOMPARE(m_fixture->client.connection().clientId, QStringLiteral("sandbox-helpdesk"));
        QTRY_VERIFY(m_keychain->contains(stored.secretKey()));
        QVERIFY(!configFiles().contains(secret.toUtf8()));
    }

    void theSandboxChoiceActivatesTheSandbox()
    {
        openAssistant();
        auto *sandbox = child<QRadioButton>(assistant(), "useSandboxRadioButton");
        QVERIFY(sandbox->isVisible());
        clickIndicator(sandbox);
        auto *finish = child<QPushButton>(assistant(), "assistantFinishButton");
        QTRY_VERIFY(finish->isVisible());
        QVERIFY(!child<QPushButton>(assistant(), "assistantNextButton")->isVisible());
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(m_session->activeId(), TenantSession::sandboxId);
        QVERIFY(m_store->isEmpty());
        QVERIFY(!m_assistant->isVisible());

        // Changing one's mind brings Next back.
        m_assistant.reset();
        openAssistant();
        clickIndicator(child<QRadioButton>(assistant(), "useSandboxRadioButton"));
        clickIndicator(child<QRadioButton>(assistant(), "addTenantRadioButton"));
        QTRY_VERIFY(child<QPushButton>(assistant(), "assistantNextButton")->isVisible());
    }

    void withoutASandboxOnlyAddingIsOffered()
    {
        m_session->setSandboxStarter({});
        openAssistant();
        QVERIFY(!child<QRadioButton>(assistant(), "useSandboxRadioButton")->isVisible());
        QVERIFY(child<QPushButton>(assistant(), "assistantNextButton")->isVisible());
    }

    void cancelAsksBeforeDroppingTypedSettings()
    {
        openAssistant();
        clickButton(assistant(), "assistantNextButton");
        typeText(assistant(), "displayNameLineEdit", QStringLiteral("Half typed"));
        clickButton(assistant(), "assistantCancelButton");
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("keepEditingTenantButton")));
        QTRY_VERIFY(!messageBox("discardTenantEditsMessageBox"));
        QVERIFY(m_assistant->isVisible());
        QCOMPARE(child<QLineEdit>(assistant(), "displayNameLineEdit")->text(),
            QStringLiteral("Half typed"));

        clickButton(assistant(), "assistantCancelButton");
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("discardTenantEditsButton")));
        QTRY_VERIFY(!m_assistant->isVisible());
        QCOMPARE(m_assistant->result(), int(QDialog::Rejected));
        QVERIFY(m_store->isEmpty());
        QVERIFY(m_session->activeId().isEmpty()); // Passdesk stays without a tenant
    }

    void everyControlHasAnAccessibleName()
    {
        QAccessible::setActive(true);
        storedTenant(QStringLiteral("Named"));
        TenantsDialog dialog(m_session.get(), &m_fixture->network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList nameless = namelessControls(&dialog);
        auto *method = child<QComboBox>(&dialog, "authMethodComboBox");
        method->setCurrentIndex(1); // the access token variant of the form
        nameless += namelessControls(&dialog);
        method->setCurrentIndex(0);

        openAssistant();
        nameless += namelessControls(assistant());
        clickButton(assistant(), "assistantNextButton");
        nameless += namelessControls(assistant());
        clickIndicator(child<QCheckBox>(assistant(), "readOnlyCheckBox"));
        QTRY_VERIFY(messageBox("unlockProductionMessageBox"));
        nameless += namelessControls(messageBox("unlockProductionMessageBox"));
        QVERIFY(clickInWindow(
            QStringLiteral("unlockProductionMessageBox"), QStringLiteral("keepLockedButton")));
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
        QVERIFY(
            dialog.findChildren<QAbstractButton *>().size() > 8); // the check looked at something
    }

    void languageChangeRetranslatesWithoutLosingInput()
    {
        LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        TenantsDialog dialog(m_session.get(), &m_fixture->network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        openAssistant();
        m_assistant->form(); // the tenant page is built when first needed; this test needs it now
        typeText(&dialog, "displayNameLineEdit", QStringLiteral("Kept"));
        auto *version = child<QComboBox>(&dialog, "apiVersionComboBox");
        version->setCurrentIndex(version->findData(QStringLiteral("beta")));
        auto *method = child<QComboBox>(&dialog, "authMethodComboBox");
        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::AccessToken)));
        const QString tampered = QStringLiteral("tampered");
        for (QWidget *root : { static_cast<QWidget *>(&dialog), assistant() }) {
            child<QLabel>(root, "displayNameLabel")->setText(tampered);
            child<QAbstractButton>(root, "testConnectionButton")->setText(tampered);
        }
        child<QLabel>(&dialog, "tenantListLabel")->setText(tampered);
        child<QAbstractButton>(assistant(), "addTenantRadioButton")->setText(tampered);

        languages.apply(QStringLiteral("de"));
        QTRY_COMPARE(version->itemText(0), QStringLiteral("v2025 (aktuell)"));
        for (QWidget *root : { static_cast<QWidget *>(&dialog), assistant() }) {
            QVERIFY(child<QLabel>(root, "displayNameLabel")->text() != tampered);
            QVERIFY(child<QAbstractButton>(root, "testConnectionButton")->text() != tampered);
        }
        QVERIFY(child<QLabel>(&dialog, "tenantListLabel")->text() != tampered);
        QVERIFY(child<QAbstractButton>(assistant(), "addTenantRadioButton")->text() != tampered);
        QCOMPARE(child<QLineEdit>(&dialog, "displayNameLineEdit")->text(), QStringLiteral("Kept"));
        QCOMPARE(version->currentData().toString(), QStringLiteral("beta"));
        QCOMPARE(method->currentData().toString(), authMethodKey(AuthMethod::AccessToken));
        // Texts the code sets survive the .ui's retranslation.
        QCOMPARE(child<QLabel>(&dialog, "secretLabel")->text(),
            QCoreApplication::translate("Passdesk::TenantForm", "Access &token:"));
        languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(version->itemText(0), QStringLiteral("v2025 (current)"));
    }
};

QTEST_MAIN(TestFirstRunAssistant)
#include "tst_firstrunassistant.moc"
