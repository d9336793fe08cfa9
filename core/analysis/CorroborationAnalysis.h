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
//  - Corroborating set (component): the claims connected by `corroborates` or `repeats` links, transitively,
//    in either direction. Independent sources = distinct origins in the component, the claim included.
//  - Contradicted by: claims joined by a `contradicts` link to any member of the component. The
//    contradicting side's strength is the larger of its distinct origins and the independent sources of
//    the best-corroborated contradicting claim (a lower bound of the union, computable in linear time).
//  - Grade: the table in CredibilityRule.h.
//  - Conflicts: every `contradicts` link once (per unordered pair); and every pair linked by `corroborates`
//    or `updates` whose texts state figures with the same unit that cannot agree (no pair of their figures
//    with that unit agrees, text::figuresDisagree), once per pair, with the reports' dates; the older claim
//    (the target of `updates`, or the earlier date when both are known) is `a`.
//
// Complexity: O(C + S + L) time and memory for C claims, S sources and L links, plus the figure parsing of
// claims that carry a corroborates/updates link (linear in their text length). Union-find (union by size,
// path halving) for components; memoised chain walks for affiliations and repeats (each node visited
// once); per-component lists built once by counting sort and shared by all members through Qt's implicit
// sharing; no per-claim copy of component lists and no all-pairs loop.
AnalysisResult analyzeCorroboration(const AnalysisInput& input);

} // namespace corrob::analysis
