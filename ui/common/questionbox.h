#pragma once

// Passdesk's questions (config saves, tenant windows): window-modal message boxes opened with
// open(), never exec(), so nothing blocks and an automation tool finds them by objectName among
// the top-level windows. Each deletes itself when closed. The text is rich text (Passdesk's own
// <b> and <p>), so every user or server string in it goes in through toHtmlEscaped(): as
// characters, never as markup, and nothing in it can load a resource.

#include <QMessageBox>
#include <QPushButton>

namespace Passdesk {

inline QMessageBox *newQuestionBox(QWidget *parent, QMessageBox::Icon icon, const QString &objectName,
    const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

inline QPushButton *addQuestionButton(
    QMessageBox *box, const QString &text, QMessageBox::ButtonRole role, const QString &objectName)
{
    QPushButton *button = box->addButton(text, role);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

} // namespace Passdesk
