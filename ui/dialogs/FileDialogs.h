// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file dialog of the application, made in one place so that none reads the content of a file it lists
// (decisions/0013): the open case's files may be among them, and reading them would drop the case's SQLite locks.
// Nothing else in the program may construct a QFileDialog or call its static functions (checked by
// tests/checks/SourceRules.cmake).
#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace corrob::ui::filedialogs {

// A Qt file dialog (never the platform's: a native dialog running in this process sniffs file contents too) whose
// views name and draw files from their names only, starting in existingFolderOrHome(folder). For callers that need
// more than the functions below.
std::unique_ptr<QFileDialog> make(QWidget* parent, const QString& caption, const QString& folder,
                                  const QString& filter = {});

// The folder a dialog starts in for folder: itself, else the nearest existing folder above it, else home.
QString existingFolderOrHome(const QString& folder);

// One existing file, starting in folder; empty when cancelled.
QString openFile(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);
// One or more existing files; empty when cancelled.
QStringList openFiles(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);
// An existing folder; empty when cancelled.
QString existingFolder(QWidget* parent, const QString& caption, const QString& folder);
// Where to save; suffix is appended when the name has none. An existing file is not confirmed here unless
// confirmOverwrite (an export replaces its file; a case is never written over an existing file, so the caller
// decides). Empty when cancelled.
QString saveFile(QWidget* parent, const QString& caption, const QString& folder, const QString& filter,
                 const QString& suffix, const QString& proposedName = {}, bool confirmOverwrite = false);

} // namespace corrob::ui::filedialogs
