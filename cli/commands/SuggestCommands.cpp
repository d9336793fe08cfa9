// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// suggest, suggest accept, suggest dismiss.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/CaseSuggestions.h"
#include "core/case/edits/SuggestionEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

QJsonObject candidateJson(const suggest::Candidate& c)
{
    return QJsonObject{{QStringLiteral("report"), c.report.value},
                       {QStringLiteral("start"), qint64(c.start)},
                       {QStringLiteral("end"), qint64(c.end)},
                       {QStringLiteral("text"), c.text},
                       {QStringLiteral("claim"), c.claim ? QJsonValue(c.claim->value) : QJsonValue()},
                       {QStringLiteral("score"), qRound(c.score * 1000) / 1000.0},
                       {QStringLiteral("relation"), model::linkTypeName(c.relation)},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
}

// suggest accept|dismiss CASE --claim C --report R --start S --end E [--type T]
int runDecision(CliContext& ctx, const QStringList& args, bool accept)
{
    CaseCommand cmd(ctx, accept ? QStringLiteral("suggest accept") : QStringLiteral("suggest dismiss"),
                    accept ? QStringLiteral("Accept a suggestion: mark the passage as a claim (unless it is one) and "
                                            "link it to the claim, as one step. Without --type the guessed relation "
                                            "is used.")
                           : QStringLiteral("Dismiss a suggestion: it is remembered in the case and never proposed "
                                            "again for the claim."));
    QCommandLineParser& parser = cmd.parser();
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("The claim the suggestion is for."),
                                   QStringLiteral("C"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("The report of the suggested passage."),
                                    QStringLiteral("R"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("Where the passage starts (UTF-16 code units of the working text)."),
                                   QStringLiteral("S"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("Where the passage ends (exclusive)."),
                                 QStringLiteral("E"));
    parser.addOptions({claim, report, start, end});
    const QCommandLineOption type(
        QStringLiteral("type"),
        QStringLiteral("The link: corroborates, contradicts, repeats, updates or elaborates (accept only; default: "
                       "the guessed relation)."),
        QStringLiteral("T"));
    if (accept) {
        parser.addOption(type);
    }
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    for (const QCommandLineOption* required : {&claim, &report, &start, &end}) {
        if (!parser.isSet(*required)) {
            return cmd.usageError(QStringLiteral("--%1 is required").arg(required->names().constFirst()));
        }
    }
    const auto claimId = cmd.id(parser.value(claim), QStringLiteral("--claim"));
    if (!claimId) {
        return cmd.exitCode();
    }
    const auto reportId = cmd.id(parser.value(report), QStringLiteral("--report"));
    if (!reportId) {
        return cmd.exitCode();
    }
    bool okStart = false;
    bool okEnd = false;
    const qint64 from = parser.value(start).toLongLong(&okStart);
    const qint64 to = parser.value(end).toLongLong(&okEnd);
    if (!okStart || !okEnd || from < 0 || to <= from) {
        return cmd.usageError(QStringLiteral("--start and --end must be offsets with start < end (got %1, %2)")
                                  .arg(parser.value(start), parser.value(end)));
    }
    std::optional<model::LinkType> linkType;
    if (accept && parser.isSet(type)) {
        auto parsed = model::parseLinkType(parser.value(type));
        if (!parsed) {
            return cmd.usageError(QStringLiteral("--type: ") + parsed.error().message);
        }
        linkType = parsed.value();
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    const casefile::SuggestedPassage passage{ReportId(*reportId), qsizetype(from), qsizetype(to)};
    if (!accept) {
        casefile::DismissSuggestion dismiss(ClaimId(*claimId), passage);
        if (int code = applyEdit(ctx, cmd.target(), dismiss); code != kExitOk) {
            return code;
        }
        if (cmd.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("dismissed"), dismiss.dismissalId()},
                                      {QStringLiteral("claim"), *claimId},
                                      {QStringLiteral("report"), *reportId},
                                      {QStringLiteral("start"), from},
                                      {QStringLiteral("end"), to}});
        } else {
            ctx.out() << "dismissed: report " << *reportId << ' ' << from << '-' << to << " for claim " << *claimId
                      << Qt::endl;
        }
        return kExitOk;
    }
    if (!linkType) {
        // The guessed relation: the candidate with this span, if the engine proposes it.
        casefile::CaseSuggestions suggestions(cmd.target());
        auto found = suggestions.forClaim(ClaimId(*claimId), 1000);
        if (!found) {
            return cmd.fail(exitCodeFor(found.error()), found.error());
        }
        linkType = model::LinkType::Corroborates;
        for (const suggest::Candidate& c : found.value()) {
            if (c.report.value == *reportId && c.start == from && c.end == to) {
                linkType = c.relation;
                break;
            }
        }
    }
    casefile::AcceptSuggestion acceptEdit(ClaimId(*claimId), passage, *linkType);
    if (int code = applyEdit(ctx, cmd.target(), acceptEdit); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("claim"), *claimId},
                                  {QStringLiteral("passage_claim"), acceptEdit.passageClaim().value},
                                  {QStringLiteral("claim_added"), acceptEdit.addedClaim()},
                                  {QStringLiteral("link"), linkJson(acceptEdit.link())}});
    } else {
        ctx.out() << "accepted: claim " << acceptEdit.passageClaim().value
                  << (acceptEdit.addedClaim() ? " (new) " : " ") << model::linkTypeName(*linkType) << " claim "
                  << *claimId << " (link " << acceptEdit.link().id.value << ')' << Qt::endl;
    }
    return kExitOk;
}

