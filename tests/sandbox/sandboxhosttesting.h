#pragma once

// For the tests of where the app's sandbox runs (SandboxThread, SandboxChild).

#include "sandboxhost.h"

#include <QTest>
#include <optional>

namespace Passdesk::Testing {

// The API root `sandbox` answers with (invalid when it cannot be reached); nothing when it did
// not answer in time.
inline std::optional<QUrl> listeningUrl(Sandbox::SandboxHost &sandbox, int timeoutMs = 10000)
{
    QUrl url;
    bool answered = false;
    sandbox.whenListening([&](const QUrl &apiRoot) {
        url = apiRoot;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, timeoutMs))
        return std::nullopt;
    return url;
}

} // namespace Passdesk::Testing
