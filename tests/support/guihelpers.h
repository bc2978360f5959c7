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

template<typename T>
T *child(QWidget *parent, const char *objectName)
{
    return parent->findChild<T *>(QLatin1String(objectName));
}

} // namespace Passdesk::Testing
