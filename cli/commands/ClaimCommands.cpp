// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// claim add|edit|delete, claims.
#include "cli/CaseCommand.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/model/Vocabulary.h"
#include "core/text/TextNormalizer.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

// Parses --kind and --credibility (usage errors, exit 2, before the case is opened).
struct ClaimOptions
{
    std::optional<model::ClaimKind> kind;
    std::optional<int> credibility;
};

bool parseClaimOptions(CaseCommand& cmd, bool allowClear, ClaimOptions& out)
{
    const QCommandLineParser& parser = cmd.parser();
    if (parser.isSet(QStringLiteral("kind"))) {
        auto kind = model::parseClaimKind(parser.value(QStringLiteral("kind")));
        if (!kind) {
            cmd.usageError(kind.error().message);
            return false;
        }
        out.kind = kind.value();
    }
    if (parser.isSet(QStringLiteral("credibility"))) {
        bool ok = false;
        const int grade = parser.value(QStringLiteral("credibility")).toInt(&ok);
        if (!ok || ((grade != 0 || !allowClear) && !model::checkCredibility(grade).ok())) {
            cmd.usageError(QStringLiteral("--credibility must be 1 to 6%1 (got '%2')")
                               .arg(allowClear ? QStringLiteral(", or 0 to remove it") : QString(),
                                    parser.value(QStringLiteral("credibility"))));
            return false;
        }
        out.credibility = grade;
    }
    return true;
}

void addClaimFieldOptions(CaseCommand& cmd)
{
    cmd.parser().addOptions({
        {QStringLiteral("statement"), QStringLiteral("The claim's short normalised statement."), QStringLiteral("S")},
        {QStringLiteral("kind"), QStringLiteral("figure, allegation, denial, legal, quote or other."),
         QStringLiteral("K")},
        {QStringLiteral("source"),
         QStringLiteral("Who makes the claim: a source's name or alias (case and accents ignored); created if new."),
         QStringLiteral("NAME")},
        {QStringLiteral("credibility"), QStringLiteral("Information credibility, 1 (confirmed) to 6."),
         QStringLiteral("N")},
        {QStringLiteral("tag"), QStringLiteral("A tag path such as Violence/Shelling (repeatable); created if new."),
         QStringLiteral("T")},
    });
}

// Prints the claim after an add or edit.
int printClaim(CaseCommand& cmd, ClaimId id, const QString& verb)
{
    auto claim = casefile::CaseReader(cmd.target()).claim(id);
    auto names = NameIndex::load(cmd.target());
    if (!claim || !names) {
        return cmd.fail(kExitCannotOpen, !claim ? claim.error() : names.error());
    }
    if (cmd.json()) {
        cmd.context().printJson(claimJson(claim.value(), names.value()));
    } else {
        const model::Claim& c = claim.value();
        cmd.context().out() << verb << " claim " << c.id.value << " in report " << c.report.value << " at "
                            << c.anchor.start << '-' << c.anchor.end << ": " << c.anchor.quote << Qt::endl;
    }
    return kExitOk;
}

