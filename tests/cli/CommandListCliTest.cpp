// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every command corroborate-cli has: the overview lists it, it answers --help, and it refuses a missing case file
// the same way (exit 3, the file named, nothing created).
#include "tests/support/CliRun.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

using test::CliRun;

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

TEST(CliCommands, OverviewListsEveryCommandAndEachAnswersItsHelp)
{
    const CliRun overview = test::runCli({s("--help")});
    ASSERT_EQ(overview.exitCode, 0);
    const QStringList listed = test::listedCommands(overview.out);
    const QStringList expected = {s("new"),
                                  s("import"),
                                  s("reports"),
                                  s("report set"),
                                  s("report delete"),
                                  s("report purge"),
                                  s("text"),
                                  s("extract"),
                                  s("verify"),
                                  s("backup"),
                                  s("analyze"),
                                  s("claim add"),
                                  s("claim edit"),
                                  s("claim delete"),
                                  s("claims"),
                                  s("link"),
                                  s("link edit"),
                                  s("unlink"),
                                  s("links"),
                                  s("source set"),
                                  s("source merge"),
                                  s("sources"),
                                  s("tag add"),
                                  s("tag rename"),
                                  s("tag edit"),
                                  s("tag move"),
                                  s("tag merge"),
                                  s("tag delete"),
                                  s("tags"),
                                  s("note add"),
                                  s("note edit"),
                                  s("note delete"),
                                  s("notes"),
                                  s("exclusions"),
                                  s("exclude"),
                                  s("include"),
                                  s("export"),
                                  s("import-annotations"),
                                  s("import-bundle"),
                                  s("search"),
                                  s("reindex"),
                                  s("entities"),
                                  s("entity merge"),
                                  s("entity rename"),
                                  s("entity alias"),
                                  s("entity split"),
                                  s("entity retype"),
                                  s("entity confirm"),
                                  s("entity delete"),
                                  s("entity to-source"),
                                  s("stance"),
                                  s("suggest"),
                                  s("suggest accept"),
                                  s("suggest dismiss")};
    EXPECT_EQ(listed, expected) << overview.out.toStdString();

    for (const QString& command : listed) {
        const CliRun help = test::runCli(command.split(u' ') << s("--help"));
        EXPECT_EQ(help.exitCode, 0) << command.toStdString();
        // The usage line names the command the user asked about, not just the program.
        EXPECT_TRUE(help.out.contains(u' ' + command + s(" [options]"))) << help.out.toStdString();
        EXPECT_TRUE(help.err.isEmpty()) << help.err.toStdString();
    }
    const CliRun remove = test::runCli({s("link"), s("remove"), s("--help")});
    EXPECT_EQ(remove.exitCode, 0);
    EXPECT_TRUE(remove.out.contains(s(" unlink [options]"))) << remove.out.toStdString();
}

TEST(CliCommands, EachFamilysHelpListsTheSubcommandsTheOverviewShows)
{
    const QStringList listed = test::listedCommands(test::runCli({s("--help")}).out);
    for (const char* family : {"claim", "source", "tag", "note", "report", "entity"}) {
        const CliRun help = test::runCli({s(family), s("--help")});
        EXPECT_EQ(help.exitCode, 0) << family;
        QStringList fromFamily;
        static const QRegularExpression usage(s("^  corroborate-cli (\\S+ \\S+) "));
        for (const QString& line : help.out.split(u'\n')) {
            if (const auto m = usage.match(line); m.hasMatch()) {
                fromFamily.append(m.captured(1));
            }
        }
        QStringList fromOverview;
        for (const QString& command : listed) {
            if (command.startsWith(s(family) + u' ')) {
                fromOverview.append(command);
            }
        }
        EXPECT_EQ(fromFamily, fromOverview) << family;
    }
}

