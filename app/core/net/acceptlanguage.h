#pragma once

#include <QByteArray>
#include <QStringList>

namespace Passdesk {

// Builds an Accept-Language value from UI languages, most preferred first, always ending with
// English: {"de-DE"} -> "de-DE,de;q=0.9,en;q=0.5".
QByteArray acceptLanguageHeader(const QStringList &uiLanguages);

} // namespace Passdesk
