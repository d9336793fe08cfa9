// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

namespace corrob::ui {

// A message with a list of details under it, all visible at once (a QMessageBox hides its details behind a
// button): "Imported 4 reports. Skipped 1 file. 1 file could not be imported." and one entry per file. Knows
// nothing about imports.
class SummaryDialog : public QDialog
{
    Q_OBJECT
public:
    SummaryDialog(const QString& title, const QString& message, const QStringList& details, QWidget* parent = nullptr);
};

} // namespace corrob::ui
