#pragma once

// Finding and answering Passdesk's windows the way an automation tool would: by objectName.

#include <QAbstractButton>
#include <QApplication>
#include <QWidget>

namespace Passdesk::Testing {

// A visible top-level window (dialogs opened with open() are top-level) by objectName.
template<typename T = QWidget>
T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *typed = qobject_cast<T *>(widget);
        if (typed && typed->isVisible() && typed->objectName() == objectName)
            return typed;
    }
    return nullptr;
}

// Clicks a button of a visible top-level window; false when either is not there.
inline bool clickInWindow(const QString &windowName, const QString &buttonName)
{
    QWidget *window = visibleTopLevel(windowName);
    if (!window)
        return false;
    auto *button = window->findChild<QAbstractButton *>(buttonName);
    if (!button)
        return false;
    button->click();
    return true;
}

// A server's string as a label shows it: between FIRST STRONG ISOLATE and POP DIRECTIONAL
// ISOLATE (core/model/displaytext.h), so it cannot reorder the text around it.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

template<typename T>
T *child(QWidget *parent, const char *objectName)
{
    return parent->findChild<T *>(QLatin1String(objectName));
}

} // namespace Passdesk::Testing