int runSuggestList(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("suggest"),
                    QStringLiteral("Suggest, for each claim (or one), the sentences and claims of other reports that "
                                   "most likely state the same thing or its opposite, with a relation guess and the "
                                   "reasons. ('suggest accept' and 'suggest dismiss' decide on one.)"));
    QCommandLineParser& parser = cmd.parser();
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("Only this claim."), QStringLiteral("C"));
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("Candidates per claim (default 5)."),
                                 QStringLiteral("K"));
    parser.addOptions({claim, top});
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    std::optional<qint64> only;
    if (parser.isSet(claim)) {
        only = cmd.id(parser.value(claim), QStringLiteral("--claim"));
        if (!only) {
            return cmd.exitCode();
        }
    }
    int k = 5;
    if (parser.isSet(top)) {
        bool ok = false;
        k = parser.value(top).toInt(&ok);
        if (!ok || k < 1 || k > 1000) {
            return cmd.usageError(
                QStringLiteral("--top must be a number from 1 to 1000 (got '%1')").arg(parser.value(top)));
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    std::vector<ClaimId> claims;
    if (only) {
        claims.emplace_back(*only);
    } else {
        auto all = casefile::CaseReader(cmd.target()).claims();
        if (!all) {
            return cmd.fail(kExitCannotOpen, all.error());
        }
        for (const model::Claim& c : all.value()) {
            claims.push_back(c.id);
        }
    }
    casefile::CaseSuggestions suggestions(cmd.target());
    QJsonArray list;
    for (ClaimId id : claims) {
        auto found = suggestions.forClaim(id, k);
        if (!found) {
            return cmd.fail(only ? exitCodeFor(found.error()) : kExitCannotOpen, found.error());
        }
        if (cmd.json()) {
            QJsonArray candidates;
            for (const suggest::Candidate& c : found.value()) {
                candidates.append(candidateJson(c));
            }
            list.append(QJsonObject{{QStringLiteral("claim"), id.value}, {QStringLiteral("candidates"), candidates}});
            continue;
        }
        ctx.out() << "claim " << id.value << '\n';
        for (const suggest::Candidate& c : found.value()) {
            ctx.out() << "  " << QString::number(c.score, 'f', 2) << "  " << model::linkTypeName(c.relation)
                      << "  report " << c.report.value << ' ' << c.start << '-' << c.end;
            if (c.claim) {
                ctx.out() << " (claim " << c.claim->value << ')';
            }
            ctx.out() << "\n        " << c.text.simplified().left(160) << '\n';
            if (!c.reasons.isEmpty()) {
                ctx.out() << "        " << c.reasons.join(QStringLiteral("; ")) << '\n';
            }
        }
    }
    if (cmd.json()) {
        ctx.printJson(list);
    } else {
        ctx.out().flush();
    }
    return kExitOk;
}

} // namespace

int runSuggest(CliContext& ctx, const QStringList& args)
{
    if (args.value(1) == u"accept" || args.value(1) == u"dismiss") {
        QStringList rest = args;
        rest.removeAt(1);
        return runDecision(ctx, rest, args.value(1) == u"accept");
    }
    return runSuggestList(ctx, args);
}

} // namespace corrob::cli
