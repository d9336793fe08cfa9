// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CaseCommand.h"
#include "cli/Command.h"

#include "core/analysis/CorroborationAnalysis.h"
#include "core/case/CaseAnalysis.h"

#include <QJsonArray>
#include <QJsonObject>

namespace corrob::cli {
namespace {

template <typename Id> QJsonArray idArray(const QList<Id>& ids)
{
    QJsonArray out;
    for (const Id& id : ids) {
        out.append(id.value);
    }
    return out;
}

QJsonObject claimJson(const analysis::ClaimAnalysis& c)
{
    QJsonArray origins;
    for (const analysis::Origin& o : c.origins) {
        origins.append(o.name);
    }
    QJsonArray contradictingOrigins;
    for (const analysis::Origin& o : c.contradictingOrigins) {
        contradictingOrigins.append(o.name);
    }
    QJsonArray links;
    for (const analysis::FollowedLink& l : c.links) {
        links.append(QJsonObject{{QStringLiteral("id"), l.id.value},
                                 {QStringLiteral("type"), analysis::linkTypeName(l.type)},
                                 {QStringLiteral("from"), l.from.value},
                                 {QStringLiteral("to"), l.to.value}});
    }
    return {{QStringLiteral("id"), c.claim.value},
            {QStringLiteral("origin"), c.origin.name},
            {QStringLiteral("independent_sources"), c.independentSources},
            {QStringLiteral("origins"), origins},
            {QStringLiteral("reports"), idArray(c.reports)},
            {QStringLiteral("corroborated_by"), idArray(c.corroboratedBy())},
            {QStringLiteral("contradicted_by"), idArray(c.contradictedBy)},
            {QStringLiteral("contradicting_origins"), contradictingOrigins},
            {QStringLiteral("contradicting_weight"), c.contradictingWeight},
            {QStringLiteral("same_statement"), idArray(c.sameStatement)},
            {QStringLiteral("corroborates"), idArray(c.corroborates)},
            {QStringLiteral("links"), links},
            {QStringLiteral("suggested_credibility"), c.suggestedCredibility},
            {QStringLiteral("reason"), c.reason()}};
}

} // namespace

int runAnalyze(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("analyze"),
        QStringLiteral("For every claim: its independent sources (distinct origins among the claims that repeat "
                       "it and those that corroborate it directly), the reports it appears in, who contradicts it "
                       "(weighed by the sources' reliability), and a suggested credibility grade with the reason "
                       "and the links it followed; then the case's conflicts (contradictions, and figures that "
                       "disagree between linked claims)."));
    cmd.addJsonOption(QStringLiteral("Print the analysis as JSON."));
    if (!cmd.open(args, 1, 1)) {
        return cmd.exitCode();
    }
    auto result = casefile::analyzeCase(cmd.target());
    if (!result) {
        return ctx.fail(kExitCannotOpen, result.error());
    }
    const analysis::AnalysisResult& analysis = result.value();
    if (cmd.json()) {
        QJsonArray claims;
        for (const analysis::ClaimAnalysis& c : analysis.claims) {
            claims.append(claimJson(c));
        }
        QJsonArray conflicts;
        for (const analysis::Conflict& c : analysis.conflicts) {
            conflicts.append(QJsonObject{{QStringLiteral("a"), c.a.value},
                                         {QStringLiteral("b"), c.b.value},
                                         {QStringLiteral("kind"), analysis::conflictKindName(c.kind)},
                                         {QStringLiteral("detail"), c.detail}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("claims"), claims},
                                  {QStringLiteral("conflicts"), conflicts},
                                  {QStringLiteral("issues"), QJsonArray::fromStringList(analysis.issues)}});
        return kExitOk;
    }
    for (const analysis::ClaimAnalysis& c : analysis.claims) {
        ctx.out() << "claim " << c.claim.value << ": " << c.independentSources
                  << (c.independentSources == 1 ? " independent source" : " independent sources") << ", grade "
                  << c.suggestedCredibility << " \u2014 " << c.reason() << '\n';
    }
    for (const analysis::Conflict& c : analysis.conflicts) {
        ctx.out() << "conflict (" << analysis::conflictKindName(c.kind) << ") claims " << c.a.value << " and "
                  << c.b.value << ": " << c.detail << '\n';
    }
    ctx.out() << analysis.claims.size() << " claims, " << analysis.conflicts.size() << " conflicts" << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
