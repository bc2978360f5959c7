// Saving the org config: read the server's values again, resolve a conflict with the admin,
// confirm the change as "old -> new", then PUT only the fields that differ. Creating a config
// that does not exist yet confirms every field and POSTs them.

#include "core/api/apiclient.h"
#include "configdialogs.h"
#include "configpage.h"
#include "errorview.h"

#include <QLocale>
#include <QMessageBox>
#include <QTime>

namespace Passdesk {

namespace {
QString shortTime(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}
} // namespace

void ConfigPage::save()
{
    if (m_missing) {
        create();
        return;
    }
    if (m_pending || isAsking() || !m_loaded || !hasUnsavedChanges() || !canEdit())
        return;
    OrgConfigReply *reply = m_client->getOrgConfig();
    setStatus([] { return tr("Checking the server's current values…"); });
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            onServerConfigBeforeSave(reply->config());
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            setStatus([] { return tr("Not saved: the server's current values could not be read. Your changes are still here."); });
            showFailure(reply->error(), [this] { save(); });
        }
    });
}

void ConfigPage::onServerConfigBeforeSave(const OrgConfig &server)
{
    // The re-read may have brought the first token and, with it, the client's real scopes.
    if (!canEdit()) {
        setStatus([] { return tr("Not saved: this API client may not change the org config. Your changes are still here."); });
        return;
    }
    const OrgConfig mine = editedConfig();
    if (server == mine) {
        // Typically an earlier save that went through although its answer was lost.
        const QTime now = QTime::currentTime();
        onLoaded(server, [now] { return tr("The server already has these values (checked at %1).").arg(shortTime(now)); });
        return;
    }
    if (server == *m_loaded) {
        confirmAndSend(server);
        return;
    }
    m_question = askAboutConflict(this, *m_loaded, server, mine, [this, server](ConflictChoice choice) {
        switch (choice) {
        case ConflictChoice::KeepMine:
            // Their change is now what the admin has seen; send what still differs from it.
            m_loaded = server;
            emit configLoaded(server);
            updateState();
            if (hasUnsavedChanges())
                confirmAndSend(server);
            break;
        case ConflictChoice::TakeServers: {
            const QTime now = QTime::currentTime();
            onLoaded(server, [now] { return tr("Loaded the server's newer values at %1.").arg(shortTime(now)); });
            break;
        }
        case ConflictChoice::Cancel:
            setStatus([] { return tr("Not saved. The server has newer values; your changes are still here."); });
            break;
        }
    });
}

void ConfigPage::confirmAndSend(const OrgConfig &base)
{
    const ConnectionSettings &connection = m_client->connection();
    m_question = askToConfirmSave(this, base, editedConfig(), connection.isProduction(), connection.displayName,
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
    setStatus([] { return tr("Saving…"); });
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            const QTime now = QTime::currentTime();
            onLoaded(reply->config(), [now] { return tr("Saved at %1.").arg(shortTime(now)); });
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            setStatus([] { return tr("Not saved. Your changes are still in the form."); });
            // A retry goes through the whole flow again: re-read, conflict check, confirmation.
            onWriteFailed(reply->error(), [this] { save(); });
        }
    });
}

void ConfigPage::create()
{
    if (m_pending || isAsking() || !m_missing || !canEdit())
        return;
    const OrgConfig config = editedConfig();
    const ConnectionSettings &connection = m_client->connection();
    m_question = askToConfirmCreate(this, config, connection.isProduction(), connection.displayName,
                                    [this, config] { post(config); });
}

void ConfigPage::post(const OrgConfig &config)
{
    if (m_pending)
        return;
    OrgConfigReply *reply = m_client->createOrgConfig(config);
    setStatus([] { return tr("Creating the password org config…"); });
    setBusy(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(nullptr);
        if (reply->isSuccess()) {
            m_missing = false;
            const QTime now = QTime::currentTime();
            onLoaded(reply->config(), [now] { return tr("Created at %1.").arg(shortTime(now)); });
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            setStatus([] { return tr("The config was not created. The form keeps your values."); });
            onWriteFailed(reply->error(), [this] { create(); });
        }
    });
}

void ConfigPage::onWriteFailed(const ApiError &error, std::function<void()> retry)
{
    if (error.httpStatus == 403)
        m_forbidden = true; // the form turns read-only and says which scope is missing
    showFailure(error, std::move(retry));
}

} // namespace Passdesk
