// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseSuggestions.h"

#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/EntityIndex.h"
#include "core/storage/SuggestionRepository.h"
#include "core/text/Stance.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace corrob::casefile {

namespace {

suggest::ReportInput inputOf(const model::ReportSummary& summary, QString text, QList<model::TextRange> excluded,
                             const std::vector<model::Claim>& claims)
{
    suggest::ReportInput in;
    in.id = summary.id;
    in.text = std::move(text);
    in.excluded = std::move(excluded);
    in.outlet = summary.metadata.outlet;
    in.published = summary.metadata.published.iso;
    for (const model::Claim& c : claims) {
        if (!c.orphaned) {
            in.claims.push_back(suggest::ClaimSpan{c.id, c.anchor.start, c.anchor.end});
        }
    }
    return in;
}

} // namespace

suggest::StanceJudge bundledStance()
{
    return [](const QString& claim, const QString& passage) -> std::optional<suggest::Stance> {
        const text::StanceJudgement j = text::StanceModel::bundled().judge(claim, passage);
        return suggest::Stance{j.probability[0], j.probability[1], j.probability[2], j.probability[3]};
    };
}

CaseSuggestions::CaseSuggestions(Case& target) : m_case(&target), m_stance(bundledStance())
{
    m_index.setStanceJudge(m_stance);
}

Result<bool> CaseSuggestions::build(const suggest::Progress& progress)
{
    m_built = false;
    auto gazetteer = EntityIndex(*m_case).gazetteer();
    CORROB_TRY(gazetteer);
    auto reports = m_case->reports();
    CORROB_TRY(reports);
    auto claims = CaseReader(*m_case).claims();
    CORROB_TRY(claims);
    QHash<ReportId, std::vector<model::Claim>> byReport;
    for (model::Claim& c : claims.value()) {
        byReport[c.report].push_back(std::move(c));
    }
    // An earlier version of a report (its claims moved to the newer one) is left out: its passages are the newer
    // version's again, and would be proposed twice.
    QSet<ReportId> superseded;
    for (const model::ReportSummary& summary : reports.value()) {
        if (summary.previousVersion.isValid()) {
            superseded.insert(summary.previousVersion);
        }
    }
    // One report's text at a time goes into the index; the index keeps what it needs of it.
    suggest::SuggestionIndex index(std::move(gazetteer).value());
    const int total = int(reports->size());
    int done = 0;
    for (const model::ReportSummary& summary : reports.value()) {
        if (superseded.contains(summary.id)) {
            if (progress && !progress(++done, total)) {
                return false;
            }
            continue;
        }
        auto text = m_case->reportText(summary.id, Case::TextView::All);
        CORROB_TRY(text);
        auto excluded = m_case->excludedRanges(summary.id);
        CORROB_TRY(excluded);
        index.addReport(
            inputOf(summary, std::move(text).value(), std::move(excluded).value(), byReport.value(summary.id)));
        if (progress && !progress(++done, total)) {
            return false;
        }
    }
    index.setStanceJudge(m_stance);
    m_index = std::move(index);
    m_built = true;
    return true;
}

Result<suggest::ReportInput> CaseSuggestions::readReport(ReportId report)
{
    auto summary = m_case->report(report);
    CORROB_TRY(summary);
    auto text = m_case->reportText(report, Case::TextView::All);
    CORROB_TRY(text);
    auto excluded = m_case->excludedRanges(report);
    CORROB_TRY(excluded);
    auto claims = CaseReader(*m_case).claimsOf(report);
    CORROB_TRY(claims);
    return inputOf(summary.value(), std::move(text).value(), std::move(excluded).value(), claims.value());
}

