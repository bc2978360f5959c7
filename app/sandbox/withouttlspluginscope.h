#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace Passdesk::Sandbox {

// While one lives, Qt finds no plugins, so nothing made in that time loads the TLS plugin, and
// the warnings Qt prints about the missing TLS backend are held back; its end puts the plugin
// paths and the logging filter back as they were (the filter, which applies the logging rules,
// is run over every category again), and https loads the TLS plugin as usual the first time it
// is needed. Why: QtHttpServer 6.4's constructor makes a QSslConfiguration, which loads the TLS
// plugin and OpenSSL although a plain-http sandbox needs neither; without this scope
// `passdesk --sandbox` starts clearly slower (docs/benchmarks.md). Qt 6.4 only: from Qt 6.8 a
// QAbstractHttpServer serves through the QTcpServer or QSslServer handed to bind(), and this
// scope should then be unnecessary (measure before removing it). For the thread that owns the
// application; guarded by tst_embeddedsandbox.
class WithoutTlsPluginScope final
{
    Q_DISABLE_COPY_MOVE(WithoutTlsPluginScope)

public:
    WithoutTlsPluginScope();
    ~WithoutTlsPluginScope();

private:
    QStringList m_libraryPaths;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;
};

} // namespace Passdesk::Sandbox
