// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class QUndoStack;

namespace corrob::ui {

// The History dock's list: the steps of the undo stack, the case as opened first, the current step in bold and the
// steps that can be redone greyed. A click or the arrows only pick a step; a double-click or Enter goes back (or
// forward) to it. Qt's QUndoView jumped on a click: one click meant to focus the list undid four steps at once, and
// the next edit would have thrown them away (a tester's find).
class UndoHistoryView final : public QListView
{
    Q_OBJECT

public:
    UndoHistoryView(QUndoStack* stack, const QString& emptyLabel, QWidget* parent = nullptr);

Q_SIGNALS:
    // The stack went back or forward `steps` steps (negative: undone) from this list.
    void jumped(int steps);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void followStack();
    void goTo(const QModelIndex& index);

    QUndoStack* m_stack;
};

} // namespace corrob::ui
