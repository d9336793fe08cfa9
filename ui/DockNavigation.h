// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;
class QDockWidget;
class QWidget;

namespace corrob::ui {

// Keyboard access to the docks: one "Go to <dock>" action per dock, Alt+1 … Alt+9 in the order given, that shows
// the dock (raising its tab when it shares a place with others) and puts the keyboard focus in it (its first
// control that takes focus: the Case list's filter, the Claims table's filter, the Tags tree…). The actions are
// owned by and active in window.
QList<QAction*> createGoToDockActions(const QList<QDockWidget*>& docks, QWidget* window);

// Shows and raises dock and focuses the first control in it that accepts keyboard focus; false when none does.
bool focusDock(QDockWidget* dock);

} // namespace corrob::ui
