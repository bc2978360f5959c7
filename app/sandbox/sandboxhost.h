#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace Passdesk::Sandbox {

// Where the app's sandbox tenant runs while Passdesk uses it: a child process (SandboxChild,
// where there is posix_spawn) or a thread of Passdesk's own (SandboxThread). Either way it
// starts when constructed and stops when destroyed.
class SandboxHost : public QObject
{
public:
    using QObject::QObject;

    // Calls `ready` from this object's thread's event loop, never from inside this call, with
    // the sandbox's API root once a client can connect, or an invalid URL when it cannot
    // (startError() says why, when it knows).
    virtual void whenListening(std::function<void(const QUrl &apiRoot)> ready) = 0;
    virtual QString startError() const { return {}; }
};

} // namespace Passdesk::Sandbox
