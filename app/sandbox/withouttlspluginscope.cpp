#include "withouttlspluginscope.h"

#include <QCoreApplication>

namespace Passdesk::Sandbox {

namespace {
// Holds no state, so it needs none: the categories made while it is installed get their rules
// when the previous filter is installed again.
void withoutTlsWarnings(QLoggingCategory *category)
{
    if (qstrcmp(category->categoryName(), "qt.network.ssl") == 0)
        category->setEnabled(QtWarningMsg, false);
}
} // namespace

WithoutTlsPluginScope::WithoutTlsPluginScope()
    : m_libraryPaths(QCoreApplication::libraryPaths())
{
    QCoreApplication::setLibraryPaths({});
    m_previousFilter = QLoggingCategory::installFilter(&withoutTlsWarnings);
}

WithoutTlsPluginScope::~WithoutTlsPluginScope()
{
    QLoggingCategory::installFilter(m_previousFilter);
    QCoreApplication::setLibraryPaths(m_libraryPaths);
}

} // namespace Passdesk::Sandbox