int runClaimAdd(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("claim add"),
                    QStringLiteral("Mark a claim in a report: an exact quote of its working text (see 'text --all'), "
                                   "or a span of UTF-16 offsets."));
    QCommandLineParser& parser = cmd.parser();
    parser.addOptions({
        {QStringLiteral("report"), QStringLiteral("The report's id."), QStringLiteral("R")},
        {QStringLiteral("quote"), QStringLiteral("The exact text of the claim."), QStringLiteral("TEXT")},
        {QStringLiteral("occurrence"), QStringLiteral("Which occurrence of the quote (1-based; default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("start"), QStringLiteral("Start offset, instead of --quote."), QStringLiteral("S")},
        {QStringLiteral("end"), QStringLiteral("End offset (exclusive), with --start."), QStringLiteral("E")},
    });
    addClaimFieldOptions(cmd);
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    if (!parser.isSet(QStringLiteral("report"))) {
        return cmd.usageError(QStringLiteral("--report is required"));
    }
    const auto report = cmd.id(parser.value(QStringLiteral("report")), QStringLiteral("--report"));
    if (!report) {
        return cmd.exitCode();
    }
    casefile::ClaimDraft draft;
    draft.report = ReportId(*report);
    const bool bySpan = parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (bySpan == parser.isSet(QStringLiteral("quote"))) {
        return cmd.usageError(QStringLiteral("give either --quote or --start and --end"));
    }
    if (bySpan) {
        bool okStart = false;
        bool okEnd = false;
        draft.start = parser.value(QStringLiteral("start")).toLongLong(&okStart);
        draft.end = parser.value(QStringLiteral("end")).toLongLong(&okEnd);
        if (!okStart || !okEnd) {
            return cmd.usageError(QStringLiteral("--start and --end must both be offsets"));
        }
    } else {
        // As the working text was made (NFC, LF line ends): a quote pasted from a decomposed (NFD) or CRLF source.
        draft.quote = text::normalizeWorkingText(parser.value(QStringLiteral("quote")));
        if (parser.isSet(QStringLiteral("occurrence"))) {
            bool ok = false;
            draft.occurrence = parser.value(QStringLiteral("occurrence")).toInt(&ok);
            if (!ok || draft.occurrence < 1) {
                return cmd.usageError(QStringLiteral("--occurrence must be a number from 1, such as 2 (got '%1')")
                                          .arg(parser.value(QStringLiteral("occurrence"))));
            }
        }
    }
    ClaimOptions options;
    if (!parseClaimOptions(cmd, false, options)) {
        return cmd.exitCode();
    }
    draft.kind = options.kind.value_or(model::ClaimKind::Other);
    draft.credibility = options.credibility.value_or(0);
    draft.statement = parser.value(QStringLiteral("statement"));
    draft.sourceName = parser.value(QStringLiteral("source"));
    draft.tagPaths = parser.values(QStringLiteral("tag"));

    if (!cmd.open()) {
        return cmd.exitCode();
    }
    if (!bySpan) {
        // A quote copied out of the PDF keeps its ligatures (ﬁ), which the working text of a report imported now
        // spells as letters (text::foldTypesetting); an older report's text keeps them, so the quote is tried as given
        // first.
        const QString folded = text::foldTypesetting(draft.quote);
        if (folded != draft.quote) {
            auto text = cmd.target().reportText(draft.report, casefile::Case::TextView::All);
            if (text && !text->contains(draft.quote) && text->contains(folded)) {
                draft.quote = folded;
            }
        }
    }
    casefile::AddClaim add(draft);
    if (int code = applyEdit(ctx, cmd.target(), add); code != kExitOk) {
        return code;
    }
    return printClaim(cmd, add.claim().id, QStringLiteral("added"));
}

int runClaimEdit(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("claim edit"),
                    QStringLiteral("Change a claim's statement, kind, source, credibility or tags."));
    QCommandLineParser& parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("CLAIM"), QStringLiteral("The claim's id."));
    addClaimFieldOptions(cmd);
    parser.addOption({QStringLiteral("untag"), QStringLiteral("Remove a tag (repeatable)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("no-source"), QStringLiteral("Remove the attribution.")});
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("CLAIM"));
    ClaimOptions options;
    if (!id || !parseClaimOptions(cmd, true, options)) {
        return cmd.exitCode();
    }
    casefile::ClaimChanges changes;
    changes.kind = options.kind;
    changes.credibility = options.credibility;
    changes.statement = cmd.valueIfSet(QStringLiteral("statement"));
    if (parser.isSet(QStringLiteral("source"))) {
        changes.sourceName = parser.value(QStringLiteral("source"));
    } else if (parser.isSet(QStringLiteral("no-source"))) {
        changes.sourceName = QString();
    }
    changes.addTags = parser.values(QStringLiteral("tag"));
    changes.removeTags = parser.values(QStringLiteral("untag"));
    if (changes.isEmpty()) {
        return cmd.usageError(QStringLiteral("nothing to change; see --help"));
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    casefile::EditClaim edit(ClaimId(*id), changes);
    if (int code = applyEdit(ctx, cmd.target(), edit); code != kExitOk) {
        return code;
    }
    return printClaim(cmd, ClaimId(*id), QStringLiteral("edited"));
}

int runClaimDelete(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(
        ctx, QStringLiteral("claim delete"),
        QStringLiteral("Delete a claim with its links, tag assignments and notes (recorded in the audit log)."));
    cmd.parser().addPositionalArgument(QStringLiteral("CLAIM"), QStringLiteral("The claim's id."));
    cmd.addJsonOption();
    if (!cmd.parse(args, 2, 2)) {
        return cmd.exitCode();
    }
    const auto id = cmd.idArgument(1, QStringLiteral("CLAIM"));
    if (!id || !cmd.open()) {
        return cmd.exitCode();
    }
    casefile::DeleteClaim del{ClaimId(*id)};
    if (int code = applyEdit(ctx, cmd.target(), del); code != kExitOk) {
        return code;
    }
    if (cmd.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), *id}});
    } else {
        ctx.out() << "deleted claim " << *id << Qt::endl;
    }
    return kExitOk;
}

} // namespace

