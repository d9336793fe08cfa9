// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace corrob::analysis {

// What the suggested credibility of a claim rests on; all of it describes the claim's corroborating set.
struct Evidence
{
    int independentSources = 0;     // S: distinct origins of the claim and the claims corroborating it
    int reports = 0;                // R: distinct reports those claims appear in
    bool knownOrigin = false;       // at least one origin is a named source (not "unknown origin (report N)")
    int contradictingSources = 0;   // X: independent origins of the claims contradicting the set
    QStringList originNames;        // names of the S origins, for the reason
    QStringList contradictingNames; // names of the contradicting origins, for the reason
};

struct Credibility
{
    int grade = 6;  // Admiralty credibility of information, 1..6
    QString reason; // one sentence, starting with the grade's meaning ("probably true: ...")
};

// The rule table (first matching row wins; S, R, X as in Evidence):
//
//   no named origin anywhere in the set               -> 6 cannot be judged
//   X = 0, S >= 2                                     -> 1 confirmed by S independent sources
//   X = 0, S = 1, R >= 2                              -> 3 possibly true: R reports, all from one origin
//   X = 0, S = 1, R = 1                               -> 3 possibly true: a single source, not corroborated
//   X > 0, S >= 2, X < S                              -> 2 probably true: S sources, contradicted by ...
//   X > 0, S = 1, X >= 2                              -> 5 improbable: contradicted by X, uncorroborated
//   X > 0 otherwise (X >= S)                          -> 4 doubtful: contradicted by ...
//
// Reasons name at most five origins ("A, B, C, D, E and 3 more"), so the cost is bounded per set.
Credibility suggestCredibility(const Evidence& evidence);

// "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more".
QString nameList(const QStringList& names);

} // namespace corrob::analysis
