#pragma once

#include "core/model/orgconfig.h"

#include <QObject>
#include <QWidget>

#include <functional>


namespace Passdesk {

class ApiClient;
class ApiReply;
struct ApiError;

// Saving the org config: read the server's values again, resolve a conflict with the admin,
// confirm the change as "old -> new", then PUT only the fields that differ. Creating a config
// that does not exist yet confirms every field and POSTs them. The flow never changes the form:
// it reads the edits through Form and reports through its signals, so an edit is never lost.
class ConfigSaveFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSaveFlow)

public:
    using StatusText = std::function<QString()>; // rebuilt on language change

    // What the flow asks of the form it saves.
    struct Form
    {
        std::function<OrgConfig()> editedConfig;
        std::function<bool()> canEdit;
        std::function<bool()> hasUnsavedChanges;
        std::function<bool()> isBusy; // a request of the page is in flight
    };

    // Questions open as children of `page`.
    ConfigSaveFlow(ApiClient *client, QWidget *page, Form form);

    void save(const OrgConfig &loaded); // the config the edits were made on
    void create();

signals:
    void statusChanged(const Passdesk::ConfigSaveFlow::StatusText &status);
    void busyWith(Passdesk::ApiReply *reply); // nullptr: nothing in flight any more
    void questionOpened(QWidget *question);
    // The server now holds `config`: show it as loaded.
    void stored(const Passdesk::OrgConfig &config, const Passdesk::ConfigSaveFlow::StatusText &status);
    void created(); // before stored(): the tenant has a config now
    // After stored(): the server's answer to the PUT or POST holds other values than were sent
    // (or changed a field that was not sent). `notice` names each field, before -> asked ->
    // stored, in plain text.
    void storedOtherValues(const Passdesk::ConfigSaveFlow::StatusText &notice);
    // The admin kept their edits over a colleague's change: `server` is the new base.
    void baseReplaced(const Passdesk::OrgConfig &server);
    // `write`: the PUT or POST failed (a 403 there means the client may not change the config).
    // A retry is the whole flow again: re-read, conflict check, confirmation.
    void failed(const Passdesk::ApiError &error, bool write);

private:
    void onServerConfig(const OrgConfig &loaded, const OrgConfig &server);
    void confirmAndSend(const OrgConfig &base);
    void send(const OrgConfig &base);
    void post(const OrgConfig &config);
    // Emits storedOtherValues() when `stored` is not what `sent` asked for on top of `old`
    // (`created`: a POST, which has no old values).
    void reportDifferences(
        const OrgConfig &old, const OrgConfigChange &sent, const OrgConfig &stored, bool created);

    ApiClient *m_client;
    QWidget *m_page;
    Form m_form;
};

} // namespace Passdesk
