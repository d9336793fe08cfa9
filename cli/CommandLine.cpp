// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/Command.h"

namespace corrob::cli {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {QStringLiteral("new"), QStringLiteral("new CASE [--title T]            create an empty case file"), runNew},
        {QStringLiteral("import"),
         QStringLiteral("import CASE FILE|DIR... [--outlet O] [--url U] [--published DATE] [--json]"), runImport},
        {QStringLiteral("reports"), QStringLiteral("reports CASE [--json]           list the case's reports"),
         runReports},
        {QStringLiteral("report"),
         QStringLiteral("report set CASE REPORT [--title S] [--outlet S] [--author S] [--published DATE] ...  "
                        "correct a report's metadata"),
         runReport},
        {QStringLiteral("text"), QStringLiteral("text CASE REPORT [--all]        print a report's working text"),
         runText},
        {QStringLiteral("verify"),
         QStringLiteral("verify CASE [--json]            check every original's SHA-256 and the audit chain"),
         runVerify},
        {QStringLiteral("analyze"),
         QStringLiteral("analyze CASE [--json]           independent sources, contradictions and grades per claim"),
         runAnalyze},
        {QStringLiteral("claim"),
         QStringLiteral("claim add|edit|delete CASE ...         mark, change or delete a claim"), runClaim},
        {QStringLiteral("claims"), QStringLiteral("claims CASE [--report R] [--orphaned] [--json]  list the claims"),
         runClaims},
        {QStringLiteral("link"),
         QStringLiteral("link CASE CLAIM_A CLAIM_B --type T [--note N] [--confidence C] [--json]"), runLink},
        {QStringLiteral("link edit"),
         QStringLiteral("link edit CASE LINK [--type T] [--note N] [--confidence C|none] [--json]"), runLink},
        {QStringLiteral("unlink"), QStringLiteral("unlink CASE LINK               remove a link (also: link remove)"),
         runUnlink},
        {QStringLiteral("links"), QStringLiteral("links CASE [--claim C] [--json]  list the links between claims"),
         runLinks},
        {QStringLiteral("source"),
         QStringLiteral("source set|merge CASE ...       create, update or merge sources"), runSource},
        {QStringLiteral("sources"), QStringLiteral("sources CASE [--json]           list the sources"), runSources},
        {QStringLiteral("tag"),
         QStringLiteral("tag add|rename|edit|move|merge|delete CASE ...   edit the codebook"), runTag},
        {QStringLiteral("tags"), QStringLiteral("tags CASE [--json]              list the codebook"), runTags},
        {QStringLiteral("note"), QStringLiteral("note add|edit|delete CASE ...   Markdown notes"), runNote},
        {QStringLiteral("notes"), QStringLiteral("notes CASE [--on KIND [ID]] [--json]   list notes"), runNotes},
        {QStringLiteral("exclusions"),
         QStringLiteral("exclusions CASE REPORT [--json]  list a report's excluded ranges (page furniture)"),
         runExclusions},
        {QStringLiteral("exclude"),
         QStringLiteral("exclude CASE REPORT --start S --end E [--reason R]  hide a range when reading"), runExclude},
        {QStringLiteral("include"),
         QStringLiteral("include CASE REPORT RANGE_ID    show an excluded range again"), runInclude},
    };
    return all;
}

namespace {

void printOverview(QTextStream& s)
{
    s << "corroborate-cli " << CORROB_VERSION << ": work on a Corroborate case file (.corrob) without the GUI.\n\n"
      << "usage: corroborate-cli COMMAND [ARGS...]\n\ncommands:\n";
    for (const Command& c : commands()) {
        s << "  " << c.synopsis << '\n';
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
    return ctx.fail(kExitUsage, QStringLiteral("unknown command '%1'; see corroborate-cli --help").arg(first));
}

} // namespace corrob::cli
