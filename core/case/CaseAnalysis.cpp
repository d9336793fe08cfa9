// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseAnalysis.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/case/ReadSnapshot.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/LinkRepository.h"
#include "core/storage/ReportRepository.h"

#include <QHash>

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

// A report's date as the analysis reads it: ISO when known, empty otherwise.
QString knownDate(const model::PartialDate& published)
{
    return published.isKnown() ? published.iso : QString();
}

// One claim's entry of the input, its report's facts looked up: from whole claims and from evidence rows alike.
analysis::ClaimInput claimInputOf(ClaimId id, ReportId report, SourceId source, QString text,
                                  const ReportFactsById& reports)
{
    const auto fact = reports.constFind(report);
    const bool known = fact != reports.cend();
    return {
        id, report, source, known ? fact->outlet : SourceId(), std::move(text), known ? fact->published : QString()};
}

} // namespace

namespace {

// What the analysis of a case is made from, as storage reads it for the analysis alone: no anchor texts, notes,
// titles or bookkeeping (a third of reading whole claims, links and report summaries at 50,000 claims).
struct CaseRows
{
    std::vector<storage::ReportPublication> reports;
    std::vector<storage::ClaimEvidence> claims;
    std::vector<model::Source> sources;
    std::vector<storage::LinkEnds> links;

    // The input, built as analysisInput() builds it from whole rows; the claims' texts are moved into it.
    [[nodiscard]] analysis::AnalysisInput takeInput()
    {
        ReportFactsById facts;
        facts.reserve(qsizetype(reports.size()));
        for (const storage::ReportPublication& report : reports) {
            facts.insert(report.id, {report.outlet, knownDate(report.published)});
        }
        analysis::AnalysisInput input = analysisInput({}, sources, {}, {});
        input.claims.reserve(qsizetype(claims.size()));
        for (storage::ClaimEvidence& claim : claims) {
            input.claims.append(claimInputOf(claim.id, claim.report, claim.source, std::move(claim.text), facts));
        }
        input.links.reserve(qsizetype(links.size()));
        for (const storage::LinkEnds& link : links) {
            input.links.append({link.from, link.to, toAnalysis(link.type), link.id});
        }
        return input;
    }
};

Result<CaseRows> readRows(Case& target)
{
    storage::Database& db = target.database();
    CaseRows rows;
    auto reports = storage::ReportRepository(db).publications();
    CORROB_TRY(reports);
    rows.reports = std::move(reports).value();
    auto claims = storage::ClaimRepository(db).allEvidence();
    CORROB_TRY(claims);
    rows.claims = std::move(claims).value();
    auto sources = CaseReader(target).sources();
    CORROB_TRY(sources);
    rows.sources = std::move(sources).value();
    auto links = storage::LinkRepository(db).allEnds();
    CORROB_TRY(links);
    rows.links = std::move(links).value();
    return rows;
}

} // namespace

Result<analysis::AnalysisResult> analyzeCase(Case& target)
{
    auto rows = readRows(target);
    CORROB_TRY(rows);
    return analysis::analyzeCorroboration(rows->takeInput());
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
    read.input = rows->takeInput();
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
        facts[report.id].published = knownDate(report.metadata.published);
    }
    for (const model::ReportOutlet& outlet : outlets) {
        facts[outlet.report].outlet = outlet.outlet;
    }
    return facts;
}

analysis::ClaimInput claimInput(const model::Claim& claim, const ReportFactsById& reports)
{
    return claimInputOf(claim.id, claim.report, claim.source,
                        claim.statement.isEmpty() ? claim.anchor.quote : claim.statement, reports);
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
