// Passdesk's entry point: parse the command line and start what PassdeskApp wires together.
// Everything else lives in the libraries.

#include "passdeskapp.h"
#include "passdeskbuildid.h"
#include "startupoptions.h"

#include <QApplication>
#include <cstdio>

using namespace Passdesk;

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
        std::printf(
            "Passdesk %s (build %s, Qt %s)\n", PASSDESK_VERSION, PASSDESK_BUILD_ID, qVersion());
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
    // The window icon is set by PassdeskApp after the first frame (it costs the SVG plugin).

    PassdeskApp passdesk(options);
    if (const QString error = passdesk.start(); !error.isEmpty()) {
        std::fprintf(stderr, "passdesk: %s\n", qPrintable(error));
        return 2;
    }
    return QApplication::exec();
}
