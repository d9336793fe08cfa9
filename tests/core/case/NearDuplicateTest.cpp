// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/CaseSchema.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

QByteArray seedBytes(int i)
{
    QFile f(test::seedFiles().at(i));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

std::unique_ptr<Case> newCase(const QTemporaryDir& dir)
{
    auto c = Case::create(dir.filePath(QStringLiteral("dup.corrob")), QString(), {QStringLiteral("tester")});
    EXPECT_TRUE(c.ok());
    return std::move(c).value();
}

} // namespace

TEST(NearDuplicates, TheSeedsAreNotNearDuplicatesOfEachOther)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    const ImportOutcome outcome = ImportService(*c).importPaths(test::seedFiles(), {});
    ASSERT_EQ(outcome.imported.size(), 5u);
    for (const auto& f : outcome.imported) {
        EXPECT_FALSE(f.report.nearDuplicateOf.isValid()) << f.file.toStdString();
    }
}

TEST(NearDuplicates, CrlfCopyAndLightlyEditedCopyAreImportedAndFlagged)
{
    QTemporaryDir dir;
    auto c = newCase(dir);
    ImportService service(*c);
    const ImportOutcome first = service.importPaths(test::seedFiles(), {});
    ASSERT_EQ(first.imported.size(), 5u);
    const ReportId commonDreams = first.imported.at(2).report.id;

    QByteArray crlf = seedBytes(2);
    crlf.replace("\n", "\r\n");
    const ImportOutcome a = service.importBytes(crlf, QStringLiteral("crlf.txt"), {});
    ASSERT_EQ(a.imported.size(), 1u) << "different bytes: not an exact duplicate";
    EXPECT_EQ(a.imported.front().report.nearDuplicateOf, commonDreams);

    QByteArray edited = seedBytes(2);
    edited.replace("Amnesty was far from alone in sounding the alarm about Russia violating international law.",
                   "Several other organisations raised the same alarm on Friday.");
    // The same article captured from another site: other furniture around it.
    edited.replace("Skip to main content", "Menu\n\nHome");
    const ImportOutcome b = service.importBytes(edited, QStringLiteral("edited.txt"), {});
    ASSERT_EQ(b.imported.size(), 1u);
    EXPECT_EQ(b.imported.front().report.nearDuplicateOf, commonDreams);
    EXPECT_EQ(c->report(b.imported.front().report.id)->nearDuplicateOf, commonDreams);

    const ImportOutcome exact = service.importBytes(seedBytes(2), QStringLiteral("again.txt"), {});
    ASSERT_EQ(exact.skipped.size(), 1u) << "identical originals are still skipped";

    auto check = verifyCase(*c);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(NearDuplicates, UpgradingTheVersionOneFixtureSignsItsReports)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    {
        auto c = Case::open(path, {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
        EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA user_version")),
                  QString::number(storage::caseSchemaVersion()));
        EXPECT_EQ(test::rawQuery(path, QStringLiteral("SELECT count(*) FROM report_signatures")), QStringLiteral("5"));
        EXPECT_EQ(test::rawQuery(path, QStringLiteral("SELECT count(*) FROM report_signature_bands")),
                  QStringLiteral("80"));
        // A CRLF copy of a report that was imported by schema version 1 is found through the backfilled signature.
        QByteArray crlf = seedBytes(1);
        crlf.replace("\n", "\r\n");
        const ImportOutcome outcome = ImportService(*c.value()).importBytes(crlf, QStringLiteral("fox-crlf.txt"), {});
        ASSERT_EQ(outcome.imported.size(), 1u);
        EXPECT_EQ(outcome.imported.front().report.nearDuplicateOf, ReportId(2));
        auto check = verifyCase(*c.value());
        ASSERT_TRUE(check.ok());
        EXPECT_TRUE(check->ok());
    }
}

TEST(NearDuplicates, OpensTheVersionTwoFixtureWithItsSignaturesAndMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v2.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    // Upgraded to the latest version (3: reports.deleted_at), every report still listed.
    EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA user_version")),
              QString::number(storage::caseSchemaVersion()));
    const auto reports = c.value()->reports();
    ASSERT_TRUE(reports.ok());
    ASSERT_EQ(reports->size(), 5u);
    EXPECT_EQ(reports->at(4).metadata.republishedBy, QStringLiteral("Genocide Watch"));
    EXPECT_EQ(test::rawQuery(path, QStringLiteral("SELECT count(*) FROM report_signatures")), QStringLiteral("5"));
    auto check = verifyCase(*c.value());
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}
