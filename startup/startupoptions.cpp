#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::StartupOptions)
};
} // namespace

namespace {
} // namespace

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Passdesk: the Password Org Config and helpdesk digit tokens of Identity Security Cloud."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           Texts::tr("Start on the embedded sandbox tenant."));
    const QCommandLineOption sandboxClientOption(
        QStringLiteral("sandbox-client"),
        Texts::tr("Sign in to the sandbox as this built-in client: admin, helpdesk, readonly, app (no user) "
                  "or browser (sign in with the browser as a person of your choice)."),
        Texts::tr("client"), QStringLiteral("admin"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
                                          Texts::tr("Start on this tenant (its display name or tenant name)."),
                                          Texts::tr("name"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            Texts::tr("Use this user interface language (e.g. de)."),
                                            Texts::tr("language"));
    const QCommandLineOption configDirOption(QStringLiteral("config-dir"),
                                             Texts::tr("Keep settings in this directory."), Texts::tr("dir"));
    parser.addOptions({tenantOption, sandboxOption, sandboxClientOption, languageOption, configDirOption});

    StartupOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(helpOption);
    options.versionRequested = parser.isSet(versionOption);
    options.sandbox = parser.isSet(sandboxOption);
    options.sandboxClient = parser.value(sandboxClientOption);
    options.sandboxClientGiven = parser.isSet(sandboxClientOption);
    options.tenant = parser.value(tenantOption).trimmed();
    options.language = parser.value(languageOption);
    options.configDir = parser.value(configDirOption);
    const QStringList clients {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("readonly"),
                               QStringLiteral("app"), QStringLiteral("browser")};
    if (!clients.contains(options.sandboxClient))
        options.error = Texts::tr("Unknown sandbox client \"%1\"; use admin, helpdesk, readonly, app or browser.")
                            .arg(options.sandboxClient);
    if (options.sandbox && !options.tenant.isEmpty())
        options.error = Texts::tr("Use either --tenant or --sandbox, not both.");
    if (parser.isSet(tenantOption) && options.tenant.isEmpty())
        options.error = Texts::tr("--tenant needs the name of a tenant.");
    if (!parser.positionalArguments().isEmpty())
        options.error = Texts::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    return options;
}

QString missingDisplayMessage()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    return Texts::tr("Passdesk needs a graphical display, and none was found (DISPLAY is not set). "
              "Run it on a desktop, or without one as: xvfb-run -a passdesk --sandbox");
#else
    return {};
#endif
}

} // namespace Passdesk
