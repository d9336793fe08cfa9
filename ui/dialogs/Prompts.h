// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace corrob::ui {

// Every question the window asks the user and every message it shows, behind one interface: the application
// uses QtPrompts (modal Qt dialogs), tests inject a fake that answers at once, so no test ever blocks on a dialog.
class Prompts
{
public:
    virtual ~Prompts() = default;

    // The case file to open, starting in folder; an empty string when the user cancels.
    virtual QString chooseCaseToOpen(QWidget* parent, const QString& folder) = 0;
    // Where to create a new case (a path ending in .corrob), starting in folder; empty when the user cancels.
    virtual QString chooseNewCasePath(QWidget* parent, const QString& folder) = 0;
    // Tells the user that something failed: title names the action, message says what happened and where.
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // The About box; text is rich text.
    virtual void showAbout(QWidget* parent, const QString& title, const QString& text) = 0;
};

} // namespace corrob::ui
