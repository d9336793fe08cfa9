// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace corrob::analysis {

// What the suggested credibility of a claim rests on; all of it describes the claim's evidence (its statement and
// the claims directly corroborating it) and what contradicts that statement.
struct Evidence
{
    int independentSources = 0;     // S: distinct named origins of the claim's evidence (an unknown origin, a
                                    // report that names no one, is no one: it never counts as a source)
    int reports = 0;                // R: distinct reports the evidence appears in
    bool knownOrigin = false;       // at least one origin is a named source (not "unknown origin (report N)")
    int contradictingSources = 0;   // X: independent origins contradicting the statement
    double contradictingWeight = 0; // W: the same side weighed by reliability (contradictionWeight); 0 when X = 0
    QStringList originNames;        // names of the S origins, for the reason
    QStringList contradictingNames; // names of the contradicting origins, with their grade: "Kremlin (E)"
};

struct Credibility
{
    int grade = 6;  // Admiralty credibility of information, 1..6
    QString reason; // one sentence, starting with the grade's meaning ("probably true: ...")
};

// How much one contradicting origin weighs, by its Admiralty source reliability: A, B and C weigh 1 (a reliable
// source); D ("not usually reliable") 1/2; E ("unreliable") 1/4. F ("cannot be judged"), no grade and anything else
// weigh 1: what cannot be judged is not discounted; grading the source D or E is what discounts it.
double contradictionWeight(const QString& reliability);

// The rule table (first matching row wins; S, R, X, W as in Evidence):
//
//   no named origin anywhere in the evidence          -> 6 cannot be judged
//   W = 0, S >= 2                                     -> 1 confirmed by S independent sources
//   W = 0, S = 1, R >= 2                              -> 3 possibly true: R reports, all from one origin
//   W = 0, S = 1, R = 1                               -> 3 possibly true: a single source, not corroborated
//   0 < W < 1, S >= 2                                 -> 2 probably true: only less reliable sources dispute it
//   0 < W < 1, S = 1                                  -> 3 possibly true: only less reliable sources dispute it
//   1 <= W < S                                        -> 2 probably true: S sources, contradicted by ...
//   S = 1, W >= 2                                     -> 5 improbable: contradicted by X, uncorroborated
//   otherwise (W >= S, W >= 1)                        -> 4 doubtful: contradicted by ...
//
// So a denial by an E source (W = 1/4) never lowers a grade more than one by a B source (W = 1), and lowers a
// single-source claim to 3, not 4. Reasons name at most five origins ("A, B, C, D, E and 3 more"), so the cost is
// bounded per claim.
Credibility suggestCredibility(const Evidence& evidence);

// "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more".
QString nameList(const QStringList& names);

} // namespace corrob::analysis
