#include "embeddedsandbox.h"

#include "sandboxhttp.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

namespace Passdesk::Sandbox {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutTlsWarnings(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.network.ssl") == 0)
        category->setEnabled(QtWarningMsg, false);
}

// QtHttpServer 6.4's constructor makes a QSslConfiguration, which loads Qt's TLS plugin and
// OpenSSL (about ten milliseconds) although the sandbox serves plain http. While Qt has no
// plugin paths it finds no TLS plugin (and would say so: those warnings are held back too);
// once the paths are back, the plugin loads as usual when an https tenant first needs it.
// Made on the UI thread, so no plugin of the GUI loads meanwhile.
std::unique_ptr<SandboxServer> makeServerWithoutTlsPlugin()
{
    // The server's own filter (no request dumps in any log: they hold secrets) goes first, so
    // that putting the previous filter back below cannot drop it.
    installRequestDumpFilter();
    const QStringList pluginPaths = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({});
    previousFilter = QLoggingCategory::installFilter(&withoutTlsWarnings);
    auto server = std::make_unique<SandboxServer>();
    QLoggingCategory::installFilter(previousFilter);
    previousFilter = nullptr;
    QCoreApplication::setLibraryPaths(pluginPaths);
    return server;
}

} // namespace

EmbeddedSandbox::EmbeddedSandbox()
    : m_server(makeServerWithoutTlsPlugin())
{
    if (m_server->listen())
        m_apiRoot = m_server->baseUrl();
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

} // namespace Passdesk::Sandbox
