// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// decisions/0013: one window per case (CaseLock), the read-only view a second window gets, and imports that never
// read the open case's own files.
#include "core/case/Case.h"
#include "core/case/CaseLock.h"
#include "core/case/CaseReader.h"
#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>

using namespace corrob;
using namespace corrob::casefile;

namespace {

class CaseFileSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("safe.corrob"));
        auto created = Case::create(m_path, QStringLiteral("Safe"), {QStringLiteral("tester")});
        ASSERT_TRUE(created.ok());
        ImportService import(*created.value());
        ASSERT_EQ(import.importBytes("Troops withdrew on Friday, officials said.\n", QStringLiteral("a.txt"), {})
                      .imported.size(),
                  1U);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(CaseFileSafetyTest, ASecondLockOnACaseFailsNamingTheHolderAndIsFreeOnceReleased)
{
    auto first = CaseLock::acquire(m_path);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(CaseLock::lockPathFor(m_path)));
    EXPECT_TRUE(QFileInfo(CaseLock::lockPathFor(m_path)).fileName().startsWith(u'.')); // hidden beside the case

    auto second = CaseLock::acquire(m_path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Busy);
    EXPECT_TRUE(second.error().message.contains(QString::number(QCoreApplication::applicationPid())))
        << second.error().message.toStdString();
    const auto holder = CaseLock::holder(m_path);
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());

    first.value().reset();
    EXPECT_FALSE(QFileInfo::exists(CaseLock::lockPathFor(m_path)));
    EXPECT_TRUE(CaseLock::acquire(m_path).ok());
}

TEST_F(CaseFileSafetyTest, ALockLeftByAProcessThatDiedIsTakenOver)
{
    // A lock file as a killed window leaves it: the id of a process that has ended.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    ASSERT_TRUE(ended.waitForFinished());
    const qint64 deadPid = ended.processId() > 0 ? ended.processId() : 999999;
    QFile stale(CaseLock::lockPathFor(m_path));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(deadPid) + "\ncorroborate\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();

    auto lock = CaseLock::acquire(m_path);
    EXPECT_TRUE(lock.ok()) << lock.error().toString().toStdString();
}

TEST_F(CaseFileSafetyTest, AReadOnlyViewReadsTheCaseAndRefusesEveryChangeLeavingTheFileAsItWas)
{
    const QString before = test::rawQuery(m_path, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto view = Case::open(m_path, {QStringLiteral("viewer")}, Case::Access::ReadOnly);
    ASSERT_TRUE(view.ok()) << view.error().toString().toStdString();
    EXPECT_TRUE(view.value()->isReadOnly());
    auto reports = view.value()->reports();
    ASSERT_TRUE(reports.ok());
    ASSERT_EQ(reports->size(), 1U);

    ClaimDraft draft;
    draft.report = reports->front().id;
    draft.start = 0;
    draft.end = 6;
    AddClaim add(draft);
    EXPECT_FALSE(add.apply(*view.value()).ok());
    ImportService import(*view.value());
    EXPECT_TRUE(import.importBytes("Another report.\n", QStringLiteral("b.txt"), {}).imported.empty());

    EXPECT_EQ(test::rawQuery(m_path, QStringLiteral("SELECT count(*) FROM audit_log")), before);
    CaseReader reader(*view.value());
    EXPECT_TRUE(reader.claims()->empty());
}

TEST_F(CaseFileSafetyTest, AReadOnlyViewRefusesACaseThatNeedsAnUpgradeWithoutTouchingIt)
{
    // A real case of schema version 1 (a file merely relabelled as version 1 is refused as altered: its tables are
    // not version 1's).
    QFile::remove(m_path);
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), m_path));
    const QByteArray bytes = [&] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto view = Case::open(m_path, {QStringLiteral("viewer")}, Case::Access::ReadOnly);
    ASSERT_FALSE(view.ok());
    EXPECT_EQ(view.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(view.error().message.contains(u"upgraded")) << view.error().message.toStdString();
    QFile after(m_path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
}

TEST_F(CaseFileSafetyTest, ImportRefusesTheOpenCaseAndItsSqliteFilesBeforeReadingThem)
{
    auto opened = Case::open(m_path, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(QFileInfo::exists(m_path + u"-wal"));
    // The case through a link, its WAL and shared memory, and another case: each refused by name or stat().
    ASSERT_TRUE(QFile::link(m_path, m_dir.filePath(QStringLiteral("link-to-case"))));
    const QString otherCase = m_dir.filePath(QStringLiteral("other.corrob"));
    test::writeFile(otherCase, "SQLite format 3");
    // A hard link to the WAL under an innocent name: the same file on disk, found by its identity.
    const QString walLink = m_dir.filePath(QStringLiteral("notes-from-tuesday.txt"));
    std::error_code linked;
    std::filesystem::create_hard_link(QFile::encodeName(m_path + u"-wal").toStdString(),
                                      QFile::encodeName(walLink).toStdString(), linked);
    ASSERT_FALSE(linked) << linked.message();
    const QStringList paths = {m_path, m_path + u"-wal", m_path + u"-shm", walLink, otherCase};
    ImportService import(*opened.value());
    const ImportOutcome outcome = import.importPaths(paths, {});
    EXPECT_TRUE(outcome.imported.empty());
    ASSERT_EQ(outcome.failed.size(), 5U);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_TRUE(outcome.failed[i].error.contains(u"open case's own file"))
            << outcome.failed[i].file.toStdString() << ": " << outcome.failed[i].error.toStdString();
    }
    EXPECT_TRUE(outcome.failed[4].error.contains(u"a case file, not a report"));
    EXPECT_TRUE(ImportService::refusesCaseFile(m_dir.filePath(QStringLiteral("link-to-case")), m_path)
                    .contains(u"open case's own file"));
    EXPECT_EQ(ImportService::refusesCaseFile(m_dir.filePath(QStringLiteral("notes.txt")), m_path), QString());
}

} // namespace
