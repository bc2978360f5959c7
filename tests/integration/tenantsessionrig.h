#pragma once

// A tenant session on the sandbox tenant over loopback HTTP, with an in-memory keychain: what
// tst_tenantsession and tst_pastedtokens share. Members are in the order they are made.

#include "core/auth/accesstokenprovider.h"
#include "sandboxfixture.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace Passdesk::Testing {

inline constexpr int sessionWaitMs = 10000;
inline const QString configPath = QStringLiteral("/password-org-config");
inline const QString tokenPath = QStringLiteral("/oauth/token");

class TenantSessionRig
{
public:
    // Starts the sandbox; the client has no connection and no request is recorded yet.
    bool start()
    {
        if (!fixture.start())
            return false;
        fixture.client.setConnection({});
        fixture.server.clearRequests();
        return true;
    }

    // A test tenant on the sandbox; an empty client id for a pasted-token tenant.
    Tenant addTenant(const QString &clientId, bool readOnly = false)
    {
        Tenant tenant;
        tenant.displayName = clientId.isEmpty() ? QStringLiteral("Pasted") : clientId;
        tenant.address = fixture.server.baseUrl().toString();
        tenant.clientId = clientId;
        tenant.testTenant = true;
        tenant.readOnly = readOnly;
        tenant.id = store.save(tenant);
        return tenant;
    }

    // In the keychain only, as in a new session.
    void storeSecret(const Tenant &tenant, const QString &secret)
    {
        bool done = false;
        vault.store(tenant.secretKey(), secret, true, &session, [&done](bool) { done = true; });
        QTRY_VERIFY(done);
        vault.forgetSession(tenant.secretKey());
    }

    // An access token the sandbox issued to `clientId`, fetched beside the session.
    QString sandboxAccessToken(const QString &clientId)
    {
        QNetworkRequest request(fixture.server.baseUrl().resolved(QUrl(tokenPath)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), sandboxSecretFor(clientId));
        QNetworkReply *reply
            = fixture.network.post(request, form.query(QUrl::FullyEncoded).toLatin1());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(sessionWaitMs))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("access_token"))
            .toString();
    }

    SandboxFixture fixture;
    MemorySecretStore keychain;
    SecretVault vault { &keychain };
    TenantStore store { fixture.settings.backend() };
    TenantSession session { &store, &vault, &fixture.client };
};

} // namespace Passdesk::Testing
