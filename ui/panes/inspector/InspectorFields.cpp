// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/inspector/InspectorFields.h"

#include <QFormLayout>
#include <QKeyEvent>

namespace corrob::ui {

CommitTextEdit::CommitTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // About three lines: room to read a note without crowding the form.
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * frameWidth() + 12);
}

void CommitTextEdit::setValue(const QString& text)
{
    const QSignalBlocker blocker(this);
    m_given = text;
    if (toPlainText() != text) {
        setPlainText(text);
    }
}

void CommitTextEdit::focusInEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        moveCursor(QTextCursor::End);
    }
}

void CommitTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT committed();
}

void CommitTextEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        Q_EMIT committed();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && edited()) {
        setValue(m_given); // what was typed is dropped, not committed when the field is left
        moveCursor(QTextCursor::End);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QFormLayout* inspectorForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

} // namespace corrob::ui
