#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace Passdesk {
class MainWindow;
class PassdeskApp;
class TokenDialog;
} // namespace Passdesk

namespace Passdesk::Bench {

class LinkRig;

// Passdesk as passdesk starts it (PassdeskApp), on two stored tenants behind a LinkRig whose
// secrets are in the keychain, driven the way an agent does: each scenario of issue 22 is one
// method that acts (a click, a key) and returns the nanoseconds until the answer was painted,
// or -1 when it did not come within giveUpMs. The benchmark times them; the request-count test
// runs the same steps and counts what crossed the link.
class LatencyDesk final
{
    Q_DISABLE_COPY_MOVE(LatencyDesk)

public:
    static constexpr int giveUpMs = 15000;
    static inline const QString firstTenant = QStringLiteral("Bench");
    static inline const QString secondTenant = QStringLiteral("Other");
    static inline const QString typedName = QStringLiteral("Ab");
    static inline const QString typedOn = QStringLiteral("by");

    LatencyDesk(LinkRig *rig, const QString &configDir);
    ~LatencyDesk();

    // From PassdeskApp's construction to the frame that shows the first tenant's org config.
    qint64 startToConfigShown();
    MainWindow *window() const;
    PassdeskApp *app() const { return m_app.get(); }

    // Opens the tenant combo's list (the agent reads it, the app may work ahead meanwhile).
    void openTenantList();
    // Chooses the tenant in the open list (Return): from the key to the frame showing its org config.
    qint64 pickTenant(const QString &name);
    // Opens the token dialog (or raises it) and waits until it is on screen.
    TokenDialog *openTokenDialog();
    void closeTokenDialog();
    // A new caller: types `typed` into the user field of the open dialog, from the last key
    // stroke to the frame showing the suggestions (the first lookup of a burst goes at once).
    qint64 suggestions(const QString &typed = typedName);
    // After suggestions(), types `more` at once: from its last key stroke to the server's answer
    // for the whole text in the list (after the lookup's pause).
    qint64 suggestionsTypedOn(const QString &more = typedOn);
    // Fills in the request and clicks Generate: to the frame that shows the new token's digits.
    qint64 clickToToken();
    // The client's access token is gone as if it had expired (what an idle app ends up with).
    void expireAccessToken();
    // Changes the digit token length and clicks Save: to the frame that shows it saved. The time
    // the confirmation question is open is the agent's and not counted.
    qint64 saveToSaved();

    // Keeps the event loop running for `ms` (the agent reads, the app may work ahead).
    static void dwell(int ms);
    // Runs the event loop until `done` or giveUpMs; false on time-out.
    static bool waitFor(const std::function<bool()> &done);

private:
    LinkRig *m_rig;
    QString m_configDir;
    std::unique_ptr<PassdeskApp> m_app;
    int m_saveRound = 0;
};

} // namespace Passdesk::Bench
