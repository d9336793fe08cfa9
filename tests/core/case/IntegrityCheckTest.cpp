// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/IntegrityCheck.h"
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using Kind = IntegrityProblem::Kind;

namespace {

// The five seeds in a case that is closed again, ready to be tampered with.
QString seededCase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("seeds.corrob"));
    auto c = Case::create(path, QString(), {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    EXPECT_EQ(ImportService(*c.value()).importPaths(test::seedFiles(), {}).imported.size(), 5u);
    return path;
}

IntegrityReport verify(const QString& path)
{
    auto c = Case::open(path, {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    auto report = verifyCase(*c.value());
    EXPECT_TRUE(report.ok());
    return report.value();
}

} // namespace

TEST(IntegrityCheck, PassesOnAnUntouchedCase)
{
    QTemporaryDir dir;
    const IntegrityReport report = verify(seededCase(dir));
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.reportsChecked, 5);
    EXPECT_EQ(report.auditEntries, 6); // case.created + five imports
}

TEST(IntegrityCheck, NamesTheReportWhoseOriginalChangedByOneByte)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("UPDATE report_originals SET bytes = "
                                                 "CAST('x' || substr(bytes, 2) AS BLOB) WHERE report_id = 3")),
              QString());
    const IntegrityReport report = verify(path);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems.front().kind, Kind::Original);
    EXPECT_EQ(report.problems.front().report, ReportId(3));
    EXPECT_TRUE(report.problems.front().detail.contains(QStringLiteral("report 3")));
}

TEST(IntegrityCheck, FindsAnOriginalAndItsStoredHashChangedTogether)
{
    // A careful forger replaces the original and its recorded SHA-256: the audit entry of the import still holds
    // the hash the report had when it was collected.
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    const QString forgedHash =
        QString::fromLatin1(QCryptographicHash::hash("forged", QCryptographicHash::Sha256).toHex());
    ASSERT_EQ(test::rawExec(path, QStringLiteral("UPDATE report_originals SET bytes = CAST('forged' AS BLOB) "
                                                 "WHERE report_id = 2; UPDATE reports SET sha256 = '%1' WHERE id = 2")
                                      .arg(forgedHash)),
              QString());
    const IntegrityReport report = verify(path);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems.front().kind, Kind::Audit);
    EXPECT_EQ(report.problems.front().report, ReportId(2));
    EXPECT_TRUE(report.problems.front().detail.contains(QStringLiteral("report 2")));
}

TEST(IntegrityCheck, FindsAWorkingTextEditedOutsideTheProgram)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("UPDATE report_texts SET working_text = replace(working_text, "
                                                 "'Amnesty', 'Amnesia') WHERE report_id = 1")),
              QString());
    const IntegrityReport report = verify(path);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems.front().kind, Kind::Text);
    EXPECT_EQ(report.problems.front().report, ReportId(1));
}

TEST(IntegrityCheck, FindsATamperedAuditEntry)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4")), QString());
    const IntegrityReport report = verify(path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.problems.front().kind, Kind::Audit);
    EXPECT_EQ(report.problems.front().auditSeq, 4);
}

TEST(IntegrityCheck, ReportsTheAuditHeadSoTruncationCanBeProvenFromOutside)
{
    QTemporaryDir dir;
    const QString path = seededCase(dir);
    const IntegrityReport before = verify(path);
    EXPECT_EQ(before.auditHeadSeq, 6);
    EXPECT_EQ(before.auditHeadHash.size(), 64);
    ASSERT_EQ(test::rawExec(path, QStringLiteral("DELETE FROM audit_log WHERE seq = 6")), QString());
    const IntegrityReport after = verify(path);
    EXPECT_EQ(after.auditHeadSeq, 5);
    EXPECT_NE(after.auditHeadHash, before.auditHeadHash);
}
