// Tenants and their secrets without a network: the settings store, the vault over an
// in-memory keychain (with and without a keychain), and what a pasted access token tells.

#include "core/auth/accesstokeninfo.h"
#include "core/settings/appsettings.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Passdesk;

namespace {

Tenant acme()
{
    Tenant tenant;
    tenant.displayName = QStringLiteral("Acme production");
    tenant.address = QStringLiteral("acme");
    tenant.version = ApiVersion::V2024;
    tenant.clientId = QStringLiteral("c0ffee");
    tenant.readOnly = true;
    return tenant;
}

QString jwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + QLatin1Char('.')
        + part(QJsonDocument(claims).toJson(QJsonDocument::Compact))
        + QStringLiteral(".c2lnbmF0dXJl");
}

QByteArray allFilesIn(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private slots:
    void storeKeepsTenantsAcrossSessions()
    {
        QTemporaryDir dir;
        QString id;
        {
            AppSettings settings(dir.path());
            TenantStore store(settings.backend());
            QSignalSpy changed(&store, &TenantStore::tenantsChanged);
            id = store.save(acme());
            QVERIFY(!id.isEmpty());
            QCOMPARE(changed.count(), 1);
            store.setLastUsedId(id);
        }
        AppSettings settings(dir.path());
        TenantStore reopened(settings.backend());
        QCOMPARE(reopened.tenants().size(), 1);
        Tenant expected = acme();
        expected.id = id;
        QCOMPARE(reopened.tenants().constFirst(), expected);
        QCOMPARE(reopened.lastUsedId(), id);
        QCOMPARE(reopened.tenant(id)->connection().apiRoot,
            QUrl(QStringLiteral("https://acme.api.identitynow.com")));
        QVERIFY(reopened.tenant(id)->connection().readOnly);
    }

    void unchangedValuesDoNotRewriteTheSettingsFile()
    {
        // Each start activates the last used tenant and each close saves the geometry, mostly
        // unchanged: no rewrite (and fdatasync) of the file on the UI thread for that.
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        TenantStore store(settings.backend());
        const QString id = store.save(acme());
        store.setLastUsedId(id);
        settings.setMainWindowGeometry(QByteArray("geometry"));
        settings.backend()->sync();
        QVERIFY(QFile::exists(settings.fileName()));
        // A rewrite would bring the file back.
        QVERIFY(QFile::remove(settings.fileName()));
        store.setLastUsedId(id);
        settings.setMainWindowGeometry(QByteArray("geometry"));
        settings.backend()->sync();
        QVERIFY(!QFile::exists(settings.fileName()));
        // A change is still written.
        store.setLastUsedId(QStringLiteral("another"));
        settings.backend()->sync();
        QVERIFY(QFile::exists(settings.fileName()));
    }

    void saveReplacesByIdAndRemoveForgetsLastUsed()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        TenantStore store(settings.backend());
        const QString first = store.save(acme());
        Tenant second = acme();
        second.displayName = QStringLiteral("Globex test");
        second.address = QStringLiteral("https://globex.api.identitynow.com/v2025");
        second.testTenant = true;
        const QString secondId = store.save(second);
        Tenant edited = *store.tenant(first);
        edited.readOnly = false;
        QCOMPARE(store.save(edited), first);
        QCOMPARE(store.tenants().size(), 2);
        QVERIFY(!store.tenant(first)->readOnly);
        store.setLastUsedId(first);
        store.remove(first);
        QCOMPARE(store.tenants().size(), 1);
        QVERIFY(store.lastUsedId().isEmpty());
        QCOMPARE(store.tenants().constFirst().id, secondId);
    }

    void findsByDisplayNameOrTenantName()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        TenantStore store(settings.backend());
        const QString id = store.save(acme());
        QCOMPARE(store.findByName(QStringLiteral("acme PRODUCTION"))->id, id);
        QCOMPARE(store.findByName(QStringLiteral("acme"))->id, id);
        QCOMPARE(store.findByName(QStringLiteral("https://acme.api.identitynow.com"))->id, id);
        QVERIFY(!store.findByName(QStringLiteral("globex")));
    }

    void damagedEntryStaysLocked()
    {
        QTemporaryDir dir;
        {
            QFile file(dir.filePath(QStringLiteral("Passdesk.conf")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[Tenants]\n1\\id=x\n1\\displayName=Old\n1\\address=old\n1\\apiVersion="
                       "v9\nsize=1\n");
        }
        AppSettings settings(dir.path());
        TenantStore store(settings.backend());
        QCOMPARE(store.tenants().size(), 1);
        QVERIFY(store.tenants().constFirst().readOnly);
        QCOMPARE(store.tenants().constFirst().version, ApiVersion::V2025);
        QVERIFY(store.tenants().constFirst().isProduction());
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << "displayName"
                                 << "  "
                                 << "display name";
        QTest::newRow("control in name")
            << "displayName" << QStringLiteral("A\u202Eb") << "control";
        QTest::newRow("credentials in URL") << "address"
                                            << "https://me:pw@acme.api.identitynow.com"
                                            << "user name";
        QTest::newRow("path in URL") << "address"
                                     << "https://acme.api.identitynow.com/admin"
                                     << "without a path";
        QTest::newRow("plain http") << "address"
                                    << "http://acme.api.identitynow.com"
                                    << "https";
        QTest::newRow("no client id") << "clientId"
                                      << ""
                                      << "client ID";
        QTest::newRow("space in client id") << "clientId"
                                            << "a b"
                                            << "spaces";
    }

    void validationNamesTheProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Tenant tenant = acme();
        QVERIFY(tenant.validationError().isEmpty());
        if (field == QLatin1String("displayName"))
            tenant.displayName = value;
        else if (field == QLatin1String("address"))
            tenant.address = value;
        else
            tenant.clientId = value;
        QVERIFY2(tenant.validationError().contains(expected, Qt::CaseInsensitive),
            qPrintable(tenant.validationError()));
    }

    void pastedTokenTenantNeedsNoClientId()
    {
        Tenant tenant = acme();
        tenant.authMethod = AuthMethod::AccessToken;
        tenant.clientId.clear();
        QVERIFY(tenant.validationError().isEmpty());
        QVERIFY(tenant.connection().clientId.isEmpty());
    }

    void vaultUsesTheKeychainAndNeverTheSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        TenantStore store(settings.backend());
        Tenant tenant = acme();
        tenant.id = store.save(tenant);
        MemorySecretStore keychain;
        SecretVault vault(&keychain);
        QSignalSpy unavailable(&vault, &SecretVault::keychainUnavailable);
        const QString secret = QStringLiteral("s3cr3t-%1").arg(QUuid::createUuid().toString());
        bool kept = false;
        vault.store(tenant.secretKey(), secret, true, this, [&kept](bool ok) { kept = ok; });
        QTRY_VERIFY(kept);
        QVERIFY(keychain.contains(tenant.secretKey()));

        // A new session (new vault) reads it back from the keychain.
        SecretVault nextSession(&keychain);
        QString read;
        nextSession.read(tenant.secretKey(), this, [&read](const QString &value) { read = value; });
        QTRY_COMPARE(read, secret);
        QCOMPARE(unavailable.count(), 0);
        settings.backend()->sync();
        QVERIFY(!allFilesIn(dir.path()).contains(secret.toUtf8()));
    }

    void withoutKeychainSecretsLiveForTheSessionOnlyAndItIsSaidOnce()
    {
        MemorySecretStore keychain;
        keychain.setAvailable(false);
        SecretVault vault(&keychain);
        QSignalSpy unavailable(&vault, &SecretVault::keychainUnavailable);
        std::optional<bool> kept;
        vault.store(QStringLiteral("tenant/a/client-secret"), QStringLiteral("one"), true, this,
            [&kept](bool ok) { kept = ok; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(!*kept);
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(unavailable.constFirst().constFirst().toString().contains(QLatin1String("memory")));
        QVERIFY(!vault.keychainUsable());

        QString read;
        vault.read(QStringLiteral("tenant/a/client-secret"), this,
            [&read](const QString &value) { read = value; });
        QTRY_COMPARE(read, QStringLiteral("one"));
        bool called = false;
        vault.read(
            QStringLiteral("tenant/b/client-secret"), this, [&called, &read](const QString &value) {
                read = value;
                called = true;
            });
        QTRY_VERIFY(called);
        QVERIFY(read.isEmpty());
        QCOMPARE(unavailable.count(), 1); // once per session

        // Next session: nothing survived, the user is asked again.
        keychain.setAvailable(true);
        SecretVault nextSession(&keychain);
        called = false;
        nextSession.read(
            QStringLiteral("tenant/a/client-secret"), this, [&called, &read](const QString &value) {
                read = value;
                called = true;
            });
        QTRY_VERIFY(called);
        QVERIFY(read.isEmpty());
    }

    void notRememberedSecretIsRemovedFromTheKeychain()
    {
        MemorySecretStore keychain;
        SecretVault vault(&keychain);
        bool done = false;
        vault.store(
            QStringLiteral("k"), QStringLiteral("v"), true, this, [&done](bool) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(keychain.contains(QStringLiteral("k")));
        done = false;
        vault.store(
            QStringLiteral("k"), QStringLiteral("w"), false, this, [&done](bool) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!keychain.contains(QStringLiteral("k")));
        QString read;
        vault.read(QStringLiteral("k"), this, [&read](const QString &value) { read = value; });
        QTRY_COMPARE(read, QStringLiteral("w")); // still there for this session
    }

    void pastedTokenTellsExpiryAndScopes()
    {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(600);
        const QString token = jwt({ { QStringLiteral("exp"), double(expiry.toSecsSinceEpoch()) },
            { QStringLiteral("scope"),
                QJsonArray { QStringLiteral("idn:password-org-config:read") } } });
        const AccessTokenInfo info = inspectAccessToken(token);
        QVERIFY(info.wellFormed);
        QCOMPARE(info.expiresAt->toSecsSinceEpoch(), expiry.toSecsSinceEpoch());
        QCOMPARE(info.scopes, QStringList { QStringLiteral("idn:password-org-config:read") });
        QVERIFY(accessTokenInputError(token).isEmpty());

        const QString expired
            = jwt({ { QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() - 5) } });
        QVERIFY(accessTokenInputError(expired).contains(QLatin1String("expired")));
        QVERIFY(!inspectAccessToken(QStringLiteral("opaque-token")).wellFormed);
        QVERIFY(accessTokenInputError(QStringLiteral("opaque-token")).isEmpty());
        QVERIFY(!accessTokenInputError(QStringLiteral("Bearer abc")).isEmpty());
        QVERIFY(!accessTokenInputError(QStringLiteral("abc\ndef")).isEmpty());
        QVERIFY(!accessTokenInputError(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
