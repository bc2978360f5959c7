// passdesk-sandbox: the sandbox tenant on its own, for trying Passdesk or another client.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using Passdesk::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A sandbox Identity Security Cloud tenant for Passdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Listen on this loopback port (0: any free one)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
        QStringLiteral("Access token lifetime in seconds."), QStringLiteral("seconds"),
        QStringLiteral("750"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per client and API version per 10 s (0: none)."),
        QStringLiteral("count"), QStringLiteral("100"));
    parser.addOptions({ portOption, lifetimeOption, rateOption });
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "passdesk-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }
    bool lifetimeOk = false;
    const int lifetime = parser.value(lifetimeOption).toInt(&lifetimeOk);
    if (!lifetimeOk || lifetime < 1) {
        std::fprintf(
            stderr, "passdesk-sandbox: --token-lifetime takes a number of seconds from 1 up\n");
        return 2;
    }
    bool rateOk = false;
    const int rate = parser.value(rateOption).toInt(&rateOk);
    if (!rateOk || rate < 0) {
        std::fprintf(
            stderr, "passdesk-sandbox: --rate-limit takes a number from 0 (no limit) up\n");
        return 2;
    }
    SandboxServer server;
    server.setTokenLifetimeSeconds(lifetime);
    server.setRateLimit(rate, 10);
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "passdesk-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("Sandbox tenant serving at %s\n", qPrintable(server.baseUrl().toString()));
    std::printf("Token endpoint: %s/oauth/token\n", qPrintable(server.baseUrl().toString()));
    std::printf("Clients (client_id / client_secret: scopes):\n");
    for (const auto &client : SandboxServer::builtInClients())
        std::printf("  %s / %s: %s\n", qPrintable(client.clientId), qPrintable(client.clientSecret),
            qPrintable(client.scopes.join(QLatin1Char(' '))));
    std::printf("Serving until stopped (Ctrl+C).\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
