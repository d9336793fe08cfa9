// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Inspector's pages share: a multi-line field that applies when left (never on every keystroke) and the
// form they lay their fields out in.
#pragma once

#include <QPlainTextEdit>

class QFormLayout;
class QWidget;

namespace corrob::ui {

// A multi-line text field for notes and rationales: Tab moves on, Enter starts a new line, and the text is
// committed when the field loses focus or on Ctrl+Enter; Escape puts back the text it was given. Tabbing in puts the
// cursor at the end, to add to the text.
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommitTextEdit(QWidget* parent = nullptr);
    // The text as given, without the surrounding blanks.
    [[nodiscard]] QString value() const { return toPlainText().trimmed(); }
    // Replaces the text without committing it.
    void setValue(const QString& text);
    // Whether the text is not the one it was given (typed and not yet committed, or committed and refused).
    [[nodiscard]] bool edited() const { return value() != m_given.trimmed(); }

Q_SIGNALS:
    void committed();

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_given;
};

// A form for an Inspector page: labels on the left, fields growing to the right.
QFormLayout* inspectorForm();

} // namespace corrob::ui
