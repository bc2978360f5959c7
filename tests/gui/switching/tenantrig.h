#pragma once

// PassdeskApp as main() starts it, for the tenant suites (switching, secrets): an in-memory
// keychain that outlives restarts, a temporary config dir and a sandbox tenant on loopback.

#include "core/secrets/memorysecretstore.h"
#include "core/settings/appsettings.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "passdeskapp.h"
#include "sandboxfixture.h"
#include "tenantswitcher.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace Passdesk::Testing {

constexpr int waitMs = 10000;
inline const QString configPath = QStringLiteral("/password-org-config");

// PassdeskApp owns its keychain; this one hands everything to the test's in-memory keychain, so
// the test can look inside and keep it across restarts.
class ForwardingSecretStore final : public SecretStore
{
public:
    explicit ForwardingSecretStore(MemorySecretStore *target)
        : m_target(target)
    { }
    void read(const QString &key, QObject *context, Callback callback) override
    {
        m_target->read(key, context, std::move(callback));
    }
    void write(
        const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
        m_target->write(key, secret, context, std::move(callback));
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        m_target->remove(key, context, std::move(callback));
    }

private:
    MemorySecretStore *m_target;
};

// The suites derive from it: init() calls setUp(), cleanup() tearDown().
class TenantRig : public QObject
{
protected:
    void setUp()
    {
        m_configDir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<Sandbox::SandboxServer>();
        QVERIFY(m_server->listen());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_ids.clear();
    }

    void tearDown()
    {
        m_app.reset();
        m_keychain.reset();
        m_server.reset();
        m_configDir.reset();
    }

    QString start(const QString &tenant = {})
    {
        StartupOptions options;
        options.configDir = m_configDir->path();
        options.tenant = tenant;
        options.language = QStringLiteral("en");
        m_app = std::make_unique<PassdeskApp>(
            options, std::make_unique<ForwardingSecretStore>(m_keychain.get()));
        return m_app->start();
    }

    void addTenant(const QString &name, const QString &clientId, bool production = false,
        bool locked = false, std::optional<QString> secret = std::nullopt)
    {
        AppSettings settings(m_configDir->path());
        TenantStore store(settings.backend());
        Tenant tenant;
        tenant.displayName = name;
        tenant.address = m_server->baseUrl().toString();
        tenant.clientId = clientId;
        tenant.testTenant = !production;
        tenant.readOnly = locked;
        tenant.id = store.save(tenant);
        m_ids.append(tenant.id);
        const QString value = secret.value_or(sandboxSecretFor(clientId));
        if (value.isEmpty())
            return;
        bool done = false;
        QObject context;
        const bool available = m_keychain->isAvailable();
        m_keychain->setAvailable(true);
        m_keychain->write(tenant.secretKey(), value, &context,
            [&done](const SecretStore::Result &) { done = true; });
        QTRY_VERIFY(done);
        m_keychain->setAvailable(available);
    }

    void setLastUsed(const QString &id)
    {
        AppSettings settings(m_configDir->path());
        TenantStore(settings.backend()).setLastUsedId(id);
    }

    void assertNoSecretInConfigDir()
    {
        m_app->settings()->backend()->sync();
        QDirIterator it(
            m_configDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const auto &client : Sandbox::builtInClients())
                QVERIFY2(
                    !bytes.contains(client.clientSecret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);
    }

    QWidget *window() const { return m_app->mainWindow(); }
    QComboBox *combo() const { return m_app->mainWindow()->tenantSwitcher()->comboBox(); }
    QLabel *label(const char *name) const { return child<QLabel>(window(), name); }
    bool loaded() const
    {
        return label("configStatusLabel")->text().startsWith(QLatin1String("Loaded"));
    }

    std::unique_ptr<QTemporaryDir> m_configDir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<PassdeskApp> m_app;
    QStringList m_ids;
};

} // namespace Passdesk::Testing
