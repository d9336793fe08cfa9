// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DockNavigation.h"

#include <QAction>
#include <QDockWidget>

namespace corrob::ui {

bool focusDock(QDockWidget* dock)
{
    dock->show();
    dock->raise();
    QWidget* content = dock->widget();
    if (!content) {
        return false;
    }
    // The focus chain runs through the content's children in tab order: the first one that takes the Tab key.
    for (QWidget* candidate = content; candidate; candidate = candidate->nextInFocusChain()) {
        if (candidate != content && !content->isAncestorOf(candidate)) {
            break;
        }
        if (candidate->isVisibleTo(dock) && candidate->isEnabled() && (candidate->focusPolicy() & Qt::TabFocus)) {
            candidate->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

QList<QAction*> createGoToDockActions(const QList<QDockWidget*>& docks, QWidget* window)
{
    QList<QAction*> actions;
    for (qsizetype i = 0; i < docks.size() && i < 9; ++i) {
        QDockWidget* dock = docks[i];
        auto* action = new QAction(QObject::tr("Go to %1").arg(dock->windowTitle()), window);
        QString name = dock->objectName(); // "caseDock" -> "goToCaseDockAction"
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        action->setObjectName(QStringLiteral("goTo%1Action").arg(name));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i))));
        action->setShortcutContext(Qt::WindowShortcut);
        QObject::connect(action, &QAction::triggered, dock, [dock] { focusDock(dock); });
        window->addAction(action);
        actions.append(action);
    }
    return actions;
}

} // namespace corrob::ui