int runClaim(CliContext& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"),
         QStringLiteral("add CASE --report R --quote TEXT [--occurrence N] [--source NAME] [--statement S] [--kind K] "
                        "[--tag T]... [--credibility N] [--json]"),
         runClaimAdd},
        {QStringLiteral("edit"),
         QStringLiteral("edit CASE CLAIM [--statement S] [--kind K] [--source NAME|--no-source] [--credibility N] "
                        "[--tag T]... [--untag T]... [--json]"),
         runClaimEdit},
        {QStringLiteral("delete"), QStringLiteral("delete CASE CLAIM [--json]"), runClaimDelete},
    };
    return runSubcommand(ctx, QStringLiteral("claim"), args, subs);
}

int runClaims(CliContext& ctx, const QStringList& args)
{
    CaseCommand cmd(ctx, QStringLiteral("claims"),
                    QStringLiteral("List the claims of a case, by report and position."));
    QCommandLineParser& parser = cmd.parser();
    parser.addOption(
        {QStringLiteral("report"), QStringLiteral("Only the claims of this report."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("orphaned"),
                      QStringLiteral("Only the claims that could not be placed on a new version of their report.")});
    cmd.addJsonOption();
    if (!cmd.parse(args, 1, 1)) {
        return cmd.exitCode();
    }
    std::optional<qint64> report;
    if (parser.isSet(QStringLiteral("report"))) {
        report = cmd.id(parser.value(QStringLiteral("report")), QStringLiteral("--report"));
        if (!report) {
            return cmd.exitCode();
        }
    }
    if (!cmd.open()) {
        return cmd.exitCode();
    }
    if (report) {
        // A report that is not there has no claims, and saying none would hide a mistyped id.
        if (auto known = cmd.target().report(ReportId(*report)); !known) {
            return ctx.fail(kExitSomeFailed, known.error());
        }
    }
    casefile::CaseReader reader(cmd.target());
    auto claims = report ? reader.claimsOf(ReportId(*report)) : reader.claims();
    if (claims && parser.isSet(QStringLiteral("orphaned"))) {
        std::erase_if(claims.value(), [](const model::Claim& c) { return !c.orphaned; });
    }
    auto names = NameIndex::load(cmd.target());
    if (!claims || !names) {
        return ctx.fail(kExitCannotOpen, !claims ? claims.error() : names.error());
    }
    if (cmd.json()) {
        QJsonArray list;
        for (const model::Claim& c : claims.value()) {
            list.append(claimJson(c, names.value()));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const model::Claim& c : claims.value()) {
        ctx.out() << qSetFieldWidth(5) << Qt::right << c.id.value << qSetFieldWidth(0) << Qt::left << "  report "
                  << c.report.value << ' ' << c.anchor.start << '-' << c.anchor.end << "  "
                  << model::claimKindName(c.kind) << "  " << c.statement;
        if (c.orphaned) {
            ctx.out() << "  [orphaned: \"" << c.anchor.quote << "\" not found in this version]";
        }
        if (c.source.isValid()) {
            ctx.out() << " \u2014 " << names->sources.value(c.source.value);
        }
        ctx.out() << '\n';
    }
    ctx.out() << claims->size() << (claims->size() == 1 ? " claim" : " claims") << Qt::endl;
    return kExitOk;
}

} // namespace corrob::cli
