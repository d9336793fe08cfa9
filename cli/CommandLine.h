// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace corrob::cli {

// Runs corroborate-cli with the full argument list (program name first) and returns the exit status.
// Needs a QCoreApplication.
int run(const QStringList& arguments);

// Whether these arguments (program name first) need a QGuiApplication rather than a QCoreApplication: an export
// to a format drawn with Qt Gui (pdf). Decided before any application object exists (cli/commands/ExportCommand.cpp).
bool needsGuiApplication(const QStringList& arguments);

} // namespace corrob::cli
