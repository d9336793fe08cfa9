// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/UndoHistoryView.h"

#include <QAbstractListModel>
#include <QFont>
#include <QKeyEvent>
#include <QPalette>
#include <QUndoStack>

namespace corrob::ui {

namespace {

// Row 0: the case as opened; row i: the stack's command i - 1. Read from the stack when asked; reset when it moves.
class UndoHistoryModel final : public QAbstractListModel
{
public:
    UndoHistoryModel(QUndoStack* stack, QString emptyLabel, QObject* parent)
        : QAbstractListModel(parent), m_stack(stack), m_emptyLabel(std::move(emptyLabel))
    {
        // Pushed, undone, redone, merged or cleared: the rows, their texts and which is current may all change.
        const auto reread = [this] {
            beginResetModel();
            endResetModel();
        };
        connect(stack, &QUndoStack::indexChanged, this, reread);
        connect(stack, &QUndoStack::cleanChanged, this, reread);
    }

    int rowCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : m_stack->count() + 1; }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() > m_stack->count()) {
            return {};
        }
        const int row = index.row();
        switch (role) {
        case Qt::DisplayRole:
            return row == 0 ? m_emptyLabel : m_stack->command(row - 1)->text();
        case Qt::FontRole:
            if (row == m_stack->index()) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ForegroundRole:
            // Undone: still there to redo, until the next change.
            return row > m_stack->index() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
        case Qt::ToolTipRole:
            if (row == m_stack->index()) {
                return UndoHistoryView::tr("The case as it is now");
            }
            return row < m_stack->index()
                       ? UndoHistoryView::tr("Double-click or press Enter to undo back to this step")
                       : UndoHistoryView::tr("Undone; double-click or press Enter to redo up to this step (a new "
                                             "change discards it)");
        default:
            return {};
        }
    }

private:
    QUndoStack* m_stack;
    QString m_emptyLabel;
};

} // namespace

UndoHistoryView::UndoHistoryView(QUndoStack* stack, const QString& emptyLabel, QWidget* parent)
    : QListView(parent), m_stack(stack)
{
    setModel(new UndoHistoryModel(stack, emptyLabel, this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    connect(model(), &QAbstractItemModel::modelReset, this, &UndoHistoryView::followStack);
    // Not `activated`: a style may activate on a single click.
    connect(this, &QAbstractItemView::doubleClicked, this, &UndoHistoryView::goTo);
    followStack();
}

void UndoHistoryView::goTo(const QModelIndex& index)
{
    if (!index.isValid() || index.row() == m_stack->index()) {
        return;
    }
    const int before = m_stack->index();
    const int count = m_stack->count();
    m_stack->setIndex(index.row());
    // A step refused on the way (another program changed what it touched) leaves the stack, and Qt goes on with the
    // ones beyond it: the steps done are those the index moved over, less any that went.
    const int removed = count - m_stack->count();
    const int steps = m_stack->index() > before ? m_stack->index() - before : -(before - m_stack->index() - removed);
    if (steps != 0) {
        Q_EMIT jumped(steps);
    }
}

void UndoHistoryView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) { // the keypad's Enter too
        goTo(currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

void UndoHistoryView::followStack()
{
    const QModelIndex current = model()->index(m_stack->index(), 0);
    setCurrentIndex(current);
    scrollTo(current);
}

} // namespace corrob::ui
