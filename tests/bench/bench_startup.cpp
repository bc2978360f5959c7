// Passdesk's start-up, measured: from process start to the first painted frame of the main
// window, and to the frame that shows what the user waits for: the org config (the first frame
// painted after the config page's configLoaded), or on a first run the first-run assistant.
// Starts exactly what startup/main.cpp starts (PassdeskApp) and takes passdesk's command line.
//
// Bench-only options (removed before passdesk's own parser sees the rest):
//   --bench-prepare-tenant URL  write a tenant "Bench" (id "bench", sandbox-admin) on the
//                               sandbox at URL into --config-dir, then exit (not measured)
//   --bench-secret SECRET       the keychain holds SECRET for tenant "bench": an in-memory
//                               keychain instead of the operating system's (none on a
//                               headless box); it answers from the event loop like the real one
//   --bench-busy-delay-ms N     the config page's busy delay (profiling: under valgrind every
//                               answer is slower than the shipped 200 ms, and the busy bar's
//                               animation would be counted as start-up)

#include "core/settings/appsettings.h"
#include "benchcommon.h"
#include "configpage.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "passdeskapp.h"
#include "core/secrets/memorysecretstore.h"
#include "startupoptions.h"
#include "core/tenants/tenantstore.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <cstdio>
#include <memory>

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

constexpr int giveUpMs = 30000;
const QString benchTenantId = QStringLiteral("bench");

QString takeOption(QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return {};
    const QString value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return value;
}

int prepareTenant(const QString &configDir, const QString &url)
{
    AppSettings settings(configDir);
    TenantStore store(settings.backend());
    Tenant tenant;
    tenant.id = benchTenantId;
    tenant.displayName = QStringLiteral("Bench");
    tenant.address = url;
    tenant.clientId = QStringLiteral("sandbox-admin");
    tenant.testTenant = true;
    if (const QString invalid = tenant.validationError(); !invalid.isEmpty()) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(invalid));
        return 1;
    }
    store.save(tenant);
    store.setLastUsedId(benchTenantId);
    settings.backend()->sync();
    return settings.backend()->status() == QSettings::NoError ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    phase("main");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString prepareUrl = takeOption(arguments, QStringLiteral("--bench-prepare-tenant"));
    const QString secret = takeOption(arguments, QStringLiteral("--bench-secret"));
    const QString busyDelay = takeOption(arguments, QStringLiteral("--bench-busy-delay-ms"));

    // From here on what startup/main.cpp does, in the same order.
    const StartupOptions options = StartupOptions::parse(arguments);
    if (!options.error.isEmpty() || options.helpRequested || options.versionRequested) {
        std::fprintf(stderr, "bench_startup: takes passdesk's start-up options only\n");
        return 2;
    }
    if (!prepareUrl.isEmpty())
        return prepareTenant(options.configDir, prepareUrl);

    QApplication app(argc, argv);
    phase("QApplication");
    QApplication::setApplicationName(QStringLiteral("Passdesk"));
    QApplication::setOrganizationName(QStringLiteral("Passdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.passdesk.Passdesk"));
    // As in startup/main.cpp: PassdeskApp sets the window icon after the first frame.

    std::unique_ptr<SecretStore> keychain; // null: the operating system's, as in passdesk
    if (!secret.isEmpty()) {
        auto memory = std::make_unique<MemorySecretStore>();
        Tenant tenant;
        tenant.id = benchTenantId;
        memory->write(tenant.secretKey(), secret, memory.get(), [](const SecretStore::Result &) {});
        keychain = std::move(memory);
    }
    PassdeskApp passdesk(options, std::move(keychain));
    phase("PassdeskApp");

    // Armed before start() so the very first frames are seen.
    qint64 firstPaintNs = -1;
    qint64 readyNs = -1;
    QString ready = QStringLiteral("config");
    const auto isMainWindow = [](const QWidget *window) {
        return qobject_cast<const MainWindow *>(window) != nullptr;
    };
    PaintProbe firstPaint(isMainWindow, [&](qint64 ns) {
        firstPaintNs = ns;
        phase("first paint");
    });
    PaintProbe configShown(isMainWindow, [&](qint64 ns) {
        readyNs = ns;
        phase("config shown");
        QCoreApplication::quit();
    });
    PaintProbe assistantShown(
        PaintProbe::named(QStringLiteral("firstRunAssistant")), [&](qint64 ns) {
            ready = QStringLiteral("firstRunAssistant");
            readyNs = ns;
            QCoreApplication::quit();
        });
    firstPaint.arm();
    assistantShown.arm();
    QTimer::singleShot(giveUpMs, &app, [] {
        std::fprintf(stderr,
            "bench_startup: neither the org config nor the first-run assistant showed within %d "
            "ms\n",
            giveUpMs);
        QCoreApplication::exit(1);
    });

    if (const QString error = passdesk.start(); !error.isEmpty()) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
        return 2;
    }
    phase("start()");
    // On a first run the main window comes only after the assistant (not measured).
    if (MainWindow *window = passdesk.mainWindow()) {
        if (!busyDelay.isEmpty())
            window->configPage()->setBusyDelay(busyDelay.toInt());
        QObject::connect(window->configPage(), &ConfigPage::configLoaded, &configShown, [&] {
            phase("configLoaded");
            configShown.arm();
        });
    }
    const int status = QApplication::exec();
    const long rss = peakRssKb();
    if (status != 0 || readyNs < 0)
        return 1;
    if (firstPaintNs < 0)
        firstPaintNs = readyNs; // a first run shows the assistant alone
    QJsonObject result { { QStringLiteral("program"), QStringLiteral("passdesk") },
        { QStringLiteral("ready"), ready }, { QStringLiteral("firstPaintMs"), toMs(firstPaintNs) },
        { QStringLiteral("shownMs"), toMs(readyNs) },
        { QStringLiteral("peakRssKb"), double(rss) } };
    if (const MainWindow *window = passdesk.mainWindow()) {
        // The runner shows the floor's window at this size (docs/benchmarks.md).
        result.insert(QStringLiteral("windowWidth"), window->width());
        result.insert(QStringLiteral("windowHeight"), window->height());
    }
    printResult(result);
    return 0;
}
