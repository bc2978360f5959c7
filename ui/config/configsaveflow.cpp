#include "configsaveflow.h"

#include "configdialogs.h"
#include "core/api/apiclient.h"
#include "timetext.h"

#include <QLocale>
#include <QMessageBox>
#include <QTime>

namespace Passdesk {

ConfigSaveFlow::ConfigSaveFlow(ApiClient *client, QWidget *page, Form form)
    : QObject(page)
    , m_client(client)
    , m_page(page)
    , m_form(std::move(form))
{
}

void ConfigSaveFlow::save(const OrgConfig &loaded)
{
    if (m_form.isBusy())
        return;
    OrgConfigReply *reply = m_client->getOrgConfig();
    emit statusChanged([] { return tr("Checking the server's current values…"); });
    emit busyWith(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, loaded] {
        emit busyWith(nullptr);
        if (reply->isSuccess()) {
            onServerConfig(loaded, reply->config());
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            emit statusChanged([] { return tr("Not saved: the server's current values could not be read. Your changes are still here."); });
            emit failed(reply->error(), false);
        }
    });
}

void ConfigSaveFlow::onServerConfig(const OrgConfig &loaded, const OrgConfig &server)
{
    // The re-read may have brought the first token and, with it, the client's real scopes.
    if (!m_form.canEdit()) {
        emit statusChanged([] { return tr("Not saved: this API client may not change the org config. Your changes are still here."); });
        return;
    }
    const OrgConfig mine = m_form.editedConfig();
    if (server == mine) {
        // Typically an earlier save that went through although its answer was lost.
        const QTime now = QTime::currentTime();
        emit stored(server, [now] { return tr("The server already has these values (checked at %1).").arg(shortLocalTime(now)); });
        return;
    }
    if (server == loaded) {
        confirmAndSend(server);
        return;
    }
    emit questionOpened(askAboutConflict(m_page, loaded, server, mine, [this, server](ConflictChoice choice) {
        switch (choice) {
        case ConflictChoice::KeepMine:
            // Their change is now what the admin has seen; send what still differs from it.
            emit baseReplaced(server);
            if (m_form.hasUnsavedChanges())
                confirmAndSend(server);
            break;
        case ConflictChoice::TakeServers: {
            const QTime now = QTime::currentTime();
            emit stored(server, [now] { return tr("Loaded the server's newer values at %1.").arg(shortLocalTime(now)); });
            break;
        }
        case ConflictChoice::Cancel:
            emit statusChanged([] { return tr("Not saved. The server has newer values; your changes are still here."); });
            break;
        }
    }));
}

void ConfigSaveFlow::confirmAndSend(const OrgConfig &base)
{
    const ConnectionSettings &connection = m_client->connection();
    emit questionOpened(askToConfirmSave(m_page, base, m_form.editedConfig(),
        connection.isProduction(), connection.displayName, [this, base] { send(base); }));
}

void ConfigSaveFlow::send(const OrgConfig &base)
{
    if (m_form.isBusy())
        return;
    const OrgConfigChange change = OrgConfigChange::between(base, m_form.editedConfig());
    if (change.isEmpty())
        return;
    OrgConfigReply *reply = m_client->updateOrgConfig(change);
    emit statusChanged([] { return tr("Saving…"); });
    emit busyWith(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, base, change] {
        emit busyWith(nullptr);
        if (reply->isSuccess()) {
            const QTime now = QTime::currentTime();
            const OrgConfig config = reply->config();
            emit stored(config, [now] { return tr("Saved at %1.").arg(shortLocalTime(now)); });
            reportDifferences(base, change, config, false);
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            emit statusChanged([] { return tr("Not saved. Your changes are still in the form."); });
            emit failed(reply->error(), true);
        }
    });
}

void ConfigSaveFlow::create()
{
    if (m_form.isBusy() || !m_form.canEdit())
        return;
    const OrgConfig config = m_form.editedConfig();
    const ConnectionSettings &connection = m_client->connection();
    emit questionOpened(askToConfirmCreate(m_page, config, connection.isProduction(),
        connection.displayName, [this, config] { post(config); }));
}

void ConfigSaveFlow::post(const OrgConfig &config)
{
    if (m_form.isBusy())
        return;
    OrgConfigReply *reply = m_client->createOrgConfig(config);
    emit statusChanged([] { return tr("Creating the password org config…"); });
    emit busyWith(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, config] {
        emit busyWith(nullptr);
        if (reply->isSuccess()) {
            emit created();
            const QTime now = QTime::currentTime();
            const OrgConfig storedConfig = reply->config();
            emit stored(storedConfig, [now] { return tr("Created at %1.").arg(shortLocalTime(now)); });
            reportDifferences(config, OrgConfigChange::allOf(config), storedConfig, true);
        } else if (reply->error().kind != ApiError::Kind::Canceled) {
            emit statusChanged([] { return tr("The config was not created. The form keeps your values."); });
            emit failed(reply->error(), true);
        }
    });
}

void ConfigSaveFlow::reportDifferences(
    const OrgConfig &old, const OrgConfigChange &sent, const OrgConfig &stored, bool created)
{
    const QList<OrgConfigStoredDifference> differences = storedDifferently(old, sent, stored);
    if (differences.isEmpty())
        return;
    const OrgConfig asked = sent.appliedTo(old);
    emit storedOtherValues([differences, old, asked, stored, created] {
        QStringList lines { created
                ? tr("The server created the config with other values than you confirmed "
                     "(asked → stored):")
                : tr("The server stored other values than you confirmed (before → asked → "
                     "stored):") };
        for (const OrgConfigStoredDifference &difference : differences) {
            const char *field = difference.field;
            if (created)
                lines.append(tr("%1: %2 → %3")
                                 .arg(fieldLabel(field), formatField(field, asked),
                                     formatField(field, stored)));
            else if (difference.sent)
                lines.append(tr("%1: %2 → %3 → %4")
                                 .arg(fieldLabel(field), formatField(field, old),
                                     formatField(field, asked), formatField(field, stored)));
            else
                lines.append(tr("%1: %2 → (not changed) → %3")
                                 .arg(fieldLabel(field), formatField(field, old),
                                     formatField(field, stored)));
        }
        return lines.join(QLatin1Char('\n'));
    });
}

} // namespace Passdesk
