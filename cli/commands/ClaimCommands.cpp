// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// claim add|edit|delete, claims.
#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/EditCommands.h"

#include "core/case/CaseReader.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/model/Vocabulary.h"

#include <QJsonArray>

namespace corrob::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));

// Parses --kind and --credibility (usage errors, exit 2, before the case is opened).
struct ClaimOptions
{
    std::optional<model::ClaimKind> kind;
    std::optional<int> credibility;
};

std::optional<int> parseClaimOptions(CliContext& ctx, const QCommandLineParser& parser, const QString& command,
                                     bool allowClear, ClaimOptions& out)
{
    const QString where = u"corroborate-cli " + command;
    if (parser.isSet(QStringLiteral("kind"))) {
        auto kind = model::parseClaimKind(parser.value(QStringLiteral("kind")));
        if (!kind) {
            return ctx.fail(kExitUsage, kind.error().message, where);
        }
        out.kind = kind.value();
    }
    if (parser.isSet(QStringLiteral("credibility"))) {
        bool ok = false;
        const int grade = parser.value(QStringLiteral("credibility")).toInt(&ok);
        if (!ok || ((grade != 0 || !allowClear) && !model::checkCredibility(grade).ok())) {
            return ctx.fail(kExitUsage,
                            QStringLiteral("--credibility must be 1 to 6%1 (got '%2')")
                                .arg(allowClear ? QStringLiteral(", or 0 to remove it") : QString(),
                                     parser.value(QStringLiteral("credibility"))),
                            where);
        }
        out.credibility = grade;
    }
    return std::nullopt;
}

void addClaimFieldOptions(QCommandLineParser& parser)
{
    parser.addOptions({
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
        kJson,
    });
}

// Prints the claim after an add or edit.
int printClaim(CliContext& ctx, casefile::Case& target, ClaimId id, const QString& verb, bool json)
{
    auto claim = casefile::CaseReader(target).claim(id);
    auto names = NameIndex::load(target);
    if (!claim || !names) {
        return ctx.fail(kExitCannotOpen, !claim ? claim.error() : names.error());
    }
    if (json) {
        ctx.printJson(claimJson(claim.value(), names.value()));
    } else {
        const model::Claim& c = claim.value();
        ctx.out() << verb << " claim " << c.id.value << " in report " << c.report.value << " at " << c.anchor.start
                  << '-' << c.anchor.end << ": " << c.anchor.quote << Qt::endl;
    }
    return kExitOk;
}

int runClaimAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mark a claim in a report: an exact quote of its working text (see "
                                                    "'text --all'), or a span of UTF-16 offsets."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addOptions({
        {QStringLiteral("report"), QStringLiteral("The report's id."), QStringLiteral("R")},
        {QStringLiteral("quote"), QStringLiteral("The exact text of the claim."), QStringLiteral("TEXT")},
        {QStringLiteral("occurrence"), QStringLiteral("Which occurrence of the quote (1-based; default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("start"), QStringLiteral("Start offset, instead of --quote."), QStringLiteral("S")},
        {QStringLiteral("end"), QStringLiteral("End offset (exclusive), with --start."), QStringLiteral("E")},
    });
    addClaimFieldOptions(parser);
    const QString command = QStringLiteral("claim add");
    if (auto code = ctx.parse(parser, command, args, 1, 1)) {
        return *code;
    }
    int exitCode = kExitOk;
    if (!parser.isSet(QStringLiteral("report"))) {
        return ctx.fail(kExitUsage, QStringLiteral("--report is required"), u"corroborate-cli " + command);
    }
    const auto report =
        parseId(ctx, parser.value(QStringLiteral("report")), QStringLiteral("--report"), command, &exitCode);
    if (!report) {
        return exitCode;
    }
    casefile::ClaimDraft draft;
    draft.report = ReportId(*report);
    const bool bySpan = parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (bySpan == parser.isSet(QStringLiteral("quote"))) {
        return ctx.fail(kExitUsage, QStringLiteral("give either --quote or --start and --end"),
                        u"corroborate-cli " + command);
    }
    if (bySpan) {
        bool okStart = false;
        bool okEnd = false;
        draft.start = parser.value(QStringLiteral("start")).toLongLong(&okStart);
        draft.end = parser.value(QStringLiteral("end")).toLongLong(&okEnd);
        if (!okStart || !okEnd) {
            return ctx.fail(kExitUsage, QStringLiteral("--start and --end must both be offsets"),
                            u"corroborate-cli " + command);
        }
    } else {
        draft.quote = parser.value(QStringLiteral("quote"));
        if (parser.isSet(QStringLiteral("occurrence"))) {
            bool ok = false;
            draft.occurrence = parser.value(QStringLiteral("occurrence")).toInt(&ok);
            if (!ok) {
                return ctx.fail(kExitUsage,
                                QStringLiteral("--occurrence must be a number such as 2 (got '%1')")
                                    .arg(parser.value(QStringLiteral("occurrence"))),
                                u"corroborate-cli " + command);
            }
        }
    }
    ClaimOptions options;
    if (auto code = parseClaimOptions(ctx, parser, command, false, options)) {
        return *code;
    }
    draft.kind = options.kind.value_or(model::ClaimKind::Other);
    draft.credibility = options.credibility.value_or(0);
    draft.statement = parser.value(QStringLiteral("statement"));
    draft.sourceName = parser.value(QStringLiteral("source"));
    draft.tagPaths = parser.values(QStringLiteral("tag"));

    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::AddClaim add(draft);
    if (int code = applyEdit(ctx, *opened, add); code != kExitOk) {
        return code;
    }
    return printClaim(ctx, *opened, add.claim().id, QStringLiteral("added"), parser.isSet(kJson));
}

int runClaimEdit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change a claim's statement, kind, source, credibility or tags."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("CLAIM"), QStringLiteral("The claim's id."));
    addClaimFieldOptions(parser);
    parser.addOption({QStringLiteral("untag"), QStringLiteral("Remove a tag (repeatable)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("no-source"), QStringLiteral("Remove the attribution.")});
    const QString command = QStringLiteral("claim edit");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("CLAIM"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    ClaimOptions options;
    if (auto code = parseClaimOptions(ctx, parser, command, true, options)) {
        return *code;
    }
    casefile::ClaimChanges changes;
    changes.kind = options.kind;
    changes.credibility = options.credibility;
    if (parser.isSet(QStringLiteral("statement"))) {
        changes.statement = parser.value(QStringLiteral("statement"));
    }
    if (parser.isSet(QStringLiteral("source"))) {
        changes.sourceName = parser.value(QStringLiteral("source"));
    } else if (parser.isSet(QStringLiteral("no-source"))) {
        changes.sourceName = QString();
    }
    changes.addTags = parser.values(QStringLiteral("tag"));
    changes.removeTags = parser.values(QStringLiteral("untag"));
    if (changes.isEmpty()) {
        return ctx.fail(kExitUsage, QStringLiteral("nothing to change; see --help"), u"corroborate-cli " + command);
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::EditClaim edit(ClaimId(*id), changes);
    if (int code = applyEdit(ctx, *opened, edit); code != kExitOk) {
        return code;
    }
    return printClaim(ctx, *opened, ClaimId(*id), QStringLiteral("edited"), parser.isSet(kJson));
}

int runClaimDelete(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delete a claim with its links, tag assignments and notes (recorded in the audit log)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("CLAIM"), QStringLiteral("The claim's id."));
    parser.addOption(kJson);
    const QString command = QStringLiteral("claim delete");
    if (auto code = ctx.parse(parser, command, args, 2, 2)) {
        return *code;
    }
    int exitCode = kExitOk;
    const auto id = parseId(ctx, parser.positionalArguments().at(1), QStringLiteral("CLAIM"), command, &exitCode);
    if (!id) {
        return exitCode;
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::DeleteClaim del{ClaimId(*id)};
    if (int code = applyEdit(ctx, *opened, del); code != kExitOk) {
        return code;
    }
    if (parser.isSet(kJson)) {
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the claims of a case, by report and position."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addOption(
        {QStringLiteral("report"), QStringLiteral("Only the claims of this report."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("orphaned"),
                      QStringLiteral("Only the claims that could not be placed on a new version of their report.")});
    parser.addOption(kJson);
    const QString command = QStringLiteral("claims");
    if (auto code = ctx.parse(parser, command, args, 1, 1)) {
        return *code;
    }
    int exitCode = kExitOk;
    std::optional<qint64> report;
    if (parser.isSet(QStringLiteral("report"))) {
        report = parseId(ctx, parser.value(QStringLiteral("report")), QStringLiteral("--report"), command, &exitCode);
        if (!report) {
            return exitCode;
        }
    }
    auto opened = ctx.openCase(parser.positionalArguments().constFirst(), &exitCode);
    if (!opened) {
        return exitCode;
    }
    casefile::CaseReader reader(*opened);
    auto claims = report ? reader.claimsOf(ReportId(*report)) : reader.claims();
    if (claims && parser.isSet(QStringLiteral("orphaned"))) {
        std::erase_if(claims.value(), [](const model::Claim& c) { return !c.orphaned; });
    }
    auto names = NameIndex::load(*opened);
    if (!claims || !names) {
        return ctx.fail(kExitCannotOpen, !claims ? claims.error() : names.error());
    }
    if (parser.isSet(kJson)) {
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
