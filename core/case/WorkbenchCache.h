// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/case/CaseAnalysis.h"
#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Report.h"
#include "core/model/Source.h"
#include "core/model/Tag.h"

#include <QFlags>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <tuple>
#include <vector>

namespace corrob::casefile {

class Case;

// A read cache of an open case's claims, links, sources and tags with their indexes, and what the corroboration
// analysis reads of each report: what the workbench's panes read instead of the file. reload() reads everything;
// update() rereads only the claims an edit touched and their links (sources and tags, which are small, whole
// when asked) and puts them in place, reindexing only the positions after a change
// (docs/decisions/0012-incremental-workbench-cache.md). A failed read leaves the cache as it was (update) or empty
// (reload). Plain data, no signals: the owner announces what changed. Same thread as the case it reads.
class WorkbenchCache
{
public:
    // What update() rereads besides the named claims and their links.
    enum class Reread
    {
        Sources = 1,
        Tags = 2,
    };
    Q_DECLARE_FLAGS(Rereads, Reread)

    // What update() changed: the claims it reread (valid ids, once each, in the order named), and whether the
    // reread sources or tags differ from the cached ones.
    struct Updated
    {
        QList<ClaimId> claims;
        bool sourcesChanged = false;
        bool tagsChanged = false;
    };

    // Empties the cache, then reads the case's claims, links, sources, tags and report outlets; reports are the
    // case's report summaries (for the analysis' report facts). On failure the cache stays empty. listsRead, when
    // given, is called once the lists are read and before the indexes are built: analysisInput() can be taken
    // there (a large case's analysis worker starts before the indexes are built, not after); nothing else.
    Status reload(Case& target, const std::vector<model::ReportSummary>& reports,
                  const std::function<void()>& listsRead = {});
    // Rereads the named claims and their links (a claim no longer in the case leaves the cache with its links),
    // and sources and tags when asked.
    Result<Updated> update(Case& target, const QList<ClaimId>& claims, Rereads rereads = {});
    void clear();

    // In the case's order (claims by report then anchor start, anchor end, id).
    [[nodiscard]] const std::vector<model::Claim>& claims() const { return m_claims; }
    [[nodiscard]] const model::Claim* claim(ClaimId id) const;
    // Where a claim is in claims(), or -1.
    [[nodiscard]] int claimPosition(ClaimId id) const;
    // The claims of one report ordered by anchor start.
    [[nodiscard]] std::vector<model::Claim> claimsOf(ReportId report) const;
    [[nodiscard]] int claimCount(ReportId report) const { return m_claimCounts.value(report); }
    // By id.
    [[nodiscard]] const std::vector<model::Link>& links() const { return m_links; }
    [[nodiscard]] const model::Link* link(LinkId id) const;
    // The links from or to a claim, by id.
    [[nodiscard]] std::vector<model::Link> linksOf(ClaimId claim) const;
    [[nodiscard]] const std::vector<model::Source>& sources() const { return m_sources; }
    [[nodiscard]] const model::Source* source(SourceId id) const;
    [[nodiscard]] const std::vector<model::Tag>& tags() const { return m_tags; }
    [[nodiscard]] const model::Tag* tag(TagId id) const;
    // "Parent/Child" for a tag.
    [[nodiscard]] QString tagPath(TagId id) const;

    // The corroboration analysis' input of the cache (the builder analyzeCase uses, so both agree). Built when first
    // asked for after reload() (a large case's analysis worker reads an input of its own as the case opens, and then
    // this one is built only if that read cannot be used: 20 ms and 18 MB at 50,000 claims) and kept in step by
    // update() entry by entry, so taking it costs no more than copying three implicitly shared lists: an edit in a
    // large case does not rebuild 50,000 claims' input on the UI thread.
    [[nodiscard]] analysis::AnalysisInput analysisInput() const;
    // How update() changed analysisInput() since the last call (or since reload(), which starts afresh), entry by
    // entry (analysis::applyInputEdits replays them): a large case's analysis worker brings its own copy of the
    // input up to date with them, so that no copy of 50,000 claims' input shares storage with this one and each
    // edit changes it in place instead of copying it whole on the UI thread.
    [[nodiscard]] QList<analysis::InputEdit> takeInputEdits();

private:
    // Where a claim sits in the order, but for its id: (report, anchor start, anchor end).
    using ClaimKey = std::tuple<qint64, qsizetype, qsizetype>;
    static ClaimKey keyOf(const model::Claim& claim);
    // Where a link is in links(), or -1: a binary search (links are by id).
    [[nodiscard]] int linkPosition(LinkId id) const;
    void indexLinks();
    void indexSources();
    void indexTags();
    [[nodiscard]] analysis::ClaimInput claimInput(const model::Claim& claim) const;
    // Changes m_input (when built) and records the change in m_inputEdits.
    void editInput(analysis::InputEdit edit);

    std::vector<model::Claim> m_claims;
    // Each claim's key, which with its id places it in m_claims by binary search: an edit that adds or removes a
    // claim changes one entry, not the positions of every claim after it.
    QHash<ClaimId, ClaimKey> m_claimIndex;
    QHash<ReportId, int> m_claimCounts;
    std::vector<model::Link> m_links;
    QHash<ClaimId, QList<LinkId>> m_linksByClaim;
    std::vector<model::Source> m_sources;
    QHash<SourceId, std::size_t> m_sourceIndex;
    std::vector<model::Tag> m_tags;
    QHash<TagId, std::size_t> m_tagIndex;
    ReportFactsById m_reportFacts; // what the analysis reads of each report, read with the cache
    // m_claims, m_sources and m_links as the analysis reads them, in their order; built by analysisInput().
    mutable std::optional<analysis::AnalysisInput> m_input;
    QList<analysis::InputEdit> m_inputEdits; // m_input's changes since reload() or takeInputEdits()
};

Q_DECLARE_OPERATORS_FOR_FLAGS(WorkbenchCache::Rereads)

} // namespace corrob::casefile
