#include "passdeskapp.h"

#include "core/api/apiclient.h"
#include "core/settings/appsettings.h"
#include "embeddedsandbox.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/settings/languagemanager.h"
#include "mainwindow.h"
#include "lazyicon.h"
#include "passdeskstyle.h"
#include "sandboxclients.h"
#include "core/secrets/secretvault.h"
#include "core/tenants/tenantsession.h"

#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QNetworkAccessManager>
#include <functional>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::PassdeskApp)
};

// Runs `then` from the event loop once `window` has painted its first frame, then goes away.
class FirstPaintWatcher final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    FirstPaintWatcher(QObject *parent, std::function<void()> then)
        : QObject(parent)
        , m_then(std::move(then))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            watched->removeEventFilter(this);
            // Queued: after this frame is painted and flushed, not inside it.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_then();
                    deleteLater();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_queued = false;
};
} // namespace

PassdeskApp::PassdeskApp(
    const StartupOptions &options, std::unique_ptr<SecretStore> secretStore, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>(options.configDir))
    , m_languages(std::make_unique<LanguageManager>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_secretStore(secretStore ? std::move(secretStore) : std::make_unique<KeychainSecretStore>())
    , m_client(new ApiClient(m_network.get(), this))
    , m_vault(new SecretVault(m_secretStore.get(), this))
    , m_tenants(new TenantStore(m_settings->backend(), this))
    , m_session(new TenantSession(m_tenants, m_vault, m_client, this))
{
    m_languages->apply(options.language.isEmpty() ? m_settings->language() : options.language);
    m_client->setUiLanguages(m_languages->uiLanguages());
    // --sandbox-client chooses for this run; otherwise the choice made in the UI last time.
    using SandboxSignIn = TenantSession::SandboxSignIn;
    // (Options made in code, as tests do, name the browser without saying it was given.)
    if (options.sandboxClientGiven || options.sandboxClient == QLatin1String("browser"))
        m_session->setSandboxSignIn(options.sandboxClient == QLatin1String("browser")
                ? SandboxSignIn::Browser
                : SandboxSignIn::ApiClient);
    else if (m_settings->sandboxBrowserSignIn())
        m_session->setSandboxSignIn(SandboxSignIn::Browser);
    connect(m_session, &TenantSession::sandboxSignInChanged, this, [this](SandboxSignIn how) {
        m_settings->setSandboxBrowserSignIn(how == SandboxSignIn::Browser);
    });
    // The sandbox costs a server, a listening socket and its seeded directory: only when used.
    m_session->setSandboxStarter(
        [this](TenantSession::SandboxReady ready) { startSandbox(std::move(ready)); });
    m_session->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

PassdeskApp::~PassdeskApp()
{
    // The windows go first: they hold pointers to everything else. A first-run assistant
    // still open must not open the main window as it goes.
    if (m_assistant) {
        m_assistant->disconnect(this);
        delete m_assistant.data();
    }
    m_window.reset();
}

void PassdeskApp::startSandbox(TenantSession::SandboxReady ready)
{
    if (!m_sandbox)
        m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>();
    // Answered from the event loop, as a stored tenant's keychain read is: the main window is
    // shown first.
    QMetaObject::invokeMethod(
        this,
        [this, ready = std::move(ready)] {
            const QUrl apiRoot = m_sandbox ? m_sandbox->apiRoot() : QUrl();
            if (!apiRoot.isValid()) {
                m_sandbox.reset(); // choosing the sandbox again tries anew
                ready(std::nullopt,
                    Texts::tr("The sandbox tenant could not listen on a loopback port."));
                return;
            }
            ConnectionSettings connection;
            connection.displayName = TenantSession::sandboxTenant().displayName;
            connection.apiRoot = apiRoot;
            connection.sandbox = true;
            if (m_session->sandboxSignIn() == TenantSession::SandboxSignIn::Browser) {
                // The sandbox takes any loopback port: the system picks a free one.
                connection.authMethod = AuthMethod::BrowserSignIn;
                connection.clientId = Sandbox::builtInBrowserClient().clientId;
                connection.redirectPort = 0;
            } else {
                // The API client --sandbox-client names, else the org admin's.
                const QString client = m_options.sandboxClient;
                connection.clientId = QStringLiteral("sandbox-")
                    + (client.isEmpty() || client == QLatin1String("browser")
                            ? QStringLiteral("admin")
                            : client);
                connection.clientSecret = Sandbox::builtInSecret(connection.clientId);
            }
            ready(connection, {});
        },
        Qt::QueuedConnection);
}

QString PassdeskApp::start()
{
    QString chosen;
    if (m_options.sandbox) {
        chosen = TenantSession::sandboxId;
    } else if (!m_options.tenant.isEmpty()) {
        const std::optional<Tenant> tenant = m_tenants->findByName(m_options.tenant);
        if (!tenant) {
            QStringList names;
            for (const Tenant &known : m_tenants->tenants())
                names.append(known.displayName);
            return names.isEmpty()
                ? Texts::tr("There is no tenant \"%1\": no tenant is set up yet.")
                      .arg(m_options.tenant)
                : Texts::tr("There is no tenant \"%1\". Set up are: %2.")
                      .arg(m_options.tenant, names.join(QStringLiteral(", ")));
        }
        chosen = tenant->id;
    } else if (m_tenants->tenant(m_tenants->lastUsedId())) {
        chosen = m_tenants->lastUsedId();
    } else if (!m_tenants->isEmpty()) {
        chosen = m_tenants->tenants().constFirst().id;
    }

    // The tenant is known: activating it now starts its TCP and TLS handshakes and the read of
    // its secret while the window is made (both answer from the event loop; the first request
    // waits for the handshakes rather than paying them again on a second connection).
    if (!chosen.isEmpty())
        m_session->activate(chosen);

    PassdeskStyle::install(); // before the first widget: the menu bar asks it for an icon
    if (chosen.isEmpty()) {
        // First run: the assistant alone, as the one thing to do; the main window follows it,
        // on the tenant it set up or, cancelled, on none (nothing is made before it is needed).
        auto *assistant = new FirstRunAssistant(m_session, m_network.get());
        assistant->setAttribute(Qt::WA_DeleteOnClose);
        connect(assistant, &QDialog::finished, this, [this] { showMainWindow(); });
        m_assistant = assistant;
        assistant->show();
        setWindowIconAfterFirstFrame(assistant);
        return {};
    }
    showMainWindow();
    setWindowIconAfterFirstFrame(m_window.get());
    return {};
}

void PassdeskApp::showMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_client, m_settings.get(), m_languages.get());
    m_window->setTenantSession(m_session, m_network.get());
    m_window->show();
    emit mainWindowShown();
}

void PassdeskApp::setWindowIconAfterFirstFrame(QWidget *window)
{
    // Nothing shows the icon before the first frame, and giving it to the window system takes
    // time on some platforms (passdeskWindowIcon() is made only when used).
    auto *watcher
        = new FirstPaintWatcher(window, [] { QApplication::setWindowIcon(passdeskWindowIcon()); });
    window->installEventFilter(watcher);
}

} // namespace Passdesk
