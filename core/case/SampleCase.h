// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Case.h"

namespace corrob::casefile {

// The sample case: the seed articles bundled with the application, imported into a case of their own.
// Creates casePath from every file in articlesDir (a folder or a Qt resource path such as ":/sample") when it does
// not exist yet, and marks a few claims, sources, tags and links in the first two articles (a worked example);
// returns true when it was created now. A half-made sample case is removed, so the next call
// tries again.
Result<bool> ensureSampleCase(const QString& casePath, const QString& articlesDir, const CaseOptions& options);

// The title the sample case gets.
QString sampleCaseTitle();

} // namespace corrob::casefile
