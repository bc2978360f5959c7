#include "embeddedsandbox.h"

#include "sandboxserver.h"

namespace Passdesk::Sandbox {

EmbeddedSandbox::EmbeddedSandbox()
    : m_server(SandboxServer::withoutTlsPlugin())
{
    if (m_server->listen())
        m_apiRoot = m_server->baseUrl();
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

} // namespace Passdesk::Sandbox
