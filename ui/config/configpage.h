#pragma once

#include "core/model/orgconfig.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTimer;

namespace Ui {
class ConfigPage;
}

namespace Passdesk {

class ApiClient;
class ApiReply;
class ConfigActions;
class ConfigFields;
class ConfigSaveFlow;
class ErrorView;
struct ApiError;

// The Password Org Config form: loads the tenant's config, lets an admin change it, and sends
// only what changed, after checking nobody else changed it meanwhile and after confirmation.
// An edit is never lost: failures keep the form as it is.
class ConfigPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)

public:
    explicit ConfigPage(ApiClient *client, QWidget *parent = nullptr);
    ~ConfigPage() override;

    void load();
    // Another tenant (or none): forgets the previous tenant's config, edits, question and error,
    // then loads unless there is no tenant. The caller asks about unsaved edits first.
    void startOver(bool loadNow);
    // A tenant is being opened (before startOver(true)): shown as loading, nothing editable.
    void showOpening();
    bool hasUnsavedChanges() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    std::optional<OrgConfig> loadedConfig() const { return m_loaded; }
    void setUiLanguages(const QStringList &languages);
    void setTenantName(const QString &tenant);
    // How long an answer may take before the progress bar shows (busyIndicatorDelayMs unless
    // changed; profiling under valgrind, where every answer is slow, raises it).
    void setBusyDelay(int milliseconds);

signals:
    void dirtyChanged(bool dirty);
    void configLoaded(const Passdesk::OrgConfig &config);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void startLoad();
    void onLoaded(const OrgConfig &config, std::function<QString()> status);
    void showForm(const OrgConfig &config);
    OrgConfig editedConfig() const;
    std::optional<OrgConfig> baseConfig() const; // what the edits are compared with
    void revert();
    void updateState();
    void updateReadOnlyNotice();
    void setStatus(std::function<QString()> status);
    // What the server stored other than asked after a save; an empty function hides it.
    void setServerChangedNotice(std::function<QString()> notice);
    void setBusy(ApiReply *reply);
    void cancelRequest(); // the Cancel button: stops the load or save, keeps the edits
    void showFailure(const ApiError &error, std::function<void()> retry);
    bool canEdit() const;
    bool isAsking() const { return m_question && m_question->isVisible(); }

    void save(); // or create, when the tenant has no config yet
    void create();
    void connectSaveFlow();

    std::unique_ptr<Ui::ConfigPage> m_ui;
    ApiClient *m_client;
    ErrorView *m_errorView;
    ConfigSaveFlow *m_saveFlow;
    ConfigActions *m_actions;
    ConfigFields *m_fields;
    QAction *m_refreshAction; // m_actions' three, used often here
    QAction *m_saveAction;
    QAction *m_revertAction;
    std::optional<OrgConfig> m_loaded;
    bool m_opening = false;   // showOpening(): the tenant's secret is being read
    bool m_missing = false;   // the tenant has no config yet: offer Create
    bool m_forbidden = false; // a write was refused with 403
    bool m_lastDirty = false;
    QPointer<ApiReply> m_pending;
    QTimer *m_busyDelay; // shows the progress bar only when an answer is slow
    QPointer<QWidget> m_question; // the open confirmation or conflict question, if any
    std::function<void()> m_retry;
    std::function<QString()> m_status; // rebuilt on language change
    std::function<QString()> m_serverChanged; // likewise; empty when nothing to say
    QStringList m_uiLanguages;
};

} // namespace Passdesk
