// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Report.h"
#include "core/model/Source.h"

#include <QHash>

#include <vector>

namespace corrob::casefile {

class Case;

// The corroboration analysis of a whole case: reads its claims, sources, links and reports through CaseReader,
// builds the analysis input (a claim's text is its statement, else its quote; a report's outlet is the media source
// recorded for it at import) and runs analysis::analyzeCorroboration. Fails only when the case cannot be read.
// O(claims + sources + links + reports); same thread as the case.
Result<analysis::AnalysisResult> analyzeCase(Case& target);

// What the analysis reads about a report: the media source recorded as its outlet at import (invalid when
// unknown) and its publication date (ISO partial date, empty when unknown).
struct ReportFacts
{
    SourceId outlet;
    QString published;
};
using ReportFactsById = QHash<ReportId, ReportFacts>;

// The report facts from report summaries and outlets as CaseReader::reportOutlets() reads them. Pure.
ReportFactsById reportFacts(const std::vector<model::ReportSummary>& reports,
                            const std::vector<model::ReportOutlet>& outlets);

// One claim's and one link's entry of the analysis input below.
analysis::ClaimInput claimInput(const model::Claim& claim, const ReportFactsById& reports);
analysis::LinkInput linkInput(const model::Link& link);

// The analysis input for values already read (a front end's cache), built exactly as analyzeCase builds it, so
// analyzeCorroboration(analysisInput(...)) equals analyzeCase on the same case. Pure; O(claims + sources + links).
analysis::AnalysisInput analysisInput(const std::vector<model::Claim>& claims,
                                      const std::vector<model::Source>& sources, const std::vector<model::Link>& links,
                                      const ReportFactsById& reports);

// The analysis input of a case read in one snapshot (ReadSnapshot: claims, links, sources and report facts, built
// as analyzeCase builds it), and the audit head of that snapshot (Case::auditHead): equal heads, equal inputs. For a
// worker's connection of its own: a window reads the same case meanwhile on its own (CaseDocument). Reads only the
// columns the analysis uses (storage's ClaimEvidence, LinkEnds, ReportPublication). Fails when the case cannot be read.
struct SnapshotInput
{
    analysis::AnalysisInput input;
    qint64 auditHead = 0;
};
Result<SnapshotInput> readAnalysisInput(Case& target);

// How many claims and links the case has together (what decides where a front end runs its analysis). Two counts.
Result<qint64> claimAndLinkCount(Case& target);

} // namespace corrob::casefile
