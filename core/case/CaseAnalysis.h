// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Result.h"

namespace corrob::casefile {

class Case;

// The corroboration analysis of a whole case: reads its claims, sources, links and reports through CaseReader,
// builds the analysis input (a claim's text is its statement, else its quote; a report's outlet is the source
// with that name or alias) and runs analysis::analyzeCorroboration. Fails only when the case cannot be read.
// O(claims + sources + links + reports); same thread as the case.
Result<analysis::AnalysisResult> analyzeCase(Case& target);

} // namespace corrob::casefile
