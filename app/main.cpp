// Passdesk's entry point: parse the command line, start the sandbox tenant when no other
// tenant is set up, and show the main window. Everything else lives in the libraries.

#include "apiclient.h"
#include "appsettings.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "startupoptions.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Passdesk;

namespace {

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
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const StartupOptions options = StartupOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "passdesk: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.helpRequested) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("Passdesk %s (build %s, Qt %s)\n", PASSDESK_VERSION, PASSDESK_BUILD_ID, qVersion());
        return 0;
    }
    if (const QString message = missingDisplayMessage(); !message.isEmpty()) {
        std::fprintf(stderr, "passdesk: %s\n", qPrintable(message));
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

    // Until tenants can be set up, Passdesk works on its embedded sandbox tenant.
    Sandbox::SandboxServer sandbox;
    if (!sandbox.listen()) {
        std::fprintf(stderr, "passdesk: %s\n",
                     qPrintable(QCoreApplication::translate("main", "The sandbox tenant could not listen on a loopback port.")));
        return 1;
    }
    client.setConnection(sandboxConnection(sandbox, options.sandboxClient));

    MainWindow window(&client, &settings, &languages);
    window.show();
    return QApplication::exec();
}
