// Passdesk's start-up, measured: process start to the first painted frame of the main window,
// and to the first frame painted after the org config page loaded (configLoaded), which is
// what a user waits for. Takes passdesk's own command line (--sandbox, --config-dir, ...).

#include "apiclient.h"
#include "appsettings.h"
#include "benchcommon.h"
#include "configpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "sandboxserver.h"
#include "startupoptions.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace Passdesk;
using namespace Passdesk::Bench;

namespace {

constexpr int giveUpMs = 30000;

// As app/main.cpp builds it.
ConnectionSettings sandboxConnection(const Sandbox::SandboxServer &sandbox, const QString &client)
{
    ConnectionSettings connection;
    connection.displayName = QCoreApplication::translate("main", "Sandbox tenant");
    connection.apiRoot = sandbox.baseUrl();
    connection.sandbox = true;
    connection.clientId = QStringLiteral("sandbox-") + client;
    for (const auto &builtIn : Sandbox::SandboxServer::builtInClients()) {
        if (builtIn.clientId == connection.clientId)
            connection.clientSecret = builtIn.clientSecret;
    }
    return connection;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything below, up to window.show(), is what app/main.cpp does, in the same order.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const StartupOptions options = StartupOptions::parse(arguments);
    if (!options.error.isEmpty() || options.helpRequested || options.versionRequested) {
        std::fprintf(stderr, "bench_startup: takes passdesk's start-up options only\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Passdesk"));
    QApplication::setOrganizationName(QStringLiteral("Passdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.passdesk.Passdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/passdesk.svg")));

    AppSettings settings(options.configDir);
    LanguageManager languages;
    languages.apply(options.language.isEmpty() ? settings.language() : options.language);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setUiLanguages(languages.uiLanguages());

    Sandbox::SandboxServer sandbox;
    if (!sandbox.listen()) {
        std::fprintf(stderr, "bench_startup: the sandbox could not listen\n");
        return 1;
    }
    client.setConnection(sandboxConnection(sandbox, options.sandboxClient));

    MainWindow window(&client, &settings, &languages);

    qint64 firstPaintNs = -1;
    qint64 shownNs = -1;
    PaintProbe firstPaint(&window, [&](qint64 ns) { firstPaintNs = ns; });
    PaintProbe configShown(&window, [&](qint64 ns) {
        shownNs = ns;
        QCoreApplication::quit();
    });
    firstPaint.arm();
    QObject::connect(
        window.configPage(), &ConfigPage::configLoaded, &configShown, [&] { configShown.arm(); });
    QTimer::singleShot(giveUpMs, &app, [] {
        std::fprintf(
            stderr, "bench_startup: the org config was not shown within %d ms\n", giveUpMs);
        QCoreApplication::exit(1);
    });

    window.show();
    const int status = QApplication::exec();
    const long rss = peakRssKb();
    if (status != 0 || shownNs < 0)
        return 1;
    printResult({ { QStringLiteral("program"), QStringLiteral("passdesk") },
        { QStringLiteral("firstPaintMs"), toMs(firstPaintNs) },
        { QStringLiteral("shownMs"), toMs(shownNs) },
        { QStringLiteral("peakRssKb"), double(rss) } });
    return 0;
}
