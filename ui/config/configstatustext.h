#pragma once

#include <QString>
#include <QTime>
#include <functional>

namespace Passdesk {

// The config page's status line: what the page is doing, or did last, in words. Each text comes
// as a function that builds it again, so a language change rewrites the line in the new
// language while a time in it stays the time it happened. The texts keep the ConfigPage
// context, so the page's translations apply. (The save flow's lines are ConfigSaveFlow's.)
class ConfigStatusText final
{
public:
    using Text = std::function<QString()>;

    ConfigStatusText() = delete;

    static Text notLoadedYet();
    static Text loading();
    static Text noTenant();
    static Text loadedAt(const QTime &time);
    static Text noConfigOnTheTenant(); // the form shows the defaults, Create saves them
    static Text loadFailed(bool hadConfig); // hadConfig: the form still shows the earlier one
    static Text cancelled(bool edits, bool loaded);
};

} // namespace Passdesk
