#pragma once

#include <QLocale>
#include <QTime>

namespace Passdesk {

// A time of day as the user's locale writes it briefly ("14:05", "2:05 PM"), for "Loaded at …".
inline QString shortLocalTime(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace Passdesk
