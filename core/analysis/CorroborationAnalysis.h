// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"

namespace corrob::analysis {

// Answers, for every claim of a case: how many truly independent sources back it, in which reports, who
// corroborates and who contradicts it, and which credibility grade (Admiralty 1..6) that suggests, with the
// reason; and lists the conflicts (contradicting links, figures that disagree). Pure: reads only its input,
// no storage, no I/O. Never fails: links or claims that cannot be used (unknown claim ids, duplicate ids,
// self-links) are skipped and named in AnalysisResult::issues. Reentrant (no shared state).
//
// Rules (docs/decisions/0005-corroboration-analysis.md):
//  - Origin of a claim: its attributed source followed through `affiliation` to the top (Callamard ->
//    Amnesty International); with no attributed source, its report's outlet followed the same way; with
//    neither, an "unknown origin" unique to its report. A claim that `repeats` another has the origin of the
//    claim it repeats, transitively. A cycle (in affiliations or in repeats) resolves to the member with
//    the smallest id, so the answer does not depend on where the walk started. A claim repeating several
//    claims follows the first such link in input order.
//  - Statement: the claims joined by `repeats` links, in either direction, transitively. They are one
//    statement and share one analysis (but each keeps its own origin).
//  - Corroboration is not transitive and has a direction: "A corroborates B" backs B's statement, not A's.
//    A claim's evidence is its statement plus the claims with a `corroborates` link into it (one hop; each
//    counts with its own origin, which already follows its repeats to the original). What corroborates a
//    corroborator, and the claims repeating a corroborator, are not followed. Independent sources = distinct
//    origins of the evidence. `updates` and `elaborates` neither corroborate nor contradict.
//  - Contradicted by: the claims with a `contradicts` link (either direction) to a claim of the statement; never
//    what contradicts a claim that merely corroborates it. The contradicting side's strength X is the larger of
//    its distinct origins and the independent sources of the best-backed contradicting claim (a lower bound of
//    the union, computable in linear time); W is the same side weighed by each origin's reliability grade
//    (contradictionWeight in CredibilityRule.h: E weighs a quarter, D half).
//  - Grade: the table in CredibilityRule.h. The reason is the rule's sentence, then the links followed, by id
//    ("corroborated by claim #12 (link #4, Kyiv Independent); repeated by claim #13 (link #5)"), a few of each.
//  - Conflicts: every `contradicts` link once (per unordered pair); and every pair linked by `corroborates`
//    or `updates` whose texts state figures with the same unit that cannot agree (no pair of their figures
//    with that unit agrees, text::figuresDisagree), once per pair, with the reports' dates; the older claim
//    (the target of `updates`, or the earlier date when both are known) is `a`.
//
// Complexity: O(C + S + L) time and memory for C claims, S sources and L links, plus the figure parsing of
// claims that carry a corroborates/updates link (linear in their text length). Union-find (union by size,
// path halving) for statements; memoised chain walks for affiliations and repeats (each node visited once);
// links grouped by statement by counting sort, so each statement's evidence costs its members plus its
// incoming links; per-statement lists shared by its claims through Qt's implicit sharing; no all-pairs loop.
//
// A large analysis frees what it worked with on a pooled thread. `after` says what the allocator does then: keep it
// (the next analysis reuses those pages: back-to-back analyses, an edit's re-analysis) or give it back to the system
// (once a case has opened, so the window does not keep 20 MB at 50,000 claims it will not use again soon). Giving it
// back is not free: the next large analysis faults the pages in again, and while the allocator walks an arena other
// threads allocating there wait (bench_analysis, 50,000 claims, back to back: 321 ms kept, 563 ms given back).
enum class AfterAnalysis
{
    KeepFreedMemory,
    ReleaseFreedMemory
};
AnalysisResult analyzeCorroboration(const AnalysisInput& input, AfterAnalysis after = AfterAnalysis::KeepFreedMemory);

} // namespace corrob::analysis
