#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Passdesk {

// The config page's commands, Refresh (F5), Save… (Ctrl+S) and Revert (Ctrl+R), as actions the
// page's buttons, the Config menu and the tool bar share; their shortcuts work anywhere in the
// window. The page decides when each is enabled.
class ConfigActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigActions)

public:
    explicit ConfigActions(QWidget *page);

    QAction *refresh() const { return m_refresh; }
    QAction *save() const { return m_save; }
    QAction *revert() const { return m_revert; }
    void retranslate();

private:
    QAction *m_refresh;
    QAction *m_save;
    QAction *m_revert;
};

} // namespace Passdesk
