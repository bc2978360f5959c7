#include "configactions.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace Passdesk {

ConfigActions::ConfigActions(QWidget *page)
    : QObject(page)
    , m_refresh(new QAction(page))
    , m_save(new QAction(page))
    , m_revert(new QAction(page))
{
    m_refresh->setObjectName(QStringLiteral("configRefreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_save->setObjectName(QStringLiteral("configSaveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("configRevertAction"));
    m_revert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    for (QAction *action : { m_refresh, m_save, m_revert }) {
        action->setShortcutContext(Qt::WindowShortcut);
        page->addAction(action);
    }
    retranslate();
}

void ConfigActions::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the org config from the server again (F5)"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Send the changed settings to the server (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Go back to the values loaded from the server (Ctrl+R)"));
}

} // namespace Passdesk
