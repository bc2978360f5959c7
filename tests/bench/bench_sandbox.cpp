// The sandbox tenant in a process of its own for the benchmarks, so its work never counts as
// Passdesk's: no rate limit, an optional response delay. Prints its URL on the first line.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <chrono>
#include <cstdio>

using Passdesk::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
        QStringLiteral("Answer API requests after this many ms."), QStringLiteral("ms"),
        QStringLiteral("0"));
    parser.addOption(delayOption);
    parser.process(app);
    bool ok = false;
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0) {
        std::fprintf(stderr, "bench_sandbox: --delay-ms takes a number from 0 up\n");
        return 2;
    }

    SandboxServer server;
    server.setRateLimit(0, 10); // the benchmarks send far more than a real agent
    server.setTokenLifetimeSeconds(3600);
    server.setResponseDelay(std::chrono::milliseconds(delayMs));
    if (!server.listen()) {
        std::fprintf(stderr, "bench_sandbox: cannot listen on loopback\n");
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
