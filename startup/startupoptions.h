#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Passdesk {

// What the command line asks for. Parsing never exits the process, so it can be tested;
// main() acts on helpRequested/versionRequested/error.
struct StartupOptions
{
    bool sandbox = false;         // --sandbox (also the default while no tenant is set up)
    QString sandboxClient;        // --sandbox-client admin|helpdesk|readonly|app|browser
    bool sandboxClientGiven = false; // set on the command line: it, not the saved choice, counts
    QString tenant;               // --tenant NAME (display name or tenant name)
    QString language;             // --lang de
    QString configDir;            // --config-dir DIR
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;
    QString error;                // a translated reason when the arguments are wrong

    static StartupOptions parse(const QStringList &arguments);
};

// On X11/Wayland desktops a window needs a display; say so instead of letting Qt abort.
// Returns a one-line message, or empty when a window can be shown.
QString missingDisplayMessage();

} // namespace Passdesk
