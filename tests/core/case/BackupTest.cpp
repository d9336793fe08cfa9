// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: backups through SQLite's online backup API, on demand and before every schema upgrade.
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/CaseFile.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using corrob::test::rawQuery;

namespace {

std::unique_ptr<Case> sampleCase(const QString& path)
{
    auto c = Case::create(path, QStringLiteral("Backed up"), {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    const ImportOutcome outcome = ImportService(*c.value()).importPaths(test::seedFiles(), {});
    EXPECT_EQ(outcome.imported.size(), 5u);
    return std::move(c).value();
}

} // namespace

TEST(Backup, CopiesAnOpenCaseIntoACaseThatOpensAndVerifies)
{
    QTemporaryDir dir;
    auto c = sampleCase(dir.filePath(QStringLiteral("case.corrob")));
    const QString target = dir.filePath(QStringLiteral("copy.corrob"));
    std::vector<std::pair<qint64, qint64>> steps;
    auto made = c->backup(target, false, [&](qint64 done, qint64 total) {
        steps.emplace_back(done, total);
        return true;
    });
    ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps.back().first, steps.back().second) << "the last progress step says all pages are copied";
    EXPECT_FALSE(QFileInfo::exists(target + u".part"));

    // The case stays open and usable, and the copy is a case of its own.
    EXPECT_EQ(ImportService(*c).importBytes("A later report.\n", QStringLiteral("later.txt"), {}).imported.size(), 1u);
    auto copy = Case::open(target, {QStringLiteral("tester")}, Case::Access::ReadOnly);
    ASSERT_TRUE(copy.ok()) << copy.error().toString().toStdString();
    EXPECT_EQ(copy.value()->reports()->size(), 5u) << "the copy holds the case as it was when backed up";
    auto check = verifyCase(*copy.value());
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
    EXPECT_EQ(check->reportsChecked, 5);
    EXPECT_EQ(rawQuery(target, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(Backup, NeverOverwritesSilentlyNorTheCaseItself)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.corrob"));
    auto c = sampleCase(path);
    const QString target = dir.filePath(QStringLiteral("older backup.corrob"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("an older backup");
    }
    auto refused = c->backup(target, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(refused.error().context, target);
    QFile older(target);
    ASSERT_TRUE(older.open(QIODevice::ReadOnly));
    EXPECT_EQ(older.readAll(), QByteArray("an older backup"));
    older.close();

    const QStringList own = {path, path + u"-wal", path + u"-shm", dir.path() + QStringLiteral("/./case.corrob")};
    for (const QString& ownFile : own) {
        auto self = c->backup(ownFile, true);
        ASSERT_FALSE(self.ok()) << ownFile.toStdString();
        EXPECT_EQ(self.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_EQ(c->reports()->size(), 5u);

    // Confirmed: replaced by a whole, verified copy.
    ASSERT_TRUE(c->backup(target, true).ok());
    auto copy = Case::open(target, {QStringLiteral("tester")}, Case::Access::ReadOnly);
    ASSERT_TRUE(copy.ok()) << copy.error().toString().toStdString();
    EXPECT_EQ(copy.value()->reports()->size(), 5u);
}

TEST(Backup, ACancelledBackupLeavesNothing)
{
    QTemporaryDir dir;
    auto c = sampleCase(dir.filePath(QStringLiteral("case.corrob")));
    const QString target = dir.filePath(QStringLiteral("cancelled.corrob"));
    auto cancelled = c->backup(target, false, [](qint64, qint64) { return false; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + u".part"));
}

TEST(Backup, AnUpgradeKeepsTheCaseAsItWasBesideIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old case.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString reportsBefore = rawQuery(path, QStringLiteral("SELECT count(*) FROM reports"));

    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    const Case::UpgradeBackup& kept = c.value()->upgradeBackup();
    ASSERT_FALSE(kept.path.isEmpty());
    EXPECT_EQ(kept.fromVersion, 1);
    EXPECT_EQ(kept.toVersion, storage::caseSchemaVersion());
    EXPECT_EQ(QFileInfo(kept.path).dir(), QFileInfo(path).dir());
    EXPECT_TRUE(QFileInfo(kept.path).fileName().startsWith(
        QStringLiteral("old case (before schema %1, ").arg(storage::caseSchemaVersion())))
        << kept.path.toStdString();
    EXPECT_TRUE(kept.path.endsWith(u").corrob"));
    EXPECT_EQ(rawQuery(kept.path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    EXPECT_EQ(rawQuery(kept.path, QStringLiteral("SELECT count(*) FROM reports")), reportsBefore);
    EXPECT_EQ(rawQuery(kept.path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));

    // Opened again: nothing left to upgrade, no second copy.
    c.value().reset();
    auto again = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value()->upgradeBackup().path.isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.corrob")}, QDir::Files).size(), 2);
}

TEST(Backup, TwoBackupsInOneSecondGetTwoNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.corrob"));
    const QDateTime when(QDate(2026, 12, 4), QTime(18, 30, 5));
    const QString first = storage::CaseFile::upgradeBackupPath(path, 4, when);
    EXPECT_EQ(QFileInfo(first).fileName(), QStringLiteral("case (before schema 4, 2026-12-04 183005).corrob"));
    QFile f(first);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    EXPECT_EQ(QFileInfo(storage::CaseFile::upgradeBackupPath(path, 4, when)).fileName(),
              QStringLiteral("case (before schema 4, 2026-12-04 183005 2).corrob"));
}

TEST(Backup, AnUpgradeKeepsOnlyTheNewestCopiesOfItsCase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old case.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto touch = [&](const QString& name) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << name.toStdString();
        f.write("copy");
    };
    // Copies made before earlier upgrades, oldest first (one with the WAL an opened copy leaves), and files that
    // only look like them: another case's copy, a copy of a copy, an interrupted copy, a note.
    const QStringList older = {QStringLiteral("old case (before schema 2, 2025-01-05 090000).corrob"),
                               QStringLiteral("old case (before schema 3, 2026-03-01 120000).corrob"),
                               QStringLiteral("old case (before schema 3, 2026-03-01 120000 2).corrob"),
                               QStringLiteral("old case (before schema 4, 2026-11-30 235959).corrob")};
    for (const QString& name : older) {
        touch(name);
    }
    touch(older.front() + u"-wal");
    const QStringList others = {QStringLiteral("other case (before schema 2, 2020-01-01 000000).corrob"),
                                QStringLiteral("old case 2 (before schema 2, 2020-01-01 000000).corrob"),
                                QStringLiteral("old case (before schema 2, 2025-01-05 090000) "
                                               "(before schema 3, 2025-02-01 000000).corrob"),
                                QStringLiteral("old case (before schema 2, 2019-01-01 000000).corrob.part"),
                                QStringLiteral("old case (before schema 2, notes).txt")};
    for (const QString& name : others) {
        touch(name);
    }

    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    const Case::UpgradeBackup& kept = c.value()->upgradeBackup();
    ASSERT_FALSE(kept.path.isEmpty());

    // The new copy and the two newest older ones stay; the two oldest (and the WAL beside one) are gone.
    EXPECT_TRUE(QFileInfo::exists(kept.path));
    EXPECT_EQ(rawQuery(kept.path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(older.at(3))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(older.at(2))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(older.at(1))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(older.at(0))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(older.at(0) + u"-wal")));
    EXPECT_EQ(kept.removed, (QStringList{dir.filePath(older.at(1)), dir.filePath(older.at(0))}));
    for (const QString& name : others) {
        EXPECT_TRUE(QFileInfo::exists(dir.filePath(name))) << name.toStdString() << " is not a copy of this case";
    }
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(Backup, AFailedUpgradeRemovesNoCopy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.corrob"));
    for (const char* when : {"2026-01-01 000000", "2026-02-01 000000", "2026-03-01 000000", "2026-04-01 000000"}) {
        QFile f(dir.filePath(QStringLiteral("case (before schema 4, %1).corrob").arg(QLatin1String(when))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    // Not a case at all: refused before any upgrade.
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a case");
    }
    EXPECT_FALSE(Case::open(path, {QStringLiteral("tester")}).ok());
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("case (before schema *).corrob")}, QDir::Files).size(), 4);
    // Asked directly, the same folder keeps the newest three.
    EXPECT_EQ(storage::CaseFile::removeOldUpgradeBackups(path),
              QStringList{dir.filePath(QStringLiteral("case (before schema 4, 2026-01-01 000000).corrob"))});
}
