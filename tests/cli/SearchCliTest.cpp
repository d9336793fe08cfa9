// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli search and reindex end to end on the seed articles: the JSON keys (product contract), query files,
// batch search of terms, hostile queries, and verify/reindex.
#include "tests/support/CliRun.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using test::CliRun;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class SearchCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(s("x.corrob"));
        ASSERT_EQ(test::runCli({s("new"), path}).exitCode, 0);
        ASSERT_EQ(test::runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    }

    QString writeLines(const QString& name, const QString& text)
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return file;
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(SearchCli, JsonResultsCarryTheContractKeys)
{
    const CliRun r = test::runCli({s("search"), path, s("Callamard"), s("--limit"), s("3"), s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray results = r.json().array();
    ASSERT_FALSE(results.isEmpty());
    EXPECT_LE(results.size(), 3);
    const QJsonObject first = results.first().toObject();
    QStringList keys = first.keys();
    keys.sort();
    EXPECT_EQ(keys.join(u','), s("end,id,kind,matched,rank,report,snippet,start"));
    EXPECT_EQ(first.value(s("kind")).toString(), s("report"));
    // The name-variants table knows her full name, so the hit may be "Agnès Callamard".
    const QString matched = first.value(s("matched")).toString();
    EXPECT_TRUE(matched.endsWith(s("Callamard"))) << matched.toStdString();
    EXPECT_TRUE(first.value(s("snippet")).toString().contains(s("<b>") + matched + s("</b>")));

    // start/end are UTF-16 offsets of the working text: they cut "Callamard" out of `text --all`.
    const qint64 report = first.value(s("report")).toInteger();
    const CliRun text = test::runCli({s("text"), path, QString::number(report), s("--all")});
    const qint64 start = first.value(s("start")).toInteger();
    const qint64 end = first.value(s("end")).toInteger();
    EXPECT_EQ(text.out.mid(start, end - start), matched);
}

TEST_F(SearchCli, QueriesFileGivesOneObjectPerLineInOrder)
{
    const QString file = writeLines(s("q.txt"), s("Kharkiv\nC++\n\n(((\nKyiv\n"));
    const CliRun r = test::runCli({s("search"), path, s("--queries"), file, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.at(0).toObject().value(s("query")).toString(), s("Kharkiv"));
    EXPECT_EQ(all.at(3).toObject().value(s("query")).toString(), s("((("));
    EXPECT_TRUE(all.at(3).toObject().value(s("results")).toArray().isEmpty());
    EXPECT_FALSE(all.at(4).toObject().value(s("results")).toArray().isEmpty());
    QStringList keys = all.at(0).toObject().keys();
    keys.sort();
    EXPECT_EQ(keys.join(u','), s("ms,query,results"));
}

TEST_F(SearchCli, AQueriesFileWithoutJsonPrintsText)
{
    // Without --json it printed JSON anyway; a query prints text, and so does a file of them.
    const QString file = writeLines(s("q.txt"), s("Kharkiv\nzzzqqq\n"));
    const CliRun r = test::runCli({s("search"), path, s("--queries"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.trimmed().startsWith(u'[')) << r.out.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.front().startsWith(s("# Kharkiv\t"))) << lines.front().toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(s("report "))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.back().startsWith(s("# zzzqqq\t0 results"))) << lines.back().toStdString();
}

TEST_F(SearchCli, TextResultsShowWhereASnippetCrossesALineBreak)
{
    // The text output folded a snippet's line breaks into spaces: two paragraphs read as one sentence
    // ("…including Bucha. Images from the…"). A result is still one line, with the break shown as a pilcrow.
    const CliRun r = test::runCli({s("search"), path, s("\"eight cities\"")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s("including Bucha. \u00b6 Images from the"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(s("Bucha. Images"))) << r.out.toStdString();
    for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        EXPECT_TRUE(line.startsWith(s("report ")) || line.startsWith(s("claim ")) || line.startsWith(s("note ")) ||
                    line.startsWith(s("source ")))
            << line.toStdString();
    }
}

TEST_F(SearchCli, AQueriesFileInUtf16IsReadAsText)
{
    const QString file = dir.filePath(s("q16.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QString text = s("Kharkiv\r\nКиїв\r\n");
    f.write("\xFF\xFE", 2); // UTF-16LE's byte order mark, as Notepad saves "Unicode"
    f.write(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    f.close();
    const CliRun r = test::runCli({s("search"), path, s("--queries"), file, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).toObject().value(s("query")).toString(), s("Kharkiv"));
    EXPECT_EQ(all.at(1).toObject().value(s("query")).toString(), s("Київ"));
    EXPECT_FALSE(all.at(1).toObject().value(s("results")).toArray().isEmpty()); // Kyiv, in the seeds
}

TEST_F(SearchCli, AQueriesFileThatIsNotUtf8IsReadAndSaidSo)
{
    const QString file = dir.filePath(s("q1252.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Kharkiv \xFF\nKyiv\n"); // a byte UTF-8 cannot start with: the file is read as Windows-1252
    f.close();
    const CliRun r = test::runCli({s("search"), path, s("--queries"), file, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s("not valid UTF-8")) && r.err.contains(s("q1252.txt"))) << r.err.toStdString();
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).toObject().value(s("query")).toString(), s("Kharkiv \u00FF"));
    EXPECT_FALSE(all.at(1).toObject().value(s("results")).toArray().isEmpty());
}

TEST_F(SearchCli, HostileQueriesExitZeroWithoutErrors)
{
    for (const char* q : {"C++", "state-of", "\"unbalanced", "NEAR(", "*", "AND", "(((", ""}) {
        const CliRun r = test::runCli({s("search"), path, s(q), s("--json")});
        EXPECT_EQ(r.exitCode, 0) << q << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << q << ": " << r.err.toStdString();
        EXPECT_TRUE(r.json().isArray()) << q;
    }
}

TEST_F(SearchCli, AQueryStartingWithAHyphenIsAQueryNotAnOption)
{
    const CliRun all = test::runCli({s("search"), path, s("Kyiv"), s("--json")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const CliRun excluded = test::runCli({s("search"), path, s("-Bucha Kyiv"), s("--json"), s("--limit"), s("50")});
    ASSERT_EQ(excluded.exitCode, 0) << excluded.err.toStdString();
    ASSERT_TRUE(excluded.json().isArray());
    EXPECT_LT(excluded.json().array().size(), all.json().array().size()); // the seeds' Bucha reports are left out
    EXPECT_FALSE(excluded.json().array().isEmpty());
    const CliRun filter = test::runCli({s("search"), path, s("-outlet:Reuters"), s("--json")});
    EXPECT_EQ(filter.exitCode, 0) << filter.err.toStdString();
    // A real option still is one (-json as --json), and a mistyped --option still an error.
    const CliRun singleDash = test::runCli({s("search"), path, s("Kyiv"), s("-json")});
    EXPECT_EQ(singleDash.exitCode, 0);
    EXPECT_TRUE(singleDash.json().isArray());
    EXPECT_EQ(test::runCli({s("search"), path, s("--jsn"), s("Kyiv")}).exitCode, 2);
    // Before CASE a hyphen is an option, never the query: the case path is not taken for a query.
    const CliRun before = test::runCli({s("search"), s("-x"), path, s("Kyiv")});
    EXPECT_EQ(before.exitCode, 2);
    EXPECT_TRUE(before.err.contains(s("x"))) << before.err.toStdString();
}

TEST_F(SearchCli, TermsFileCountsHitsPerReport)
{
    const QString file = writeLines(s("terms.txt"), s("Bucha\nKharkov\n"));
    const CliRun r = test::runCli({s("search"), path, s("--terms"), file, s("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 2);
    const QJsonObject bucha = all.at(0).toObject();
    EXPECT_EQ(bucha.value(s("term")).toString(), s("Bucha"));
    EXPECT_GE(bucha.value(s("hits")).toInteger(), 2);
    EXPECT_GE(bucha.value(s("reports")).toArray().size(), 2);
    // The CBC seed's "WATCH | ... Bucha" promo is page furniture: its hits are counted, and said apart.
    EXPECT_GT(bucha.value(s("furniture_hits")).toInteger(), 0);
    EXPECT_LT(bucha.value(s("furniture_hits")).toInteger(), bucha.value(s("hits")).toInteger());
    qint64 furniture = 0;
    for (const QJsonValue& report : bucha.value(s("reports")).toArray()) {
        furniture += report.toObject().value(s("furniture_hits")).toInteger();
    }
    EXPECT_EQ(furniture, bucha.value(s("furniture_hits")).toInteger());
    // Kharkov finds the seed that writes Kharkiv, through the name variants.
    EXPECT_FALSE(all.at(1).toObject().value(s("reports")).toArray().isEmpty());

    // A blank line keeps its place: the output lines up with the file.
    const QString gaps = writeLines(s("gaps.txt"), s("Bucha\n\n  \nKharkov\n"));
    const CliRun g = test::runCli({s("search"), path, s("--terms"), gaps, s("--json")});
    ASSERT_EQ(g.exitCode, 0) << g.err.toStdString();
    const QJsonArray lined = g.json().array();
    ASSERT_EQ(lined.size(), 4);
    EXPECT_EQ(lined.at(0).toObject().value(s("term")).toString(), s("Bucha"));
    EXPECT_EQ(lined.at(1).toObject().value(s("term")).toString(), QString());
    EXPECT_EQ(lined.at(1).toObject().value(s("hits")).toInteger(), 0);
    EXPECT_EQ(lined.at(3).toObject().value(s("term")).toString(), s("Kharkov"));

    // A line with no word to look for, or with a filter it cannot read, is found nowhere and says why, on standard
    // error with its line; the output keeps its place.
    const QString signs = writeLines(s("signs.txt"), s("(((\nBucha in:bogus\n"));
    const CliRun w = test::runCli({s("search"), path, s("--terms"), signs, s("--json")});
    ASSERT_EQ(w.exitCode, 0) << w.err.toStdString();
    ASSERT_EQ(w.json().array().size(), 2);
    EXPECT_EQ(w.json().array().at(0).toObject().value(s("hits")).toInteger(), 0);
    EXPECT_TRUE(w.err.contains(s("line 1"))) << w.err.toStdString();
    EXPECT_TRUE(w.err.contains(s("no word to search for"))) << w.err.toStdString();
    EXPECT_TRUE(w.err.contains(s("line 2"))) << w.err.toStdString();
    EXPECT_TRUE(w.err.contains(s("in:bogus"))) << w.err.toStdString();
}

TEST_F(SearchCli, ABadUserVariantsTableIsAWarningAndTheSearchGoesOnWithTheBundledTable)
{
    // The user's table lives in the application's data folder ($XDG_DATA_HOME/Corroborate/Corroborate).
    ASSERT_TRUE(QDir(dir.path()).mkpath(s("data/Corroborate/Corroborate")));
    const QString table = writeLines(s("data/Corroborate/Corroborate/name-variants.tsv"), s("nonsense\n"));
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dir.filePath(s("data")).toUtf8());
    const CliRun r = test::runCli({s("search"), path, s("Kharkov"), s("--json")});
    if (wasSet) {
        qputenv("XDG_DATA_HOME", saved);
    } else {
        qunsetenv("XDG_DATA_HOME");
    }
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(s("warning: "))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(s("error:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(table)) << r.err.toStdString();
    EXPECT_FALSE(r.json().array().isEmpty()) << "Kharkov still finds Kharkiv through the bundled table";
}

TEST_F(SearchCli, AFilterWithAValueItDoesNotTakeIsAWarningAndSearchedAsWords)
{
    const CliRun r = test::runCli({s("search"), path, s("Kharkov in:bogus"), s("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(s("warning: in:bogus is not a filter"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s("claims, reports, notes or sources"))) << r.err.toStdString();
    EXPECT_TRUE(r.json().isArray()) << "the results still go to standard output: " << r.out.toStdString();
    const QString lines = writeLines(s("q.txt"), s("Kharkov\nKharkov published:2022-13\n"));
    const CliRun batch = test::runCli({s("search"), path, s("--queries"), lines, s("--json")});
    EXPECT_EQ(batch.exitCode, 0);
    EXPECT_TRUE(batch.err.contains(s("published:2022-13 is not a filter"))) << batch.err.toStdString();
    EXPECT_TRUE(batch.err.contains(s("line 2"))) << batch.err.toStdString();
    EXPECT_EQ(batch.json().array().size(), 2);
    EXPECT_TRUE(test::runCli({s("search"), path, s("Kharkov in:claims"), s("--json")}).err.isEmpty());
}

TEST_F(SearchCli, AFilterThatNamesNothingOfTheCaseIsAWarning)
{
    // A misspelt outlet finds nothing: the warning says it is the name, not the words.
    const CliRun r = test::runCli({s("search"), path, s("Kharkiv outlet:Reuterz"), s("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.json().array().isEmpty());
    EXPECT_TRUE(r.err.startsWith(s("warning: outlet:Reuterz names nothing in this case"))) << r.err.toStdString();
    const QString lines = writeLines(s("named.txt"), s("Kharkiv\nKharkiv report:\"no such title\"\n"));
    const CliRun batch = test::runCli({s("search"), path, s("--queries"), lines, s("--json")});
    EXPECT_EQ(batch.exitCode, 0);
    EXPECT_TRUE(batch.err.contains(s("report:\"no such title\" names nothing"))) << batch.err.toStdString();
    EXPECT_TRUE(batch.err.contains(s("(line 2)"))) << batch.err.toStdString();
    EXPECT_FALSE(batch.err.contains(s("line 1"))) << batch.err.toStdString();
    // A title's word names a report: no warning.
    const QJsonArray listed = test::runCli({s("reports"), path, s("--json")}).json().array();
    ASSERT_FALSE(listed.isEmpty());
    const QString word = listed.at(0).toObject().value(s("title")).toString().section(u' ', 0, 0);
    const CliRun titled = test::runCli({s("search"), path, s("report:") + word, s("--json")});
    EXPECT_TRUE(titled.err.isEmpty()) << word.toStdString() << ": " << titled.err.toStdString();
}

TEST_F(SearchCli, AnInfixNearWithNothingToJoinIsAWarning)
{
    // "(Kharkov OR) NEAR/5 troops" searched the word "near" and found nothing without a word of why.
    const CliRun r = test::runCli({s("search"), path, s("(Kharkov OR) NEAR/5 troops"), s("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.json().isArray()) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(s("warning: NEAR/5 is searched as a word"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s("(Kyiv OR Kharkiv) NEAR/5 shelling"))) << r.err.toStdString();
    // Read as NEAR: no warning.
    EXPECT_TRUE(test::runCli({s("search"), path, s("(Kharkov troops) NEAR/5 city"), s("--json")}).err.isEmpty());
}

TEST_F(SearchCli, ReindexKeepsVerifyGreen)
{
    EXPECT_EQ(test::runCli({s("reindex"), path}).exitCode, 0);
    const CliRun v = test::runCli({s("verify"), path, s("--json")});
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString();
    EXPECT_TRUE(v.json().object().value(s("ok")).toBool());
}

TEST_F(SearchCli, VerifyNamesTheReportTheIndexLacks)
{
    // The problem's "report" was null although its words named the report.
    ASSERT_EQ(test::rawExec(path, s("DELETE FROM search_docs WHERE doc_id = 4")), QString()); // report 1
    const CliRun v = test::runCli({s("verify"), path, s("--json")});
    EXPECT_EQ(v.exitCode, 1) << v.out.toStdString();
    const QJsonArray problems = v.json().object().value(s("problems")).toArray();
    ASSERT_FALSE(problems.isEmpty());
    const QJsonObject first = problems.at(0).toObject();
    EXPECT_EQ(first.value(s("report")).toInt(), 1) << v.out.toStdString();
    EXPECT_TRUE(first.value(s("detail")).toString().contains(s("report 1"))) << v.out.toStdString();
    EXPECT_EQ(test::runCli({s("reindex"), path}).exitCode, 0);
    EXPECT_EQ(test::runCli({s("verify"), path}).exitCode, 0);
}

TEST_F(SearchCli, UsageErrors)
{
    EXPECT_EQ(test::runCli({s("search"), path}).exitCode, 2);
    EXPECT_EQ(test::runCli({s("search"), path, s("x"), s("--limit"), s("0")}).exitCode, 2);
    const CliRun huge = test::runCli({s("search"), path, s("x"), s("--limit"), s("99999999999")});
    EXPECT_EQ(huge.exitCode, 2);
    EXPECT_TRUE(huge.err.contains(s("from 1 to"))) << huge.err.toStdString();
    // Two lists of lines: which one was meant is not guessed (--terms alone used to win).
    const QString lines = writeLines(s("lines.txt"), s("Bucha\n"));
    const CliRun both = test::runCli({s("search"), path, s("--queries"), lines, s("--terms"), lines, s("--json")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(s("not both"))) << both.err.toStdString();
    EXPECT_TRUE(both.out.isEmpty());
}
