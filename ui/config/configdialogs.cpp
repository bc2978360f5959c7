#include "configdialogs.h"

#include "questionbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Passdesk {

namespace {
// lupdate reads this context; the strings below are translated in it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Passdesk::ConfigDialogs)
};

} // namespace

QString fieldLabel(const char *field)
{
    const QLatin1String name(field);
    if (name == QLatin1String("customInstructionsEnabled"))
        return Texts::tr("Custom password instructions");
    if (name == QLatin1String("digitTokenEnabled"))
        return Texts::tr("Digit tokens");
    if (name == QLatin1String("digitTokenDurationMinutes"))
        return Texts::tr("Digit token lifetime");
    return Texts::tr("Digit token length");
}

QString formatField(const char *field, const OrgConfig &config)
{
    const QLatin1String name(field);
    if (name == QLatin1String("customInstructionsEnabled"))
        return config.customInstructionsEnabled ? Texts::tr("on") : Texts::tr("off");
    if (name == QLatin1String("digitTokenEnabled"))
        return config.digitTokenEnabled ? Texts::tr("on") : Texts::tr("off");
    if (name == QLatin1String("digitTokenDurationMinutes"))
        return Texts::tr("%n minute(s)", nullptr, config.digitTokenDurationMinutes);
    return Texts::tr("%n digit(s)", nullptr, config.digitTokenLength);
}

namespace {

QString productionWarning()
{
    return Texts::tr("<p style=\"color:#b71c1c\"><b>This is a production tenant.</b> The change applies to every "
                     "user and helpdesk agent at once.</p>");
}

QMessageBox *openConfirmation(QWidget *parent, const QString &title, const QString &text, bool production,
                              std::function<void()> onConfirmed)
{
    QMessageBox *box = newQuestionBox(parent, production ? QMessageBox::Warning : QMessageBox::Question,
                              QStringLiteral("saveConfirmationDialog"), title,
                              production ? text + productionWarning() : text);
    QPushButton *save = addQuestionButton(box, Texts::tr("&Save"), QMessageBox::AcceptRole, QStringLiteral("saveConfirmButton"));
    QPushButton *cancel = addQuestionButton(box, Texts::tr("Cancel"), QMessageBox::RejectRole, QStringLiteral("saveCancelButton"));
    // On production the safe answer is the default one.
    box->setDefaultButton(production ? cancel : save);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [save, onConfirmed](QAbstractButton *button) {
        if (button == save)
            onConfirmed();
    });
    box->open();
    return box;
}

} // namespace

QMessageBox *askToConfirmSave(QWidget *parent, const OrgConfig &before, const OrgConfig &after, bool production,
                              const QString &tenant, std::function<void()> onConfirmed)
{
    QString lines;
    for (const char *field : orgConfigFields) {
        const QString old = formatField(field, before);
        const QString updated = formatField(field, after);
        if (old != updated)
            lines += Texts::tr("<li>%1: %2 → <b>%3</b></li>")
                         .arg(fieldLabel(field).toHtmlEscaped(), old.toHtmlEscaped(), updated.toHtmlEscaped());
    }
    const QString text = Texts::tr("<p>Save these changes to the password org config of <b>%1</b>?</p><ul>%2</ul>")
                             .arg(tenant.toHtmlEscaped(), lines);
    return openConfirmation(parent, Texts::tr("Save password org config"), text, production, std::move(onConfirmed));
}

QMessageBox *askToConfirmCreate(QWidget *parent, const OrgConfig &config, bool production, const QString &tenant,
                                std::function<void()> onConfirmed)
{
    QString lines;
    for (const char *field : orgConfigFields)
        lines += Texts::tr("<li>%1: <b>%2</b></li>")
                     .arg(fieldLabel(field).toHtmlEscaped(), formatField(field, config).toHtmlEscaped());
    const QString text = Texts::tr("<p>Create the password org config of <b>%1</b> with these values?</p><ul>%2</ul>")
                             .arg(tenant.toHtmlEscaped(), lines);
    return openConfirmation(parent, Texts::tr("Create password org config"), text, production, std::move(onConfirmed));
}

QMessageBox *askAboutConflict(QWidget *parent, const OrgConfig &loaded, const OrgConfig &server, const OrgConfig &mine,
                              std::function<void(ConflictChoice)> onChoice)
{
    QString rows;
    for (const char *field : orgConfigFields) {
        const bool serverChanged = formatField(field, loaded) != formatField(field, server);
        const QString cell = serverChanged ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(fieldLabel(field).toHtmlEscaped(), formatField(field, mine).toHtmlEscaped(),
                         cell.arg(formatField(field, server).toHtmlEscaped()));
    }
    const QString text = Texts::tr("<p>Someone changed the password org config on the server since you loaded it. "
                            "Changes made there are in bold.</p>"
                            "<table cellspacing=\"6\"><tr><th></th><th>Your version</th><th>Server's version</th></tr>%1</table>")
                             .arg(rows);
    QMessageBox *box = newQuestionBox(parent, QMessageBox::Warning, QStringLiteral("conflictDialog"),
                              Texts::tr("The config changed on the server"), text);
    QPushButton *keep = addQuestionButton(box, Texts::tr("&Keep mine"), QMessageBox::AcceptRole, QStringLiteral("keepMineButton"));
    QPushButton *take = addQuestionButton(box, Texts::tr("&Take server's"), QMessageBox::DestructiveRole, QStringLiteral("takeServerButton"));
    QPushButton *cancel = addQuestionButton(box, Texts::tr("Cancel"), QMessageBox::RejectRole, QStringLiteral("conflictCancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [keep, take, onChoice](QAbstractButton *button) {
        onChoice(button == keep ? ConflictChoice::KeepMine : button == take ? ConflictChoice::TakeServers : ConflictChoice::Cancel);
    });
    box->open();
    return box;
}

QMessageBox *askToDiscardEdits(QWidget *parent, std::function<void()> onDiscard)
{
    QMessageBox *box = newQuestionBox(parent, QMessageBox::Question, QStringLiteral("discardEditsDialog"), Texts::tr("Reload the config?"),
                              Texts::tr("<p>Reloading replaces your unsaved changes with the server's values.</p>"));
    QPushButton *discard = addQuestionButton(box, Texts::tr("&Discard and reload"), QMessageBox::DestructiveRole, QStringLiteral("discardAndReloadButton"));
    QPushButton *keep = addQuestionButton(box, Texts::tr("&Keep editing"), QMessageBox::RejectRole, QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [discard, onDiscard](QAbstractButton *button) {
        if (button == discard)
            onDiscard();
    });
    box->open();
    return box;
}

} // namespace Passdesk
