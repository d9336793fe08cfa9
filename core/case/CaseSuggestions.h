// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/suggest/SuggestionIndex.h"

#include <vector>

namespace corrob::casefile {

class Case;

// The bundled stance model (text::StanceModel) as a judge for the suggestion index.
suggest::StanceJudge bundledStance();

// Suggestions for the claims of one open case (issue 11): reads the case's reports, claims, links and dismissed
// suggestions and ranks candidates with a suggest::SuggestionIndex it keeps
// (docs/decisions/0023-suggestions.md). Accepting and dismissing are the edits AcceptSuggestion and
// DismissSuggestion (core/case/edits/SuggestionEdits.h).
//
// Threading: like every user of a Case, one thread at a time, the case's. The GUI runs it on a worker with its own
// Case opened read-only on the document's path (as the Search and Entities docks do): build() there with progress
// and cancel, then forClaim()/reviewQueue() there, posting the plain-value results (Candidate, ReviewQueue) back
// with a queued call. After a change on the UI's connection (claim added or deleted, link added, suggestion
// dismissed, report imported or deleted, range excluded), call refreshReport() for the reports it touched (links
// and dismissals need nothing: they are read at every query). Nothing here writes to the case.
class CaseSuggestions
{
public:
    // The case must outlive this object.
    explicit CaseSuggestions(Case& target);

    // Reads every report of the case into the index. progress(done, total) per report; false cancels. Returns
    // false when cancelled (the index is then empty and the next query builds it again).
    Result<bool> build(const suggest::Progress& progress = {});
    [[nodiscard]] bool isBuilt() const { return m_built; }

    // Reads one report again (or removes it from the index when it was deleted). Cheap: that report only.
    Status refreshReport(ReportId report);

    // The best `top` candidates for a claim, best first: sentences and claims of other reports, none already linked
    // to the claim (either direction), none dismissed for it, none in its own report, none in excluded ranges.
    // Builds the index first when needed. Fails (NotFound) for a claim that does not exist.
    Result<std::vector<suggest::Candidate>> forClaim(ClaimId claim, int top = 10);

    // Every claim's best `perClaim` candidates scoring at least SuggestionIndex::kQueueThreshold. progress(done,
    // total) per claim; false cancels (the queue then says cancelled and holds the claims done so far).
    Result<suggest::ReviewQueue> reviewQueue(int perClaim = 3, const suggest::Progress& progress = {});
    // One claim's row of the queue, for updating the queue cheaply after that claim changed (an accept, a dismiss).
    Result<suggest::ReviewItem> reviewItem(ClaimId claim, int perClaim = 3);

    // One more piece of evidence: by default the bundled stance model (text::StanceModel::bundled(), judging the
    // claim's sentences against each leading candidate); an empty judge turns it off.
    void setStanceJudge(suggest::StanceJudge judge)
    {
        m_stance = judge;
        m_index.setStanceJudge(std::move(judge));
    }

    // The index (for benchmarks and tests).
    [[nodiscard]] const suggest::SuggestionIndex& index() const { return m_index; }

private:
    Result<suggest::ReportInput> readReport(ReportId report);
    Result<suggest::Exclusions> exclusionsOf(ClaimId claim, ReportId claimReport);
    Status ensureBuilt();
    Case* m_case;
    suggest::SuggestionIndex m_index;
    suggest::StanceJudge m_stance;
    bool m_built = false;
};

} // namespace corrob::casefile
