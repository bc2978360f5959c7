#include "configstatustext.h"

#include "timetext.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ConfigPage)
};
} // namespace

ConfigStatusText::Text ConfigStatusText::notLoadedYet()
{
    return [] {
        return Texts::tr("The org config has not been loaded yet.");
    };
}

ConfigStatusText::Text ConfigStatusText::loading()
{
    return [] {
        return Texts::tr("Loading the password org config…");
    };
}

ConfigStatusText::Text ConfigStatusText::noTenant()
{
    return [] {
        return Texts::tr("No tenant is open. Add one with Tenants… or choose one in the tool bar.");
    };
}

ConfigStatusText::Text ConfigStatusText::loadedAt(const QTime &time)
{
    return [time] {
        return Texts::tr("Loaded at %1.").arg(shortLocalTime(time));
    };
}

ConfigStatusText::Text ConfigStatusText::noConfigOnTheTenant()
{
    return [] {
        return Texts::tr("This tenant has no password org config yet. The form shows the "
                         "defaults; Create config saves them to the tenant.");
    };
}

ConfigStatusText::Text ConfigStatusText::loadFailed(bool hadConfig)
{
    return [hadConfig] {
        return hadConfig
            ? Texts::tr("The config could not be reloaded; the form shows what was loaded before.")
            : Texts::tr("The password org config could not be loaded.");
    };
}

ConfigStatusText::Text ConfigStatusText::cancelled(bool edits, bool loaded)
{
    return [edits, loaded] {
        if (edits)
            return Texts::tr("Cancelled. Your changes are still in the form.");
        return loaded ? Texts::tr("Cancelled. The form shows what was loaded before.")
                      : Texts::tr("Cancelled. Refresh loads the config.");
    };
}

} // namespace Passdesk
