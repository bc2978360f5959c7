#pragma once

// PassdeskApp as main() makes it, for the suites that start the whole program.

#include "passdeskapp.h"
#include "core/secrets/memorysecretstore.h"

#include <memory>

namespace Passdesk::Testing {

// English, an in-memory keychain and settings in `configDir`.
inline std::unique_ptr<PassdeskApp> makePassdesk(const QString &configDir, bool sandbox = false)
{
    StartupOptions options;
    options.configDir = configDir;
    options.language = QStringLiteral("en");
    options.sandbox = sandbox;
    return std::make_unique<PassdeskApp>(options, std::make_unique<MemorySecretStore>());
}

} // namespace Passdesk::Testing
