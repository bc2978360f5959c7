#pragma once

// PassdeskApp as main() makes it, for the suites that start the whole program.

#include "passdeskapp.h"
#include "secretstore.h"

#include <memory>

namespace Passdesk::Testing {

// English, an in-memory keychain, settings in `configDir`, and the passdesk-sandbox this build
// made for the sandbox mode (set it again to try another).
inline std::unique_ptr<PassdeskApp> makePassdesk(const QString &configDir, bool sandbox = false)
{
    StartupOptions options;
    options.configDir = configDir;
    options.language = QStringLiteral("en");
    options.sandbox = sandbox;
    auto app = std::make_unique<PassdeskApp>(options, std::make_unique<MemorySecretStore>());
    app->setSandboxProgram(QStringLiteral(PASSDESK_SANDBOX_PROGRAM));
    return app;
}

} // namespace Passdesk::Testing
