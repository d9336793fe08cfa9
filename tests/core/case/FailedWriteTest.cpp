// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: a full disk or a read-only file gives a clear error and leaves the case as it was. The failures are
// injected with storage::FaultVfs (CI runs as root, where chmod makes nothing read-only).
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/Database.h"
#include "core/storage/FaultVfs.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using corrob::test::rawQuery;

namespace {

class FailedWrite : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("case.corrob"));
        auto c = Case::create(m_path, QStringLiteral("Failed writes"), {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok());
        ASSERT_EQ(ImportService(*c.value()).importPaths(test::seedFiles().mid(0, 3), {}).imported.size(), 3u);
        m_auditBefore = rawQuery(m_path, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        // A report large enough to need many pages.
        m_big = m_dir.filePath(QStringLiteral("big.txt"));
        QFile f(m_big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4000; ++i) {
            f.write(QStringLiteral("Paragraph %1: the investigators gathered more evidence in Kharkiv.\n\n")
                        .arg(i)
                        .toUtf8());
        }
    }

    // The case opens, passes SQLite's check and verify, and holds exactly what it held before.
    void expectUnchanged()
    {
        auto c = Case::open(m_path, {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
        EXPECT_EQ(c.value()->reports()->size(), 3u);
        auto check = verifyCase(*c.value());
        ASSERT_TRUE(check.ok());
        EXPECT_TRUE(check->ok());
        EXPECT_TRUE(c.value()->database().quickCheck()->isEmpty());
        c.value().reset();
        EXPECT_EQ(rawQuery(m_path, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")),
                  m_auditBefore);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_big;
    QString m_auditBefore;
};

} // namespace

TEST_F(FailedWrite, ADiskFullDuringAnImportSaysSoAndLeavesTheCaseAsItWas)
{
    {
        storage::FaultVfs vfs;
        auto c = Case::open(m_path, {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok());
        vfs.failWritesAfter(16 * 1024);
        const ImportOutcome outcome = ImportService(*c.value()).importPaths({m_big}, {});
        EXPECT_GT(vfs.failedWrites(), 0);
        ASSERT_EQ(outcome.failed.size(), 1u);
        EXPECT_TRUE(outcome.imported.empty());
        EXPECT_TRUE(outcome.failed.front().error.contains(QStringLiteral("disk is full")))
            << outcome.failed.front().error.toStdString();
        EXPECT_TRUE(outcome.failed.front().error.contains(QStringLiteral("as it was")));
        vfs.clear();
        EXPECT_EQ(c.value()->reports()->size(), 3u);
    }
    expectUnchanged();
}

TEST_F(FailedWrite, ADiskFullDuringABackupLeavesNoBackup)
{
    const QString target = m_dir.filePath(QStringLiteral("backup.corrob"));
    {
        storage::FaultVfs vfs;
        auto c = Case::open(m_path, {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok());
        vfs.failWritesAfter(8 * 1024);
        auto made = c.value()->backup(target, false);
        ASSERT_FALSE(made.ok());
        EXPECT_TRUE(made.error().message.contains(QStringLiteral("disk is full")))
            << made.error().message.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + u".part"));
    expectUnchanged();
}

TEST_F(FailedWrite, AReadOnlyFileSaysSoAndLeavesTheCaseAsItWas)
{
    {
        storage::FaultVfs vfs;
        vfs.refuseWrites();
        auto c = Case::open(m_path, {QStringLiteral("tester")});
        if (c.ok()) {
            const ImportOutcome outcome = ImportService(*c.value()).importPaths({m_big}, {});
            ASSERT_EQ(outcome.failed.size(), 1u);
            EXPECT_TRUE(outcome.failed.front().error.contains(QStringLiteral("cannot be written")))
                << outcome.failed.front().error.toStdString();
        } else {
            EXPECT_EQ(c.error().code, ErrorCode::Io);
            EXPECT_TRUE(c.error().message.contains(QStringLiteral("cannot be written")))
                << c.error().message.toStdString();
        }
    }
    expectUnchanged();
}

TEST_F(FailedWrite, ACaseFileThatCannotBeWrittenOpensAsAReadOnlyView)
{
    // The window opened such a case with no sign of it and failed at the first edit, blaming the folder.
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root writes read-only files: run as another user";
    }
    ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto c = Case::open(m_path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_TRUE(c.value()->isReadOnly());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}
