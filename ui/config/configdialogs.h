#pragma once

#include "core/model/orgconfig.h"

#include <functional>

class QMessageBox;
class QWidget;

namespace Passdesk {

// The questions the config page asks. Each opens a window-modal QMessageBox with open() and
// answers through the callback, so nothing blocks and tests can click the buttons. The box
// deletes itself when closed; the returned pointer lets the page see that it is still open.

// "old -> new" lines for every changed field; a plain warning on production.
QMessageBox *askToConfirmSave(QWidget *parent, const OrgConfig &before, const OrgConfig &after, bool production,
                              const QString &tenant, std::function<void()> onConfirmed);
// Creating a config lists every value it will hold.
QMessageBox *askToConfirmCreate(QWidget *parent, const OrgConfig &config, bool production, const QString &tenant,
                                std::function<void()> onConfirmed);

enum class ConflictChoice { KeepMine, TakeServers, Cancel };
// Someone changed the config on the server since it was loaded: show both versions.
QMessageBox *askAboutConflict(QWidget *parent, const OrgConfig &loaded, const OrgConfig &server, const OrgConfig &mine,
                              std::function<void(ConflictChoice)> onChoice);

QMessageBox *askToDiscardEdits(QWidget *parent, std::function<void()> onDiscard);

// Human-readable name and value of each field, shared by the dialogs and tests.
QString fieldLabel(const char *field);
QString formatField(const char *field, const OrgConfig &config);
inline constexpr const char *orgConfigFields[] = {"customInstructionsEnabled", "digitTokenEnabled",
                                                  "digitTokenDurationMinutes", "digitTokenLength"};

} // namespace Passdesk
