// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: `corroborate-cli backup`, the copy kept before an upgrade, and two CLI processes writing at once.
#include "tests/support/CliRun.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::test::runCli;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(BackupCli, WritesACopyThatOpensAndVerifiesAndNeverOverwrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("case.corrob"));
    ASSERT_EQ(runCli({s("new"), path}).exitCode, 0);
    ASSERT_EQ(runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    const QString copy = dir.filePath(s("copy.corrob"));

    const auto made = runCli({s("backup"), path, s("--out"), copy, s("--json")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_EQ(made.json().object().value(s("backup")).toString(), copy);
    EXPECT_GT(made.json().object().value(s("bytes")).toInteger(), 0);
    const auto verified = runCli({s("verify"), copy, s("--json")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_EQ(verified.json().object().value(s("reports_checked")).toInt(), 5);
    EXPECT_EQ(runCli({s("reports"), copy, s("--json")}).json().array().size(), 5);

    // An existing file is never replaced: exit 1, the error names it, the file is as it was.
    const QByteArray before = [&] {
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ASSERT_EQ(runCli({s("import"), path, test::dataDir() + s("/text/article.md")}).exitCode, 0);
    const auto again = runCli({s("backup"), path, s("--out"), copy});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.startsWith(s("error: a file with this name already exists"))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(copy));
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);

    const auto noOut = runCli({s("backup"), path});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(s("--out"))) << noOut.err.toStdString();
}

TEST(BackupCli, AnUpgradeKeepsTheOldCaseAndSaysWhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("old.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + s("/case-v2.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto listed = runCli({s("reports"), path, s("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.err.startsWith(s("note: upgraded the case from schema version 2 to ")))
        << listed.err.toStdString();
    const QStringList kept = QDir(dir.path()).entryList({s("old (before schema *).corrob")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(listed.err.contains(dir.filePath(kept.front())));
    EXPECT_EQ(test::rawQuery(dir.filePath(kept.front()), s("PRAGMA user_version")), s("2"));
    // The next command has nothing to upgrade and says nothing.
    const auto second = runCli({s("reports"), path, s("--json")});
    EXPECT_TRUE(second.err.isEmpty()) << second.err.toStdString();
}

// Two processes writing one case at once: each waits for the other's transaction (busy timeout) or fails with a
// message saying the case is in use, and the case is never corrupted.
TEST(BackupCli, TwoCliWritersAtOnceNeverCorruptTheCase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("shared.corrob"));
    ASSERT_EQ(runCli({s("new"), path}).exitCode, 0);
    const int kFiles = 12;
    for (const char* folder : {"a", "b"}) {
        QDir(dir.path()).mkdir(s(folder));
        for (int i = 0; i < kFiles; ++i) {
            QFile f(dir.filePath(s("%1/report-%2.txt").arg(s(folder)).arg(i)));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            for (int line = 0; line < 200; ++line) {
                f.write(s("Writer %1, report %2, paragraph %3: shelling reported near the station.\n\n")
                            .arg(s(folder))
                            .arg(i)
                            .arg(line)
                            .toUtf8());
            }
        }
    }
    QProcess a;
    QProcess b;
    a.start(test::cliPath(), {s("import"), path, dir.filePath(s("a")), s("--json")});
    b.start(test::cliPath(), {s("import"), path, dir.filePath(s("b")), s("--json")});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    int imported = 0;
    for (QProcess* p : {&a, &b}) {
        const QString err = QString::fromUtf8(p->readAllStandardError());
        EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
        const QJsonObject out = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        imported += out.value(s("imported")).toArray().size();
        for (const auto& failed : out.value(s("failed")).toArray()) {
            // Waiting longer than the busy timeout is the only acceptable failure, and it says so.
            EXPECT_TRUE(failed.toObject().value(s("error")).toString().contains(s("in use by another program")))
                << failed.toObject().value(s("error")).toString().toStdString();
        }
        EXPECT_TRUE(p->exitCode() == 0 || err.contains(s("in use by another program"))) << err.toStdString();
    }
    EXPECT_GT(imported, kFiles) << "both writers got work done";
    EXPECT_EQ(test::rawQuery(path, s("PRAGMA integrity_check")), s("ok"));
    const auto verified = runCli({s("verify"), path, s("--json")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_EQ(verified.json().object().value(s("reports_checked")).toInt(), imported);
    EXPECT_EQ(test::rawQuery(path, s("SELECT count(*) FROM reports")), QString::number(imported));
}

TEST(BackupCli, ADamagedCaseIsNamedAndNoCopyOrItsFilesAreLeft)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("case.corrob"));
    ASSERT_EQ(runCli({s("new"), path}).exitCode, 0);
    ASSERT_EQ(runCli(QStringList{s("import"), path} + test::seedFiles()).exitCode, 0);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(8192));
        ASSERT_EQ(file.write(QByteArray(4000, '\xde')), 4000);
    }
    const QString copy = dir.filePath(s("copy.corrob"));
    const auto made = runCli({s("backup"), path, s("--out"), copy});
    EXPECT_EQ(made.exitCode, 3) << made.err.toStdString();
    EXPECT_TRUE(made.err.contains(s("damaged"))) << made.err.toStdString();
    EXPECT_TRUE(made.err.contains(s("(") + path + s(")")))
        << "the case is named, not the copy: " << made.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList({s("copy.corrob*")}, QDir::Files), QStringList());
}
