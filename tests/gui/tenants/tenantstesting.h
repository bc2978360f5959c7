#pragma once

// Shared steps of the tenant window tests: a sandbox on loopback, an in-memory keychain, a tenant
// store in a temporary config dir, a session, and the moves a user makes in the form.

#include "guihelpers.h"
#include "sandboxfixture.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantstore.h"
#include "tenantsdialog.h"
#include "core/tenants/tenantsession.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTextDocumentFragment>
#include <memory>

namespace Passdesk::Testing {

inline constexpr int tenantWaitMs = 10000;

class TenantsHarness
{
protected:
    // From each suite's init(): everything fresh, the keychain available or not.
    void setUpTenants(bool keychainAvailable = true)
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_keychain->setAvailable(keychainAvailable);
        m_vault = std::make_unique<SecretVault>(m_keychain.get());
        m_store = std::make_unique<TenantStore>(m_fixture->settings.backend());
        m_session
            = std::make_unique<TenantSession>(m_store.get(), m_vault.get(), &m_fixture->client);
        m_session->setSandboxStarter(
            [this](TenantSession::SandboxReady ready) { ready(m_fixture->connection, {}); });
    }

    void tearDownTenants()
    {
        // Message boxes left open by a failed test must not answer the next one.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                delete widget;
        }
        m_session.reset();
        m_store.reset();
        m_vault.reset();
        m_keychain.reset();
        m_fixture.reset();
    }

    QString address() const { return m_fixture->server.baseUrl().toString(); }

    Tenant storedTenant(
        const QString &name, const QString &clientId = QStringLiteral("sandbox-admin"))
    {
        Tenant tenant;
        tenant.displayName = name;
        tenant.address = address();
        tenant.clientId = clientId;
        tenant.testTenant = true;
        tenant.id = m_store->save(tenant);
        return tenant;
    }

    // What the session keeps for the tenant (keychain or session memory), read the way it does.
    QString credentialsOf(const Tenant &tenant)
    {
        QString result;
        bool done = false;
        QObject context;
        m_session->readCredentials(tenant, &context, [&](const QString &secret) {
            result = secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, tenantWaitMs))
            return QStringLiteral("<no answer>");
        return result;
    }

    // Every file Passdesk wrote to the temporary config dir, for greps.
    QByteArray configFiles() const
    {
        QByteArray all;
        QDirIterator it(
            m_fixture->configDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<TenantSession> m_session;
};

// Replaces a line edit's text the way a user does: focus, select all, type.
inline void typeText(QWidget *root, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(root, name);
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    if (edit->hasSelectedText())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void fillTenant(QWidget *root, const QString &name, const QString &address,
    const QString &clientId, const QString &secret)
{
    typeText(root, "displayNameLineEdit", name);
    typeText(root, "addressLineEdit", address);
    typeText(root, "clientIdLineEdit", clientId);
    typeText(root, "secretLineEdit", secret);
}

inline void clickButton(QWidget *root, const char *name)
{
    auto *button = child<QAbstractButton>(root, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a check box or radio button on its indicator: a click in the empty part of a wide one
// does nothing, as for a user.
inline void clickIndicator(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

inline QMessageBox *messageBox(const char *name)
{
    return visibleTopLevel<QMessageBox>(QLatin1String(name));
}

// What the result area says, as plain text (it is shown as rich text for the colours).
inline QString reportText(QWidget *root)
{
    auto *label = child<QLabel>(root, "testResultLabel");
    return label ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : QString();
}

// Runs "Test connection" and waits for the report.
inline void runConnectionTest(QWidget *root)
{
    clickButton(root, "testConnectionButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        reportText(root).contains(QStringLiteral("The connection")), tenantWaitMs);
    QVERIFY(!child<QWidget>(root, "testProgressBar")->isVisible());
}

inline bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QAbstractItemView *>(widget);
}

// "class objectName" of every visible interactive control under root without an accessible name.
inline QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // belongs to its combo box
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(QStringLiteral("%1 %2").arg(
                QLatin1String(widget->metaObject()->className()), widget->objectName()));
    }
    return nameless;
}

// The Tenants dialog on top of the harness, for the suites that drive it.
class TenantsDialogHarness : protected TenantsHarness
{
protected:
    void openDialog()
    {
        m_dialog = std::make_unique<TenantsDialog>(m_session.get(), &m_fixture->network);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QWidget *dialog() const { return m_dialog.get(); }

    std::unique_ptr<TenantsDialog> m_dialog;
};

} // namespace Passdesk::Testing
