// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseAnalysis.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/Case.h"
#include "core/case/CaseReader.h"

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

} // namespace

Result<analysis::AnalysisResult> analyzeCase(Case& target)
{
    CaseReader reader(target);
    auto reports = target.reports();
    if (!reports) {
        return reports.error();
    }
    auto claims = reader.claims();
    if (!claims) {
        return claims.error();
    }
    auto sources = reader.sources();
    if (!sources) {
        return sources.error();
    }
    auto links = reader.links();
    if (!links) {
        return links.error();
    }

    // One outlet lookup per report, not per claim.
    struct ReportFacts
    {
        SourceId outlet;
        QString published;
    };
    QHash<ReportId, ReportFacts> facts;
    facts.reserve(qsizetype(reports.value().size()));
    for (const model::ReportSummary& report : reports.value()) {
        ReportFacts fact;
        fact.published = report.metadata.published.isKnown() ? report.metadata.published.iso : QString();
        if (!report.metadata.outlet.isEmpty()) {
            auto outlet = reader.sourceNamed(report.metadata.outlet);
            if (!outlet) {
                return outlet.error();
            }
            if (outlet.value()) {
                fact.outlet = outlet.value()->id;
            }
        }
        facts.insert(report.id, fact);
    }

    analysis::AnalysisInput input;
    input.claims.reserve(qsizetype(claims.value().size()));
    for (const model::Claim& claim : claims.value()) {
        const ReportFacts fact = facts.value(claim.report);
        input.claims.append({claim.id, claim.report, claim.source, fact.outlet,
                             claim.statement.isEmpty() ? claim.anchor.quote : claim.statement, fact.published});
    }
    input.sources.reserve(qsizetype(sources.value().size()));
    for (const model::Source& source : sources.value()) {
        input.sources.append({source.id, source.name, source.affiliation});
    }
    input.links.reserve(qsizetype(links.value().size()));
    for (const model::Link& link : links.value()) {
        input.links.append({link.from, link.to, toAnalysis(link.type)});
    }
    return analysis::analyzeCorroboration(input);
}

} // namespace corrob::casefile
