// The Tenants dialog against the sandbox: adding a tenant keeps its secret in the keychain and
// nowhere in the settings, Test connection reports what the client may do (or the token
// endpoint's refusal), Remove asks and deletes the keychain entry, a refused address is explained
// and cannot be saved.

#include "connectiontestpanel.h"
#include "tenantform.h"
#include "tenantsdialog.h"
#include "tenantstesting.h"

#include <QCheckBox>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantsDialog : public QObject, private TenantsDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUpTenants(); }
    void cleanup()
    {
        m_dialog.reset();
        tearDownTenants();
    }

    void addingATenantKeepsTheSecretInTheKeychainOnly()
    {
        openDialog();
        QVERIFY(
            m_dialog->currentTenantId().isEmpty()); // nothing stored: the form is for a new tenant
        QVERIFY(!child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());
        const QString secret = sandboxSecretFor(QStringLiteral("sandbox-admin"));
        QVERIFY(!secret.isEmpty());
        fillTenant(dialog(), QStringLiteral("Acme staging"), address(),
            QStringLiteral("sandbox-admin"), secret);
        QCOMPARE(child<QLabel>(dialog(), "addressHintLabel")->text(),
            QStringLiteral("API root: %1").arg(address()));
        clickButton(dialog(), "saveTenantButton");

        QCOMPARE(m_store->tenants().size(), 1);
        const Tenant stored = m_store->tenants().first();
        QCOMPARE(stored.displayName, QStringLiteral("Acme staging"));
        QCOMPARE(stored.address, address());
        QCOMPARE(stored.clientId, QStringLiteral("sandbox-admin"));
        QCOMPARE(stored.authMethod, AuthMethod::ClientCredentials);
        QVERIFY(stored.isProduction()); // unmarked means production
        QVERIFY(stored.readOnly); // and a new production tenant starts locked
        QCOMPARE(m_dialog->currentTenantId(), stored.id);
        QTRY_VERIFY(m_keychain->contains(stored.secretKey()));
        QCOMPARE(credentialsOf(stored), secret);

        // The form forgets the typed secret and says where it is.
        auto *secretEdit = child<QLineEdit>(dialog(), "secretLineEdit");
        QVERIFY(secretEdit->text().isEmpty());
        QTRY_COMPARE(secretEdit->placeholderText(),
            QStringLiteral("Stored in the keychain — leave empty to keep it"));
        QVERIFY(!child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());

        // The list names the marking in words.
        auto *list = child<QListWidget>(dialog(), "tenantListWidget");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Acme staging")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Production · locked read-only")));

        // Every file in the config dir: the tenant is there, its secret is not.
        const QByteArray files = configFiles();
        QVERIFY(files.contains("Acme staging"));
        QVERIFY(files.contains("sandbox-admin"));
        QVERIFY(!files.contains(secret.toUtf8()));
    }

    void testConnectionWithAnAdminClientAllowsEverything()
    {
        openDialog();
        fillTenant(dialog(), QStringLiteral("Sandbox copy"), address(),
            QStringLiteral("sandbox-admin"), sandboxSecretFor(QStringLiteral("sandbox-admin")));
        clickIndicator(child<QRadioButton>(dialog(), "testTenantRadioButton"));
        QVERIFY(!child<QCheckBox>(dialog(), "readOnlyCheckBox")
                     ->isChecked()); // a test tenant is not locked
        runConnectionTest(dialog());

        const QString report = reportText(dialog());
        QVERIFY2(report.contains(QStringLiteral("The connection works.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ Signed in")), qPrintable(report));
        QVERIFY2(
            report.contains(QStringLiteral("✔ Read the password org config.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ Change the org config")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ Generate digit tokens")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("✘")), qPrintable(report));
        // The test used the unsaved values and saved nothing.
        QVERIFY(m_store->isEmpty());
        QVERIFY(!configFiles().contains("Sandbox copy"));
        QVERIFY(m_dialog->testPanel()->report()->isSuccess());
    }

    void testConnectionNamesTheScopeAHelpdeskClientLacks()
    {
        openDialog();
        fillTenant(dialog(), QStringLiteral("Helpdesk"), address(),
            QStringLiteral("sandbox-helpdesk"),
            sandboxSecretFor(QStringLiteral("sandbox-helpdesk")));
        clickIndicator(child<QRadioButton>(dialog(), "testTenantRadioButton"));
        runConnectionTest(dialog());

        const QString report = reportText(dialog());
        QVERIFY2(report.contains(QStringLiteral("✔ Signed in")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral(
                     "✘ Change the org config: needs the scope idn:password-org-config:manage")),
            qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ Generate digit tokens")), qPrintable(report));
    }

    void lockedProductionTenantReportsTheLock()
    {
        openDialog();
        fillTenant(dialog(), QStringLiteral("Production"), address(),
            QStringLiteral("sandbox-admin"), sandboxSecretFor(QStringLiteral("sandbox-admin")));
        runConnectionTest(dialog());
        QVERIFY2(reportText(dialog()).contains(
                     QStringLiteral("✘ Change the org config: the tenant is locked read-only")),
            qPrintable(reportText(dialog())));
    }

    void wrongSecretShowsTheTokenEndpointsError()
    {
        openDialog();
        fillTenant(dialog(), QStringLiteral("Typo"), address(), QStringLiteral("sandbox-admin"),
            QStringLiteral("not-the-secret"));
        runConnectionTest(dialog());
        const QString report = reportText(dialog());
        QVERIFY2(report.contains(QStringLiteral("The connection failed.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✘ Could not sign in")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Bad credentials")),
            qPrintable(report)); // the endpoint's own words
        QVERIFY(!report.contains(QStringLiteral("not-the-secret")));
    }

    void testConnectionUsesTheStoredSecretWhenNoneIsTyped()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Stored"));
        m_session->saveCredentials(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        QTRY_VERIFY(m_keychain->contains(tenant.secretKey()));
        openDialog();
        QCOMPARE(m_dialog->currentTenantId(), tenant.id);
        QVERIFY(child<QLineEdit>(dialog(), "secretLineEdit")->text().isEmpty());
        runConnectionTest(dialog());
        QVERIFY2(reportText(dialog()).contains(QStringLiteral("✔ Signed in")),
            qPrintable(reportText(dialog())));

        // Without a stored secret the panel says what is missing instead of trying.
        m_session->forgetCredentials(tenant);
        QTRY_VERIFY(!m_keychain->contains(tenant.secretKey()));
        clickButton(dialog(), "testConnectionButton");
        QTRY_VERIFY(reportText(dialog()).contains(QStringLiteral("Type the client secret first")));
    }

    void closingCancelsATestUnderWay()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Slow"));
        m_session->saveCredentials(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        openDialog();
        clickButton(dialog(), "testConnectionButton");
        QTRY_VERIFY(m_dialog->testPanel()->isRunning()); // the stored secret was read
        QVERIFY(child<QWidget>(dialog(), "testProgressBar")->isVisible());
        QVERIFY(!child<QPushButton>(dialog(), "testConnectionButton")->isEnabled());
        QSignalSpy finished(m_dialog->testPanel(), &ConnectionTestPanel::finished);
        clickButton(dialog(), "closeButton");
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_dialog->testPanel()->isRunning());
        QVERIFY(!finished.wait(500)); // a late answer from the sandbox produces no report
        QVERIFY(!m_dialog->testPanel()->report());
    }

    void cancelStopsATestUnderWay()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Slow"));
        m_session->saveCredentials(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        openDialog();
        QVERIFY(child<QPushButton>(dialog(), "testCancelButton"));
        QVERIFY(!child<QPushButton>(dialog(), "testCancelButton")->isVisible());
        clickButton(dialog(), "testConnectionButton");
        QTRY_VERIFY(m_dialog->testPanel()->isRunning()); // the stored secret was read
        auto *cancel = child<QPushButton>(dialog(), "testCancelButton");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QSignalSpy finished(m_dialog->testPanel(), &ConnectionTestPanel::finished);
        cancel->click();
        QVERIFY(m_dialog->isVisible()); // only the test stops
        QVERIFY(!m_dialog->testPanel()->isRunning());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!child<QWidget>(dialog(), "testProgressBar")->isVisible());
        QVERIFY(child<QPushButton>(dialog(), "testConnectionButton")->isEnabled());
        QVERIFY(reportText(dialog()).contains(QStringLiteral("cancelled")));
        QVERIFY(!finished.wait(500)); // a late answer from the sandbox produces no report
        QVERIFY(!m_dialog->testPanel()->report());
    }

    void removeAsksAndDeletesTheKeychainEntry()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Old tenant"));
        m_session->saveCredentials(tenant, QStringLiteral("old-secret"), true);
        QTRY_VERIFY(m_keychain->contains(tenant.secretKey()));
        openDialog();

        clickButton(dialog(), "removeTenantButton");
        QTRY_VERIFY(messageBox("removeTenantMessageBox"));
        QVERIFY(
            messageBox("removeTenantMessageBox")->text().contains(QStringLiteral("Old tenant")));
        QVERIFY(clickInWindow(
            QStringLiteral("removeTenantMessageBox"), QStringLiteral("cancelRemoveTenantButton")));
        QTRY_VERIFY(!messageBox("removeTenantMessageBox"));
        QVERIFY(m_store->tenant(tenant.id));
        QVERIFY(m_keychain->contains(tenant.secretKey()));

        clickButton(dialog(), "removeTenantButton");
        QTRY_VERIFY(messageBox("removeTenantMessageBox"));
        QVERIFY(clickInWindow(
            QStringLiteral("removeTenantMessageBox"), QStringLiteral("confirmRemoveTenantButton")));
        QVERIFY(m_store->isEmpty());
        QTRY_VERIFY(!m_keychain->contains(tenant.secretKey()));
        QCOMPARE(child<QListWidget>(dialog(), "tenantListWidget")->count(), 0);
        QVERIFY(m_dialog->currentTenantId().isEmpty());
        QVERIFY(!child<QPushButton>(dialog(), "removeTenantButton")->isEnabled());
        // Removing is not an unsaved edit: the dialog closes without asking.
        clickButton(dialog(), "closeButton");
        QTRY_VERIFY(!m_dialog->isVisible());
    }

    void refusedAddressIsExplainedAndCannotBeSaved()
    {
        openDialog();
        fillTenant(dialog(), QStringLiteral("Plain http"),
            QStringLiteral("http://acme.example.com"), QStringLiteral("client"),
            QStringLiteral("secret"));
        QString expected;
        QVERIFY(!apiRootFromUserInput(QStringLiteral("http://acme.example.com"), &expected));
        QVERIFY(!expected.isEmpty());
        auto *hint = child<QLabel>(dialog(), "addressHintLabel");
        QCOMPARE(hint->text(), expected);
        QVERIFY(hint->isVisible());
        auto *save = child<QPushButton>(dialog(), "saveTenantButton");
        QVERIFY(!save->isEnabled());
        QCOMPARE(child<QLabel>(dialog(), "saveStatusLabel")->text(), expected);
        QVERIFY(!child<QPushButton>(dialog(), "testConnectionButton")->isEnabled());

        // Nothing typed is lost; fixing the address enables Save.
        typeText(dialog(), "addressLineEdit", QStringLiteral("acme"));
        QCOMPARE(hint->text(), QStringLiteral("API root: https://acme.api.identitynow.com"));
        QVERIFY(save->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog(), "displayNameLineEdit")->text(),
            QStringLiteral("Plain http"));
        QCOMPARE(child<QLineEdit>(dialog(), "clientIdLineEdit")->text(), QStringLiteral("client"));

        // Emptied fields say what they need, next to themselves.
        typeText(dialog(), "displayNameLineEdit", QString());
        auto *nameError = child<QLabel>(dialog(), "displayNameErrorLabel");
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), QStringLiteral("Give the tenant a display name."));
        QVERIFY(!save->isEnabled());
        typeText(dialog(), "clientIdLineEdit", QStringLiteral("has space"));
        QVERIFY(child<QLabel>(dialog(), "clientIdErrorLabel")->isVisible());
    }
};

QTEST_MAIN(TestTenantsDialog)
#include "tst_tenantsdialog.moc"
