// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace corrob::ui
