// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace corrob::ui {

struct Confirmation
{
    QString title;
    QString text;        // the question
    QString details;     // what will happen, and what is kept
    QString confirmText; // the confirming button ("Reset"); Cancel is the default
    QString objectName;  // the box's, for tests
};

// Asks in a window-modal message box without blocking the caller (QDialog::open) and calls onConfirmed when the user
// presses the confirming button (object name "confirmButton"; Cancel is "cancelButton" and the default). The box
// deletes itself when it closes.
QMessageBox* askToConfirm(QWidget* parent, const Confirmation& question, std::function<void()> onConfirmed);

} // namespace corrob::ui
