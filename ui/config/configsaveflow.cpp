// Saving the org config: read the server's values again, resolve a conflict with the admin,
// confirm the change as "old -> new", then PUT only the fields that differ.

#include "apiclient.h"
#include "configdialogs.h"
#include "configpage.h"
#include "errorview.h"

#include <QLocale>
#include <QTime>

namespace Passdesk {

void ConfigPage::save()
{
    if (m_pending || !m_loaded || !hasUnsavedChanges() || !canEdit())
        return;
    OrgConfigReply *reply = m_client->getOrgConfig();
    m_statusText = tr("Checking the server's current values…");
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            onServerConfigBeforeSave(reply->config());
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            m_retry = [this] { save(); };
            m_statusText = tr("Not saved: the server's current values could not be read. Your changes are still here.");
            showFailure(reply->error());
        }
    });
}

void ConfigPage::onServerConfigBeforeSave(const OrgConfig &server)
{
    if (server == *m_loaded) {
        confirmAndSend(server);
        return;
    }
    askAboutConflict(this, *m_loaded, server, editedConfig(), [this, server](ConflictChoice choice) {
        switch (choice) {
        case ConflictChoice::KeepMine:
            // Their change is now what the admin saw; send what still differs from it.
            m_loaded = server;
            if (hasUnsavedChanges())
                confirmAndSend(server);
            else
                updateState();
            break;
        case ConflictChoice::TakeServers:
            onLoaded(server, tr("Loaded the server's newer values at %1.")
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            break;
        case ConflictChoice::Cancel:
            m_statusText = tr("Not saved. The server has newer values; your changes are still here.");
            updateStatusTexts();
            break;
        }
    });
}

void ConfigPage::confirmAndSend(const OrgConfig &base)
{
    const ConnectionSettings &connection = m_client->connection();
    askToConfirmSave(this, base, editedConfig(), connection.isProduction(), connection.displayName,
                     [this, base] { send(base); });
}

void ConfigPage::send(const OrgConfig &base)
{
    if (m_pending)
        return;
    const OrgConfigChange change = OrgConfigChange::between(base, editedConfig());
    if (change.isEmpty())
        return;
    OrgConfigReply *reply = m_client->updateOrgConfig(change);
    m_statusText = tr("Saving…");
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, base] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            onLoaded(reply->config(), tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            return;
        }
        if (reply->error().kind == ApiError::Kind::Canceled)
            return;
        if (reply->error().httpStatus == 403)
            m_forbidden = true; // the form turns read-only and says which scope is missing
        m_retry = [this, base] { send(base); };
        m_statusText = tr("Not saved. Your changes are still in the form.");
        showFailure(reply->error());
    });
}

void ConfigPage::create()
{
    if (m_pending || !m_missing || !canEdit())
        return;
    const OrgConfig config = editedConfig();
    const ConnectionSettings &connection = m_client->connection();
    askToConfirmSave(this, OrgConfig {}, config, connection.isProduction(), connection.displayName, [this, config] {
        if (m_pending)
            return;
        OrgConfigReply *reply = m_client->createOrgConfig(config);
        m_statusText = tr("Creating the password org config…");
        setBusy(reply);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            setBusy(nullptr);
            if (reply->isSuccess()) {
                m_missing = false;
                onLoaded(reply->config(), tr("Created at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            } else if (reply->error().kind != ApiError::Kind::Canceled) {
                if (reply->error().httpStatus == 403)
                    m_forbidden = true;
                m_retry = [this] { create(); };
                m_statusText = tr("The config was not created. The form keeps your values.");
                showFailure(reply->error());
            }
        });
    });
}

} // namespace Passdesk
