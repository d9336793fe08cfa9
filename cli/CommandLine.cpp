// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/Command.h"

namespace corrob::cli {

const QList<Command>& commands()
{
    // "link edit" is listed on its own line but reached through "link", which hands "edit" on.
    static const QList<Command> all = {
        {QStringLiteral("new"), QStringLiteral("new CASE [--title T] [--json]"),
         QStringLiteral("create an empty case file"), runNew},
        {QStringLiteral("import"),
         QStringLiteral("import CASE FILE|DIR... [--outlet O] [--url U] [--published DATE] [--json]"),
         QStringLiteral("import files, or the files in folders, as reports"), runImport},
        {QStringLiteral("reports"), QStringLiteral("reports CASE [--json]"), QStringLiteral("list the case's reports"),
         runReports},
        {QStringLiteral("report"),
         QStringLiteral("report set|delete|purge CASE [REPORT] [--title S] [--outlet S] ... [--json]"),
         QStringLiteral("correct a report's metadata; delete a report; purge deleted reports"), runReport},
        {QStringLiteral("text"), QStringLiteral("text CASE REPORT [--all]"),
         QStringLiteral("print a report's working text"), runText},
        {QStringLiteral("extract"), QStringLiteral("extract CASE REPORT [--json]"),
         QStringLiteral("a report's sentences, figures and who said what"), runExtract},
        {QStringLiteral("verify"), QStringLiteral("verify CASE [--json]"),
         QStringLiteral("check every original's SHA-256 and the audit chain"), runVerify},
        {QStringLiteral("backup"), QStringLiteral("backup CASE --out PATH [--json]"),
         QStringLiteral("write a consistent, checked copy of the case"), runBackup},
        {QStringLiteral("analyze"), QStringLiteral("analyze CASE [--json]"),
         QStringLiteral("independent sources, contradictions and grades per claim"), runAnalyze},
        {QStringLiteral("claim"), QStringLiteral("claim add|edit|delete CASE ..."),
         QStringLiteral("mark, change or delete a claim"), runClaim},
        {QStringLiteral("claims"), QStringLiteral("claims CASE [--report R] [--orphaned] [--json]"),
         QStringLiteral("list the claims"), runClaims},
        {QStringLiteral("link"),
         QStringLiteral("link CASE CLAIM_A CLAIM_B --type T [--note N] [--confidence C] [--json]"),
         QStringLiteral("link two claims"), runLink},
        {QStringLiteral("link edit"),
         QStringLiteral("link edit CASE LINK [--type T] [--note N] [--confidence C|none] [--json]"),
         QStringLiteral("change a link's type, note or confidence"), runLink},
        {QStringLiteral("unlink"), QStringLiteral("unlink CASE LINK [--json]"),
         QStringLiteral("remove a link (also: link remove)"), runUnlink},
        {QStringLiteral("links"), QStringLiteral("links CASE [--claim C] [--json]"),
         QStringLiteral("list the links between claims"), runLinks},
        {QStringLiteral("source"), QStringLiteral("source set|merge CASE ..."),
         QStringLiteral("create, update or merge sources"), runSource},
        {QStringLiteral("sources"), QStringLiteral("sources CASE [--json]"), QStringLiteral("list the sources"),
         runSources},
        {QStringLiteral("tag"), QStringLiteral("tag add|rename|edit|move|merge|delete CASE ..."),
         QStringLiteral("edit the codebook"), runTag},
        {QStringLiteral("tags"), QStringLiteral("tags CASE [--json]"), QStringLiteral("list the codebook"), runTags},
        {QStringLiteral("note"), QStringLiteral("note add|edit|delete CASE ..."),
         QStringLiteral("Markdown notes on the case, a report, claim, link or source"), runNote},
        {QStringLiteral("notes"), QStringLiteral("notes CASE [--on KIND [ID]] [--json]"), QStringLiteral("list notes"),
         runNotes},
        {QStringLiteral("exclusions"), QStringLiteral("exclusions CASE REPORT [--json]"),
         QStringLiteral("list a report's excluded ranges (page furniture)"), runExclusions},
        {QStringLiteral("exclude"), QStringLiteral("exclude CASE REPORT --start S --end E [--reason R] [--json]"),
         QStringLiteral("hide a range when reading"), runExclude},
        {QStringLiteral("include"), QStringLiteral("include CASE REPORT RANGE_ID [--json]"),
         QStringLiteral("show an excluded range again"), runInclude},
        {QStringLiteral("export"),
         QStringLiteral("export CASE --format html|pdf|csv|claimreview|w3c|qdpx|bundle --out PATH [--tag T] "
                        "[--claim ID]... [--min-credibility N] [--json]"),
         QStringLiteral("write the investigation report (HTML, PDF), CSV, ClaimReview, W3C annotations, a REFI-QDA "
                        "project or a case bundle"),
         runExport},
        {QStringLiteral("import-annotations"), QStringLiteral("import-annotations CASE FILE.jsonld [--json]"),
         QStringLiteral("add W3C Web Annotations as claims, re-anchored"), runImportAnnotations},
        {QStringLiteral("import-bundle"), QStringLiteral("import-bundle BUNDLE --out CASE [--json]"),
         QStringLiteral("unpack a case bundle, checking every hash"), runImportBundle},
        {QStringLiteral("search"), QStringLiteral("search CASE QUERY|--queries FILE|--terms FILE [--limit N] [--json]"),
         QStringLiteral("full-text search: reports, claims, notes, sources"), runSearch},
        {QStringLiteral("reindex"), QStringLiteral("reindex CASE"), QStringLiteral("rebuild the search index"),
         runReindex},
        {QStringLiteral("entities"), QStringLiteral("entities CASE [--json]"),
         QStringLiteral("list the people, organisations, places and units the reports mention"), runEntities},
        {QStringLiteral("entity"),
         QStringLiteral("entity merge|rename|alias|split|retype|confirm|delete|to-source CASE ..."),
         QStringLiteral("the investigator's decisions on entities"), runEntity},
        {QStringLiteral("stance"), QStringLiteral("stance --pairs PAIRS.csv --bodies BODIES.csv --out OUT.csv"),
         QStringLiteral("judge whether each body agrees with, disputes, discusses or is unrelated to its headline "
                        "(FNC-1 CSV)"),
         runStance},
        {QStringLiteral("suggest"), QStringLiteral("suggest CASE [--claim C] [--top K] [--json]"),
         QStringLiteral("passages of other reports that state a claim or its opposite, with reasons"), runSuggest},
        {QStringLiteral("suggest accept"),
         QStringLiteral("suggest accept|dismiss CASE --claim C --report R --start S --end E [--type T] [--json]"),
         QStringLiteral("accept a suggestion (mark and link) or dismiss it for good"), runSuggest},
    };
    return all;
}

namespace {

void printOverview(QTextStream& s)
{
    s << "corroborate-cli " << CORROB_VERSION << ": work on a Corroborate case file (.corrob) without the GUI.\n\n"
      << "usage: corroborate-cli COMMAND [ARGS...]\n\ncommands:\n";
    // Summaries share one column; a usage too long for it puts its summary on the next line.
    constexpr qsizetype kSummaryColumn = 40;
    for (const Command& c : commands()) {
        s << "  " << c.usage;
        if (c.usage.size() + 2 < kSummaryColumn - 1) {
            s << QString(kSummaryColumn - 2 - c.usage.size(), u' ');
        } else {
            s << '\n' << QString(kSummaryColumn, u' ');
        }
        s << c.summary << '\n';
    }
    s << "\n'corroborate-cli COMMAND --help' describes a command.\n"
      << "Exit status: 0 success, 1 some inputs failed, 2 bad usage, 3 the case cannot be opened.\n";
    s.flush();
}

} // namespace

int run(const QStringList& arguments)
{
    CliContext ctx;
    if (arguments.size() < 2) {
        printOverview(ctx.err());
        return kExitUsage;
    }
    const QString& first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printOverview(ctx.out());
        return kExitOk;
    }
    if (first == u"--version" || first == u"-v") {
        ctx.out() << "corroborate-cli " << CORROB_VERSION << Qt::endl;
        return kExitOk;
    }
    for (const Command& c : commands()) {
        if (c.name == first) {
            QStringList args = arguments;
            args.removeAt(1); // the parser sees "program [command's arguments]"
            return c.run(ctx, args);
        }
    }
    return ctx.fail(kExitUsage, QStringLiteral("unknown command '%1'; see corroborate-cli --help").arg(first),
                    QStringLiteral("corroborate-cli"));
}

} // namespace corrob::cli
