// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

namespace corrob::ui {

// Where the sample case lives and what it is made from. The application uses standard(); tests point both at
// temporary folders so they never touch the user's data.
struct SampleCaseLocation
{
    QString casePath;    // the .corrob file, created on first use
    QString articlesDir; // the seed articles (a folder or a Qt resource path such as ":/sample")

    // "Sample case.corrob" in the user's application data folder (QStandardPaths::AppDataLocation), made from
    // articlesDir.
    static SampleCaseLocation standard(const QString& articlesDir);
};

// Moves the sample case aside so that the next opening makes a fresh one: renames casePath (and its "-wal" and
// "-shm" when present) to "Sample case (backup 2026-12-04 183005).corrob" beside it (" 2", " 3"… when that name is
// taken) and returns the backup's path; an absent sample case returns an empty path. The case must not be open in
// this process: its files are renamed, never read or copied. On failure nothing has moved.
Result<QString> moveSampleCaseAside(const SampleCaseLocation& location, const QDateTime& when);

} // namespace corrob::ui