TEST(CliCommands, EveryCommandRefusesAMissingCaseWithExitThreeNamingTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(s("missing.corrob"));
    // Valid usage everywhere, so each command gets as far as opening the case.
    const QList<QStringList> runs = {
        {s("import"), missing, test::seedFiles().at(0)},
        {s("reports"), missing},
        {s("report"), s("set"), missing, s("1"), s("--title"), s("T")},
        {s("text"), missing, s("1")},
        {s("extract"), missing, s("1"), s("--json")},
        {s("verify"), missing},
        {s("backup"), missing, s("--out"), dir.filePath(s("copy.corrob"))},
        {s("analyze"), missing},
        {s("claim"), s("add"), missing, s("--report"), s("1"), s("--quote"), s("q")},
        {s("claim"), s("edit"), missing, s("1"), s("--statement"), s("S")},
        {s("claim"), s("delete"), missing, s("1")},
        {s("claims"), missing},
        {s("link"), missing, s("1"), s("2"), s("--type"), s("corroborates")},
        {s("link"), s("edit"), missing, s("1"), s("--note"), s("N")},
        {s("unlink"), missing, s("1")},
        {s("links"), missing},
        {s("source"), s("set"), missing, s("Name")},
        {s("source"), s("merge"), missing, s("A"), s("B")},
        {s("sources"), missing},
        {s("tag"), s("add"), missing, s("T")},
        {s("tag"), s("rename"), missing, s("A"), s("B")},
        {s("tag"), s("edit"), missing, s("A"), s("--colour"), s("#ffffff")},
        {s("tag"), s("move"), missing, s("A")},
        {s("tag"), s("merge"), missing, s("A"), s("B")},
        {s("tag"), s("delete"), missing, s("A")},
        {s("tags"), missing},
        {s("note"), s("add"), missing, s("--on"), s("case"), s("--text"), s("T")},
        {s("note"), s("edit"), missing, s("1"), s("--text"), s("T")},
        {s("note"), s("delete"), missing, s("1")},
        {s("notes"), missing},
        {s("exclusions"), missing, s("1")},
        {s("exclude"), missing, s("1"), s("--start"), s("0"), s("--end"), s("5")},
        {s("include"), missing, s("1"), s("2")},
        {s("export"), missing, s("--format"), s("html"), s("--out"), missing + s(".html")},
        {s("entities"), missing},
        {s("entity"), s("merge"), missing, s("A"), s("B")},
        {s("entity"), s("rename"), missing, s("A"), s("B")},
        {s("entity"), s("alias"), missing, s("A"), s("B")},
        {s("entity"), s("split"), missing, s("A"), s("B")},
        {s("entity"), s("retype"), missing, s("A"), s("unit")},
        {s("entity"), s("confirm"), missing, s("A")},
        {s("entity"), s("delete"), missing, s("A")},
        {s("entity"), s("to-source"), missing, s("A")},
        {s("suggest"), missing},
        {s("suggest"), s("accept"), missing, s("--claim"), s("1"), s("--report"), s("2"), s("--start"), s("0"),
         s("--end"), s("5")},
        {s("suggest"), s("dismiss"), missing, s("--claim"), s("1"), s("--report"), s("2"), s("--start"), s("0"),
         s("--end"), s("5")},
    };
    for (const QStringList& args : runs) {
        const CliRun run = test::runCli(args);
        const std::string what = args.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 3) << what;
        EXPECT_EQ(run.err.trimmed(), s("error: no such file (%1)").arg(missing)) << what;
        EXPECT_TRUE(run.out.isEmpty()) << what;
        EXPECT_FALSE(QFileInfo::exists(missing)) << what << ": a missing case must not be created";
    }
}

TEST(CliCommands, BadUsageIsReportedBeforeTheCaseIsOpened)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(s("missing.corrob"));
    // A bad id is exit 2 naming the argument, even though the case does not exist either.
    const CliRun badId = test::runCli({s("claim"), s("delete"), missing, s("seven")});
    EXPECT_EQ(badId.exitCode, 2);
    EXPECT_EQ(badId.err.trimmed(),
              s("error: CLAIM must be an id such as 3 (got 'seven') (corroborate-cli claim delete)"));
    const CliRun badRange = test::runCli({s("include"), missing, s("1"), s("0")});
    EXPECT_EQ(badRange.exitCode, 2);
    EXPECT_EQ(badRange.err.trimmed(), s("error: RANGE_ID must be an id such as 3 (got '0') (corroborate-cli include)"));
    EXPECT_FALSE(QFileInfo::exists(missing));
}

} // namespace
