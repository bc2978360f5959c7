// Editing in the Tenants dialog: production starts locked and unlocking asks, leaving a tenant
// with unsaved edits asks (and "keep editing" keeps them), Save applies only what changed, the
// auth method switch keeps what was typed, and without a keychain the secret stays in memory.

#include "core/auth/accesstokenprovider.h"
#include "core/api/apiclient.h"
#include "tenantform.h"
#include "tenantsdialog.h"
#include "tenantstesting.h"

#include <QCheckBox>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantsDialogEdits : public QObject, private TenantsDialogHarness
{
    Q_OBJECT

private:
    void clickItem(int row)
    {
        auto *list = child<QListWidget>(dialog(), "tenantListWidget");
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    }

private slots:
    void init()
    {
        setUpTenants(QTest::currentTestFunction()
            != QByteArrayLiteral("withoutAKeychainTheSecretStaysInMemory"));
    }
    void cleanup()
    {
        m_dialog.reset();
        tearDownTenants();
    }

    void newProductionTenantStartsLockedAndUnlockingAsks()
    {
        openDialog();
        auto *production = child<QRadioButton>(dialog(), "productionRadioButton");
        auto *lock = child<QCheckBox>(dialog(), "readOnlyCheckBox");
        QVERIFY(production->isChecked());
        QVERIFY(lock->isChecked());

        clickIndicator(lock);
        QTRY_VERIFY(messageBox("unlockProductionMessageBox"));
        QVERIFY(lock->isChecked()); // still locked while the question is open
        QVERIFY(clickInWindow(
            QStringLiteral("unlockProductionMessageBox"), QStringLiteral("keepLockedButton")));
        QTRY_VERIFY(!messageBox("unlockProductionMessageBox"));
        QVERIFY(lock->isChecked());

        clickIndicator(lock);
        QTRY_VERIFY(messageBox("unlockProductionMessageBox"));
        QVERIFY(clickInWindow(
            QStringLiteral("unlockProductionMessageBox"), QStringLiteral("unlockButton")));
        QVERIFY(!lock->isChecked());

        // Marking a tenant production locks it again; test tenants unlock without asking.
        clickIndicator(child<QRadioButton>(dialog(), "testTenantRadioButton"));
        QVERIFY(!lock->isChecked());
        clickIndicator(production);
        QVERIFY(lock->isChecked());
        clickIndicator(child<QRadioButton>(dialog(), "testTenantRadioButton"));
        clickIndicator(lock);
        QVERIFY(!lock->isChecked());
        QVERIFY(!messageBox("unlockProductionMessageBox"));

        fillTenant(dialog(), QStringLiteral("Unlocked test"), address(),
            QStringLiteral("sandbox-admin"), QString());
        clickButton(dialog(), "saveTenantButton");
        QCOMPARE(m_store->tenants().size(), 1);
        QVERIFY(!m_store->tenants().first().readOnly);
        QVERIFY(m_store->tenants().first().testTenant);
    }

    void switchingWithUnsavedEditsAsks()
    {
        const Tenant first = storedTenant(QStringLiteral("First"));
        const Tenant second = storedTenant(QStringLiteral("Second"));
        openDialog();
        QCOMPARE(m_dialog->currentTenantId(), first.id);
        auto *name = child<QLineEdit>(dialog(), "displayNameLineEdit");
        QTest::keyClicks(name, QStringLiteral(" edited"));
        QVERIFY(child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());

        // Keep editing: the edit and the selection stay.
        clickItem(1);
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("keepEditingTenantButton")));
        QTRY_VERIFY(!messageBox("discardTenantEditsMessageBox"));
        QCOMPARE(m_dialog->currentTenantId(), first.id);
        QCOMPARE(name->text(), QStringLiteral("First edited"));
        QCOMPARE(child<QListWidget>(dialog(), "tenantListWidget")->currentRow(), 0);

        // Discard: the other tenant is shown, the stored one is unchanged.
        clickItem(1);
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("discardTenantEditsButton")));
        QCOMPARE(m_dialog->currentTenantId(), second.id);
        QCOMPARE(name->text(), QStringLiteral("Second"));
        QCOMPARE(m_store->tenant(first.id)->displayName, QStringLiteral("First"));

        // Save: the edit is stored, then the other tenant is shown.
        QTest::keyClicks(name, QStringLiteral(" renamed"));
        clickItem(0);
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("saveTenantEditsButton")));
        QCOMPARE(m_store->tenant(second.id)->displayName, QStringLiteral("Second renamed"));
        QCOMPARE(m_dialog->currentTenantId(), first.id);

        // Add and Close ask as well.
        QTest::keyClicks(name, QStringLiteral("!"));
        clickButton(dialog(), "addTenantButton");
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("keepEditingTenantButton")));
        QCOMPARE(m_dialog->currentTenantId(), first.id);
        clickButton(dialog(), "closeButton");
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("keepEditingTenantButton")));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(name->text(), QStringLiteral("First!"));
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(messageBox("discardTenantEditsMessageBox"));
        QVERIFY(clickInWindow(QStringLiteral("discardTenantEditsMessageBox"),
            QStringLiteral("discardTenantEditsButton")));
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_store->tenant(first.id)->displayName, QStringLiteral("First"));
    }

    void saveAppliesOnlyWhatChanged()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Only the secret"));
        openDialog();
        QSignalSpy storeChanges(m_store.get(), &TenantStore::tenantsChanged);
        typeText(dialog(), "secretLineEdit", QStringLiteral("new-secret"));
        clickButton(dialog(), "saveTenantButton");
        QCOMPARE(storeChanges.size(), 0); // the settings were not rewritten
        QTRY_VERIFY(m_keychain->contains(tenant.secretKey()));
        QCOMPARE(credentialsOf(tenant), QStringLiteral("new-secret"));

        // A settings change alone leaves the stored secret alone.
        typeText(dialog(), "displayNameLineEdit", QStringLiteral("Renamed"));
        clickButton(dialog(), "saveTenantButton");
        QCOMPARE(storeChanges.size(), 1);
        QCOMPARE(m_store->tenant(tenant.id)->displayName, QStringLiteral("Renamed"));
        QCOMPARE(credentialsOf(*m_store->tenant(tenant.id)), QStringLiteral("new-secret"));
    }

    void editingTheActiveTenantReloadsIt()
    {
        const Tenant tenant = storedTenant(QStringLiteral("Active"));
        m_session->saveCredentials(tenant, sandboxSecretFor(QStringLiteral("sandbox-admin")), true);
        QSignalSpy activated(m_session.get(), &TenantSession::activated);
        m_session->activate(tenant.id);
        QTRY_COMPARE(activated.size(), 1);
        QVERIFY(!m_fixture->client.connection().readOnly);
        openDialog();
        QVERIFY(child<QListWidget>(dialog(), "tenantListWidget")
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("in use")));

        clickIndicator(
            child<QCheckBox>(dialog(), "readOnlyCheckBox")); // a test tenant: no question
        clickButton(dialog(), "saveTenantButton");
        QTRY_COMPARE(activated.size(), 2);
        QVERIFY(m_fixture->client.connection().readOnly);
    }

    void authMethodSwitchKeepsWhatWasTyped()
    {
        openDialog();
        auto *method = child<QComboBox>(dialog(), "authMethodComboBox");
        auto *secret = child<QLineEdit>(dialog(), "secretLineEdit");
        auto *label = child<QLabel>(dialog(), "secretLabel");
        fillTenant(dialog(), QStringLiteral("Token"), address(), QStringLiteral("client-1"),
            QStringLiteral("typed-secret"));
        QCOMPARE(label->text(), QStringLiteral("Client &secret:"));
        QVERIFY(child<QCheckBox>(dialog(), "rememberSecretCheckBox")->isVisible());

        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::AccessToken)));
        QCOMPARE(label->text(), QStringLiteral("Access &token:"));
        QCOMPARE(secret->accessibleName(), QStringLiteral("Access token"));
        QVERIFY(secret->text().isEmpty()); // the client secret does not become a token
        QVERIFY(!child<QLineEdit>(dialog(), "clientIdLineEdit")->isVisible());
        QVERIFY(!child<QCheckBox>(dialog(), "rememberSecretCheckBox")
                     ->isVisible()); // tokens are never stored
        QTest::keyClicks(secret, QStringLiteral("not a token"));
        QVERIFY(child<QLabel>(dialog(), "secretHintLabel")->isVisible());
        QVERIFY(!m_dialog->form()->validationError().isEmpty());
        QVERIFY(!child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());

        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::ClientCredentials)));
        QCOMPARE(secret->text(), QStringLiteral("typed-secret"));
        QCOMPARE(
            child<QLineEdit>(dialog(), "clientIdLineEdit")->text(), QStringLiteral("client-1"));
        QVERIFY(child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());
    }

    void aPastedAccessTokenIsTestedAndKeptForTheSessionOnly()
    {
        // A token the sandbox issued, as a user would paste one from the ISC admin console.
        QString token;
        QObject context;
        m_fixture->client.accessTokens()->withToken(
            &context, [&](const QString &issued, const ApiError &) { token = issued; });
        QTRY_VERIFY(!token.isEmpty());

        openDialog();
        auto *method = child<QComboBox>(dialog(), "authMethodComboBox");
        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::AccessToken)));
        typeText(dialog(), "displayNameLineEdit", QStringLiteral("Short session"));
        typeText(dialog(), "addressLineEdit", address());
        typeText(dialog(), "secretLineEdit", token);
        clickIndicator(child<QRadioButton>(dialog(), "testTenantRadioButton"));
        runConnectionTest(dialog());
        QVERIFY2(reportText(dialog()).contains(QStringLiteral("✔ Signed in")),
            qPrintable(reportText(dialog())));
        QVERIFY2(reportText(dialog()).contains(QStringLiteral("✔ Read the password org config.")),
            qPrintable(reportText(dialog())));

        clickButton(dialog(), "saveTenantButton");
        const Tenant stored = m_store->tenants().first();
        QCOMPARE(stored.authMethod, AuthMethod::AccessToken);
        QVERIFY(stored.clientId.isEmpty());
        QCOMPARE(credentialsOf(stored), token);
        QVERIFY(
            !m_keychain->contains(TenantSession::credentialKey(stored))); // never in the keychain
        QVERIFY(!m_keychain->contains(stored.secretKey()));
        QVERIFY(!configFiles().contains(token.toUtf8()));
        QTRY_COMPARE(child<QLineEdit>(dialog(), "secretLineEdit")->placeholderText(),
            QStringLiteral("Pasted earlier in this session — leave empty to keep it"));

        // An expired token is refused next to the field, before anything is sent.
        const QByteArray payload
            = QByteArrayLiteral("{\"exp\":1000000000}")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        typeText(dialog(), "secretLineEdit",
            QStringLiteral("eyJhbGciOiJub25lIn0.%1.c2ln").arg(QLatin1String(payload)));
        auto *hint = child<QLabel>(dialog(), "secretHintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("This access token expired on")),
            qPrintable(hint->text()));
        QVERIFY(!child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());
    }

    void withoutAKeychainTheSecretStaysInMemory()
    {
        openDialog();
        auto *remember = child<QCheckBox>(dialog(), "rememberSecretCheckBox");
        auto *note = child<QLabel>(dialog(), "keychainNoteLabel");
        // The form asks the keychain once on its own, so the user knows before typing.
        QTRY_VERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("kept for this session only")),
            qPrintable(note->text()));

        const QString secret = sandboxSecretFor(QStringLiteral("sandbox-admin"));
        fillTenant(dialog(), QStringLiteral("No keychain"), address(),
            QStringLiteral("sandbox-admin"), secret);
        clickButton(dialog(), "saveTenantButton");
        const Tenant stored = m_store->tenants().first();
        QCOMPARE(child<QLabel>(dialog(), "saveStatusLabel")->text(),
            QStringLiteral("Saved. The secret is kept for this session only."));
        QVERIFY(!m_keychain->contains(stored.secretKey()));
        QCOMPARE(credentialsOf(stored), secret); // this session still has it
        QTRY_COMPARE(child<QLineEdit>(dialog(), "secretLineEdit")->placeholderText(),
            QStringLiteral("Kept for this session — leave empty to keep it"));
        QVERIFY(!configFiles().contains(secret.toUtf8()));

        // A fresh session (next start) has nothing: Passdesk asks again.
        SecretVault nextVault(m_keychain.get());
        TenantSession next(m_store.get(), &nextVault, &m_fixture->client);
        QString nextSecret = QStringLiteral("<no answer>");
        next.readCredentials(stored, this, [&](const QString &read) { nextSecret = read; });
        QTRY_VERIFY(nextSecret != QStringLiteral("<no answer>"));
        QVERIFY(nextSecret.isEmpty());
    }
};

QTEST_MAIN(TestTenantsDialogEdits)
#include "tst_tenantsdialogedits.moc"
