// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseAnalysis.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/ReadSnapshot.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/LinkRepository.h"

#include <QHash>
#include <QThreadPool>

#include <memory>
#include <tuple>

namespace corrob::casefile {
namespace {

analysis::LinkType toAnalysis(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return analysis::LinkType::Corroborates;
    case model::LinkType::Contradicts:
        return analysis::LinkType::Contradicts;
    case model::LinkType::Repeats:
        return analysis::LinkType::Repeats;
    case model::LinkType::Updates:
        return analysis::LinkType::Updates;
    case model::LinkType::Elaborates:
        return analysis::LinkType::Elaborates;
    }
    return analysis::LinkType::Elaborates;
}

} // namespace

namespace {

// What the analysis of a case is made from, as storage reads it.
struct CaseRows
{
    std::vector<model::ReportSummary> reports;
    std::vector<model::Claim> claims;
    std::vector<model::Source> sources;
    std::vector<model::Link> links;
    std::vector<model::ReportOutlet> outlets;

    [[nodiscard]] analysis::AnalysisInput input() const
    {
        return analysisInput(claims, sources, links, reportFacts(reports, outlets));
    }
};

Result<CaseRows> readRows(Case& target)
{
    CaseReader reader(target);
    CaseRows rows;
    auto reports = target.reports();
    CORROB_TRY(reports);
    rows.reports = std::move(reports).value();
    auto claims = reader.claims();
    CORROB_TRY(claims);
    rows.claims = std::move(claims).value();
    auto sources = reader.sources();
    CORROB_TRY(sources);
    rows.sources = std::move(sources).value();
    auto links = reader.links();
    CORROB_TRY(links);
    rows.links = std::move(links).value();
    auto outlets = reader.reportOutlets();
    CORROB_TRY(outlets);
    rows.outlets = std::move(outlets).value();
    return rows;
}

// From how many claims readAnalysisInput leaves freeing the rows it read to a pooled thread (as the analysis does
// with its working data from 2,000 claims).
constexpr std::size_t kFreeRowsElsewhereFrom = 2000;

} // namespace

Result<analysis::AnalysisResult> analyzeCase(Case& target)
{
    auto rows = readRows(target);
    CORROB_TRY(rows);
    return analysis::analyzeCorroboration(rows->input());
}

Result<SnapshotInput> readAnalysisInput(Case& target)
{
    auto snapshot = ReadSnapshot::begin(target);
    CORROB_TRY(snapshot);
    SnapshotInput read;
    auto head = auditHead(target);
    CORROB_TRY(head);
    read.auditHead = head.value();
    auto rows = readRows(target);
    CORROB_TRY(rows);
    read.input = rows->input();
    if (rows->claims.size() >= kFreeRowsElsewhereFrom) {
        // The rows read are hundreds of thousands of small blocks (15-20 ms to free at 50,000 claims and 100,000
        // links): a pooled thread frees them while the caller goes on to analyse. The strings the input holds are
        // implicitly shared with them, which is safe across threads.
        auto held = std::make_shared<CaseRows>(std::move(rows).value());
        QThreadPool::globalInstance()->start([held = std::move(held)]() mutable { held.reset(); });
    }
    return read;
}

Result<qint64> claimAndLinkCount(Case& target)
{
    auto claims = storage::ClaimRepository(target.database()).count();
    CORROB_TRY(claims);
    auto links = storage::LinkRepository(target.database()).count();
    CORROB_TRY(links);
    return claims.value() + links.value();
}

ReportFactsById reportFacts(const std::vector<model::ReportSummary>& reports,
                            const std::vector<model::ReportOutlet>& outlets)
{
    ReportFactsById facts;
    facts.reserve(qsizetype(reports.size()));
    for (const model::ReportSummary& report : reports) {
        facts[report.id].published = report.metadata.published.isKnown() ? report.metadata.published.iso : QString();
    }
    for (const model::ReportOutlet& outlet : outlets) {
        facts[outlet.report].outlet = outlet.outlet;
    }
    return facts;
}

analysis::ClaimInput claimInput(const model::Claim& claim, const ReportFactsById& reports)
{
    const auto fact = reports.constFind(claim.report);
    const bool known = fact != reports.cend();
    return {claim.id,
            claim.report,
            claim.source,
            known ? fact->outlet : SourceId(),
            claim.statement.isEmpty() ? claim.anchor.quote : claim.statement,
            known ? fact->published : QString()};
}

analysis::LinkInput linkInput(const model::Link& link)
{
    return {link.from, link.to, toAnalysis(link.type), link.id};
}

analysis::AnalysisInput analysisInput(const std::vector<model::Claim>& claims,
                                      const std::vector<model::Source>& sources, const std::vector<model::Link>& links,
                                      const ReportFactsById& reports)
{
    // Room for the claims and links an investigator adds next: the window's input is changed in place by each edit
    // (WorkbenchCache), and an insertion into a full list moves all of it to a new block (16 ms of page faults and
    // copying for the first claim added after opening a case of 50,000 claims).
    auto withRoom = [](std::size_t size) {
        return qsizetype(size + size / 32 + 8);
    };
    analysis::AnalysisInput input;
    input.claims.reserve(withRoom(claims.size()));
    for (const model::Claim& claim : claims) {
        input.claims.append(claimInput(claim, reports));
    }
    input.sources.reserve(qsizetype(sources.size()));
    for (const model::Source& source : sources) {
        input.sources.append({source.id, source.name, source.affiliation, source.reliability});
    }
    input.links.reserve(withRoom(links.size()));
    for (const model::Link& link : links) {
        input.links.append(linkInput(link));
    }
    return input;
}

} // namespace corrob::casefile
