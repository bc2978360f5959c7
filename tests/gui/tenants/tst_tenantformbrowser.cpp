// The tenant form's browser sign-in (issue 19): the method's fields (OAuth client ID, redirect
// port, the redirect URI to register and its copy button), what is saved (no secret, the port),
// and that the connection test leaves a browser sign-in's refresh token alone.

#include "tenantform.h"
#include "tenantsdialog.h"
#include "tenantstesting.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QSpinBox>

using namespace Passdesk;
using namespace Passdesk::Testing;

class TestTenantFormBrowser : public QObject, private TenantsDialogHarness
{
    Q_OBJECT

private slots:
    void init() { setUpTenants(); }
    void cleanup()
    {
        m_dialog.reset();
        tearDownTenants();
    }

    void theBrowserMethodShowsThePortAndTheRedirectUriToRegister()
    {
        openDialog();
        auto *method = child<QComboBox>(dialog(), "authMethodComboBox");
        auto *port = child<QSpinBox>(dialog(), "redirectPortSpinBox");
        auto *uri = child<QLabel>(dialog(), "redirectUriLabel");
        auto *copy = child<QPushButton>(dialog(), "copyRedirectUriButton");
        QVERIFY(!port->isVisible()); // client credentials first
        QVERIFY(!copy->isVisible());

        fillTenant(dialog(), QStringLiteral("Acme SSO"), QStringLiteral("acme"),
            QStringLiteral("passdesk-desktop"), QStringLiteral("typed-secret"));
        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::BrowserSignIn)));
        QVERIFY(port->isVisible());
        QVERIFY(copy->isVisible());
        QVERIFY(child<QLineEdit>(dialog(), "clientIdLineEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(dialog(), "secretLineEdit")->isVisible()); // no secret
        QVERIFY(!child<QCheckBox>(dialog(), "rememberSecretCheckBox")->isVisible());
        QCOMPARE(port->value(), int(Tenant::defaultRedirectPort));
        QVERIFY(uri->text().endsWith(QStringLiteral("http://localhost:%1/callback")
                                         .arg(Tenant::defaultRedirectPort)));
        QCOMPARE(uri->textFormat(), Qt::PlainText);

        port->setValue(50123);
        QVERIFY(uri->text().endsWith(QLatin1String("http://localhost:50123/callback")));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("http://localhost:50123/callback"));

        // Saved without a secret, with the port; nothing for the keychain yet.
        QVERIFY(m_dialog->form()->secret().isEmpty());
        QVERIFY(m_dialog->form()->validationError().isEmpty());
        clickButton(dialog(), "saveTenantButton");
        QTRY_COMPARE(m_store->tenants().size(), 1);
        const Tenant saved = m_store->tenants().constFirst();
        QCOMPARE(saved.authMethod, AuthMethod::BrowserSignIn);
        QCOMPARE(saved.clientId, QStringLiteral("passdesk-desktop"));
        QCOMPARE(saved.redirectPort, quint16(50123));
        QVERIFY(!m_keychain->contains(saved.secretKey()));
        QVERIFY(!configFiles().contains("typed-secret"));
    }

    void theBrowserMethodNeedsAClientId()
    {
        openDialog();
        auto *method = child<QComboBox>(dialog(), "authMethodComboBox");
        typeText(dialog(), "displayNameLineEdit", QStringLiteral("Acme SSO"));
        typeText(dialog(), "addressLineEdit", QStringLiteral("acme"));
        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::BrowserSignIn)));
        QVERIFY(m_dialog->form()->validationError().contains(QLatin1String("OAuth client")));
        QVERIFY(!child<QPushButton>(dialog(), "saveTenantButton")->isEnabled());
    }

    void theConnectionTestDoesNotRenewABrowserSignIn()
    {
        openDialog();
        auto *method = child<QComboBox>(dialog(), "authMethodComboBox");
        fillTenant(dialog(), QStringLiteral("Sandbox SSO"), address(),
            QStringLiteral("passdesk-desktop"), {});
        method->setCurrentIndex(method->findData(authMethodKey(AuthMethod::BrowserSignIn)));
        const int requests = int(m_fixture->server.requests().size());
        clickButton(dialog(), "testConnectionButton");
        QTRY_VERIFY(reportText(dialog()).contains(QLatin1String("checked when you sign in")));
        QCOMPARE(int(m_fixture->server.requests().size()), requests); // nothing was sent
    }
};

QTEST_MAIN(TestTenantFormBrowser)
#include "tst_tenantformbrowser.moc"
