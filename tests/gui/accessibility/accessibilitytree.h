#pragma once

// Walks a window's accessibility tree the way a screen reader receives it
// (QAccessible::queryAccessibleInterface and children, menus included) and lists what a user of
// one could not read: an interactive element without a name, or a visible label whose text is in
// neither its accessible name nor its description.

#include <QAccessible>
#include <QLabel>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QWidget>

namespace Passdesk::Testing {

inline bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

// Letters and digits only, lower case: "203 241 150" and "2 0 3, 2 4 1, 1 5 0" are the same
// content, as are a rich text and its plain words.
inline QString contentOf(const QString &text)
{
    QString content;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            content.append(c.toLower());
    }
    return content;
}

inline QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    if (label->buddy())
        text.remove(QLatin1Char('&')); // the mnemonic marker is not shown
    return text;
}

inline QString describe(QAccessibleInterface *accessible)
{
    QObject *object = accessible->object();
    const QString type = object ? QString::fromLatin1(object->metaObject()->className()) : QString();
    const QString objectName = object ? object->objectName() : QString();
    return QStringLiteral("%1 %2 (role %3, name \"%4\")")
        .arg(type, objectName, QString::number(int(accessible->role())),
             accessible->text(QAccessible::Name));
}

inline void collectAccessibilityProblems(QAccessibleInterface *accessible, QStringList &problems, int depth = 0)
{
    if (!accessible || !accessible->isValid() || depth > 40)
        return;
    const QAccessible::Role role = accessible->role();
    const QAccessible::State state = accessible->state();
    // Menus are in the tree before they open (and hidden actions with them): their items need a
    // name as they are. Everything else counts while it is on screen.
    const bool counts = role == QAccessible::MenuItem || !state.invisible;
    if (counts && isInteractiveRole(role) && accessible->text(QAccessible::Name).trimmed().isEmpty()) {
        const bool labelled = !accessible->relations(QAccessible::Labelled).isEmpty();
        if (!(labelled && (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)))
            problems.append(QStringLiteral("no name: ") + describe(accessible));
    }
    if (auto *label = qobject_cast<QLabel *>(accessible->object()); label && label->isVisible()) {
        const QString shown = contentOf(shownText(label));
        QString exposed = accessible->text(QAccessible::Name) + QLatin1Char(' ')
            + accessible->text(QAccessible::Description);
        if (QAccessibleTextInterface *text = accessible->textInterface())
            exposed += QLatin1Char(' ') + text->text(0, text->characterCount());
        if (!shown.isEmpty() && !contentOf(exposed).contains(shown))
            problems.append(QStringLiteral("text not exposed: ") + describe(accessible)
                            + QStringLiteral(" shows \"") + shownText(label) + QLatin1Char('"'));
    }
    for (int i = 0; i < accessible->childCount(); ++i)
        collectAccessibilityProblems(accessible->child(i), problems, depth + 1);
}

inline QStringList accessibilityProblems(QWidget *window)
{
    QStringList problems;
    collectAccessibilityProblems(QAccessible::queryAccessibleInterface(window), problems);
    problems.removeDuplicates();
    return problems;
}

} // namespace Passdesk::Testing
