// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corroborate-cli end to end for text import: inferred metadata, excluded ranges, bad input, near-duplicates.
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using test::runCli;

using corrob::test::writeFile;

namespace {

QString newCase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("t.corrob"));
    EXPECT_EQ(runCli({QStringLiteral("new"), path}).exitCode, 0);
    return path;
}

QJsonObject reportById(const QJsonArray& reports, int id)
{
    for (const auto& r : reports) {
        if (r.toObject().value(QStringLiteral("id")).toInt() == id) {
            return r.toObject();
        }
    }
    return {};
}

} // namespace

TEST(CliImportText, ImportAndReportsShowTheInferredMetadata)
{
    QTemporaryDir dir;
    const QString path = newCase(dir);
    const auto imported =
        runCli(QStringList{QStringLiteral("import"), path} + test::seedFiles() + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonArray items = imported.json().object().value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items.at(1).toObject().value(QStringLiteral("outlet")).toString(), QStringLiteral("Fox News"));
    EXPECT_EQ(items.at(4).toObject().value(QStringLiteral("published")).toString(), QStringLiteral("2022"));
    for (const auto& item : items) {
        EXPECT_EQ(item.toObject().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        EXPECT_TRUE(item.toObject().contains(QStringLiteral("near_duplicate_of")));
        EXPECT_FALSE(item.toObject().value(QStringLiteral("excluded_ranges")).toArray().isEmpty());
    }
    const QJsonArray reports = runCli({QStringLiteral("reports"), path, QStringLiteral("--json")}).json().array();
    ASSERT_EQ(reports.size(), 5);
    const QJsonObject commonDreams = reports.at(2).toObject();
    EXPECT_EQ(commonDreams.value(QStringLiteral("author")).toString(), QStringLiteral("Jessica Corbett"));
    EXPECT_EQ(commonDreams.value(QStringLiteral("outlet")).toString(), QStringLiteral("Common Dreams"));
    const QJsonObject republished = reports.at(4).toObject();
    EXPECT_EQ(republished.value(QStringLiteral("outlet")).toString(), QStringLiteral("Al Jazeera"));
    EXPECT_EQ(republished.value(QStringLiteral("republished_by")).toString(), QStringLiteral("Genocide Watch"));
    EXPECT_EQ(reports.at(3).toObject().value(QStringLiteral("translation_credit")).toString(),
              QStringLiteral("Lara Lema"));
    for (const auto& r : reports) {
        EXPECT_TRUE(r.toObject().value(QStringLiteral("warnings")).isArray());
        EXPECT_EQ(r.toObject().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }
}

TEST(CliImportText, ListsExcludesAndIncludesRanges)
{
    QTemporaryDir dir;
    const QString path = newCase(dir);
    ASSERT_EQ(runCli({QStringLiteral("import"), path, test::seedFiles().at(2)}).exitCode, 0);
    const auto listed = runCli({QStringLiteral("exclusions"), path, QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray ranges = listed.json().array();
    ASSERT_GE(ranges.size(), 5);
    const QJsonObject first = ranges.at(0).toObject();
    for (const char* key : {"id", "start", "end", "reason", "origin", "text"}) {
        EXPECT_TRUE(first.contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_EQ(first.value(QStringLiteral("text")).toString().trimmed(), QStringLiteral("Skip to main content"));

    const QString all = runCli({QStringLiteral("text"), path, QStringLiteral("1"), QStringLiteral("--all")}).out;
    const qsizetype start = all.indexOf(QStringLiteral("Amnesty was far from alone"));
    ASSERT_GT(start, 0);
    const auto added = runCli({QStringLiteral("exclude"), path, QStringLiteral("1"), QStringLiteral("--start"),
                               QString::number(start), QStringLiteral("--end"), QString::number(start + 26),
                               QStringLiteral("--reason"), QStringLiteral("off topic"), QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const int id = added.json().object().value(QStringLiteral("id")).toInt();
    EXPECT_GT(id, 0);
    EXPECT_EQ(added.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("off topic"));
    EXPECT_FALSE(
        runCli({QStringLiteral("text"), path, QStringLiteral("1")}).out.contains(QStringLiteral("far from alone")));

    const auto included =
        runCli({QStringLiteral("include"), path, QStringLiteral("1"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(included.exitCode, 0) << included.err.toStdString();
    EXPECT_EQ(included.json().object().value(QStringLiteral("id")).toInt(), id) << "prints the range it removed";
    EXPECT_EQ(included.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("off topic"));
    EXPECT_EQ(included.json().object().value(QStringLiteral("start")).toInteger(), start);
    EXPECT_TRUE(
        runCli({QStringLiteral("text"), path, QStringLiteral("1")}).out.contains(QStringLiteral("far from alone")));
    EXPECT_EQ(runCli({QStringLiteral("exclusions"), path, QStringLiteral("1"), QStringLiteral("--json")})
                  .json()
                  .array()
                  .size(),
              ranges.size());

    // Bad usage is 2; a range or report that does not exist is 1; the case verifies after all of it.
    EXPECT_EQ(
        runCli({QStringLiteral("exclude"), path, QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("5")})
            .exitCode,
        2);
    EXPECT_EQ(runCli({QStringLiteral("exclude"), path, QStringLiteral("1"), QStringLiteral("--start"),
                      QStringLiteral("9"), QStringLiteral("--end"), QStringLiteral("3")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("exclude"), path, QStringLiteral("1"), QStringLiteral("--start"),
                      QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("99999999")})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({QStringLiteral("include"), path, QStringLiteral("1"), QString::number(id)}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("exclusions"), path, QStringLiteral("7")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("include"), path, QStringLiteral("1"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("verify"), path}).exitCode, 0);
}

TEST(CliImportText, BadFilesFailByNameTheRestImportAndTheCaseVerifies)
{
    QTemporaryDir dir;
    const QString path = newCase(dir);
    const QString folder = dir.filePath(QStringLiteral("in"));
    writeFile(folder + QStringLiteral("/good.txt"), QByteArray("Kharkiv shelled\n\nResidents described the attack.\n"));
    writeFile(folder + QStringLiteral("/latin.txt"), QByteArray("Caf\xE9 owners flee\n\nThey said \x93we left\x94.\n"));
    writeFile(folder + QStringLiteral("/empty.txt"), QByteArray());
    writeFile(folder + QStringLiteral("/blob.bin"), QByteArray(4096, '\0'));
    writeFile(folder + QStringLiteral("/.DS_Store"), QByteArray("\0\0\0\1Bud1", 8));
    ASSERT_TRUE(QFile::link(folder, folder + QStringLiteral("/loop")));
    const QString vanished = dir.filePath(QStringLiteral("vanished.txt"));

    const auto run = runCli({QStringLiteral("import"), path, folder, vanished, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject o = run.json().object();
    EXPECT_EQ(o.value(QStringLiteral("imported")).toArray().size(), 2);
    QStringList failed;
    for (const auto& f : o.value(QStringLiteral("failed")).toArray()) {
        failed << QFileInfo(f.toObject().value(QStringLiteral("file")).toString()).fileName();
        EXPECT_FALSE(f.toObject().value(QStringLiteral("error")).toString().isEmpty());
    }
    failed.sort();
    EXPECT_EQ(failed, (QStringList{QStringLiteral("empty.txt"), QStringLiteral("vanished.txt")}));
    // A folder import takes report formats only: the rest is skipped, not failed.
    const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped.at(0).toObject().value(QStringLiteral("file")).toString().endsWith(QStringLiteral("blob.bin")));
    EXPECT_TRUE(skipped.at(0).toObject().value(QStringLiteral("report")).isNull()) << "it repeats no report";
    for (const char* name : {"empty.txt", "vanished.txt"}) {
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(name))) << "stderr names " << name;
    }

    const QJsonArray reports = runCli({QStringLiteral("reports"), path, QStringLiteral("--json")}).json().array();
    ASSERT_EQ(reports.size(), 2);
    int withWarning = 0;
    for (const auto& r : reports) {
        const QJsonArray warnings = r.toObject().value(QStringLiteral("warnings")).toArray();
        if (!warnings.isEmpty()) {
            ++withWarning;
            EXPECT_TRUE(warnings.at(0).toString().contains(QStringLiteral("Windows-1252")));
            EXPECT_EQ(r.toObject().value(QStringLiteral("title")).toString(), QStringLiteral(u"Café owners flee"));
        }
    }
    EXPECT_EQ(withWarning, 1);
    EXPECT_EQ(runCli({QStringLiteral("verify"), path}).exitCode, 0);
}

TEST(CliImportText, FlagsANearDuplicateInTheImportJson)
{
    QTemporaryDir dir;
    const QString path = newCase(dir);
    ASSERT_EQ(runCli(QStringList{QStringLiteral("import"), path} + test::seedFiles()).exitCode, 0);
    QFile seed(test::seedFiles().at(4));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    QByteArray crlf = seed.readAll();
    crlf.replace("\n", "\r\n");
    const QString copy = dir.filePath(QStringLiteral("kharkiv-crlf.txt"));
    writeFile(copy, crlf);
    const auto run = runCli({QStringLiteral("import"), path, copy, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray imported = run.json().object().value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(imported.at(0).toObject().value(QStringLiteral("near_duplicate_of")).toInt(), 5);
    const QJsonArray reports = runCli({QStringLiteral("reports"), path, QStringLiteral("--json")}).json().array();
    EXPECT_EQ(reportById(reports, 6).value(QStringLiteral("near_duplicate_of")).toInt(), 5);
    EXPECT_TRUE(reportById(reports, 5).value(QStringLiteral("near_duplicate_of")).isNull());
}

TEST(CliImportText, HelpListsTheExclusionCommands)
{
    const auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"exclusions", "exclude", "include"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
        EXPECT_EQ(runCli({QString::fromLatin1(command), QStringLiteral("--help")}).exitCode, 0) << command;
    }
}
