// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"

namespace corrob::analysis {

// What reanalyzeCorroboration did: how many claims it analysed again (all of them when it fell back to a full
// analysis) and why it fell back, if it did.
struct ReanalysisStats
{
    qsizetype analysed = 0;   // claims in the analysis it ran (the region around the change, or all)
    qsizetype recomputed = 0; // claims whose analysis it took from that run; the others kept theirs
    bool full = false;
    // The claims whose analysis it took from that run (input order), when it did not fall back: the only claims
    // whose analysis can differ from `previous`' (every other one is copied from it).
    QList<ClaimId> recomputedClaims;
};

// The analysis of `after`, given an earlier input `before` and its analysis `previous`
// (== analyzeCorroboration(before)): equal to analyzeCorroboration(after), but computed from the part of the case
// the change can reach. A claim's analysis depends on its statement (the claims joined by `repeats` links), the
// statements one link away (their claims' origins) and, through a contradicting statement's evidence, two links
// away; a conflict on its link's two claims. So the claims that changed (added, removed, other input) and the
// ends of links added, removed or changed seed the region: their statements, widened twice by one link (of any
// type) and the statements reached, are analysed again from an input holding the region and what it reads (two
// links further); every other claim and conflict is kept from `previous`. O(C + L) to find the change (hashes,
// no analysis) plus the analysis of the region.
// Falls back to analyzeCorroboration(after) when the shortcut does not hold: the sources differ (an affiliation or a
// name reaches every claim), `previous` has issues, a link id is invalid or the links are not in increasing id
// order (the conflicts are merged by link id), or `before` is empty. Pure and reentrant, like analyzeCorroboration.
AnalysisResult reanalyzeCorroboration(const AnalysisInput& before, const AnalysisResult& previous,
                                      const AnalysisInput& after, ReanalysisStats* stats = nullptr);

} // namespace corrob::analysis