Status CaseSuggestions::refreshReport(ReportId report)
{
    if (!m_built) {
        return {}; // the next query builds everything
    }
    auto current = m_case->currentVersion(report);
    CORROB_TRY(current);
    if (current.value() != report) { // superseded by a newer version: not proposed (see build)
        m_index.removeReport(report);
        return {};
    }
    auto in = readReport(report);
    if (!in) {
        if (in.error().code == ErrorCode::NotFound) {
            m_index.removeReport(report);
            return {};
        }
        return in.error();
    }
    m_index.addReport(in.value());
    return {};
}

Status CaseSuggestions::ensureBuilt()
{
    if (m_built) {
        return {};
    }
    auto built = build();
    CORROB_TRY(built);
    return {};
}

Result<suggest::Exclusions> CaseSuggestions::exclusionsOf(ClaimId claim, ReportId claimReport)
{
    Q_UNUSED(claimReport);
    suggest::Exclusions out;
    out.claims.insert(claim);
    CaseReader reader(*m_case);
    auto links = reader.linksOf(claim);
    CORROB_TRY(links);
    for (const model::Link& l : links.value()) {
        const ClaimId other = l.from == claim ? l.to : l.from;
        out.claims.insert(other);
        // The sentence holding a linked claim is that claim: not proposed again as a sentence.
        auto c = reader.claim(other);
        if (c && !c->orphaned) {
            out.spans.push_back({c->report, c->anchor.start, c->anchor.end, {}, true});
        }
    }
    auto dismissed = storage::SuggestionRepository(m_case->database()).ofClaim(claim);
    CORROB_TRY(dismissed);
    for (const storage::DismissedSuggestion& d : dismissed.value()) {
        if (d.targetClaim) {
            out.claims.insert(*d.targetClaim);
        }
        // An exact span, or the same text in that report.
        out.spans.push_back({d.report, d.start, d.end, d.passageSha256, false});
    }
    return out;
}

Result<std::vector<suggest::Candidate>> CaseSuggestions::forClaim(ClaimId claim, int top)
{
    auto c = CaseReader(*m_case).claim(claim);
    CORROB_TRY(c);
    CORROB_TRY(ensureBuilt());
    auto exclusions = exclusionsOf(claim, c->report);
    CORROB_TRY(exclusions);
    if (m_index.contains(c->report) && !c->orphaned) {
        auto found = m_index.forClaim(claim, top, exclusions.value());
        if (!found.empty() || c->anchor.start < c->anchor.end) {
            return found;
        }
    }
    // An orphaned claim (or one the index has not seen yet): search with its quote.
    return m_index.forText(c->anchor.quote, c->report, top, exclusions.value());
}

Result<suggest::ReviewItem> CaseSuggestions::reviewItem(ClaimId claim, int perClaim)
{
    auto found = forClaim(claim, perClaim);
    CORROB_TRY(found);
    suggest::ReviewItem item;
    item.claim = claim;
    for (suggest::Candidate& c : found.value()) {
        if (c.score >= suggest::SuggestionIndex::kQueueThreshold) {
            item.candidates.push_back(std::move(c));
        }
    }
    return item;
}

Result<suggest::ReviewQueue> CaseSuggestions::reviewQueue(int perClaim, const suggest::Progress& progress)
{
    CORROB_TRY(ensureBuilt());
    auto claims = CaseReader(*m_case).claims();
    CORROB_TRY(claims);
    suggest::ReviewQueue queue;
    const int total = int(claims->size());
    int done = 0;
    for (const model::Claim& c : claims.value()) {
        auto item = reviewItem(c.id, perClaim);
        CORROB_TRY(item);
        if (!item->candidates.empty()) {
            queue.items.push_back(std::move(item).value());
        }
        if (progress && !progress(++done, total)) {
            queue.cancelled = true;
            break;
        }
    }
    std::stable_sort(queue.items.begin(), queue.items.end(),
                     [](const suggest::ReviewItem& a, const suggest::ReviewItem& b) {
                         return a.candidates.front().score > b.candidates.front().score;
                     });
    return queue;
}

} // namespace corrob::casefile
