// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::test {

// Runs SQL on a file with SQLite directly, behind the program's back: how tests tamper with a case or build
// fixtures the program would never write. Returns SQLite's error message, or an empty string on success.
QString rawExec(const QString& path, const QString& sql);

// The first column of the first row of a query, as text (empty when there is no row).
QString rawQuery(const QString& path, const QString& sql);

// Runs one statement in a transaction it then rolls back, and says how many rows SQLite stepped through in full-table
// scans to do it, its triggers' included (SQLITE_STMTSTATUS_FULLSCAN_STEP); -1 when the statement fails.
int rawFullScanSteps(const QString& path, const QString& sql);

} // namespace corrob::test
