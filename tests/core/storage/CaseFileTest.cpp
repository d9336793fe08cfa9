// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseFile.h"
#include "core/common/Hash.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;
using corrob::test::rawExec;
using corrob::test::rawQuery;

namespace {

model::NewReport sampleReport(const QString& text)
{
    model::NewReport r;
    r.original = text.toUtf8();
    r.sha256 = sha256Hex(QByteArrayView(r.original));
    r.workingText = text;
    r.metadata.title = QStringLiteral("Title");
    r.metadata.published = model::PartialDate::fromIso(QStringLiteral("2022-04"));
    r.provenance.importMethod = QStringLiteral("file");
    r.provenance.capturedAt = utcNowIso();
    r.provenance.mediaType = QStringLiteral("text/plain");
    r.provenance.encoding = QStringLiteral("UTF-8");
    r.excludedRanges = {{0, 4, QStringLiteral("navigation")}};
    return r;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(CaseFile, StoresAndReadsBackAReportOnARealFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.corrob"));
    const model::NewReport report = sampleReport(QStringLiteral("Menu Kharkiv \u2014 cluster munitions"));
    ReportId id;
    {
        auto db = CaseFile::create(path);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        auto tx = Transaction::begin(db.value());
        auto outlet = SourceRepository(db.value()).findOrCreate(QStringLiteral("Al Jazeera"), QStringLiteral("media"));
        auto inserted = ReportRepository(db.value()).insert(report, outlet.value(), SourceId());
        ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();
        id = inserted.value();
        ASSERT_TRUE(tx->commit().ok());
    }
    auto db = CaseFile::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    ReportRepository reports(db.value());
    auto summary = reports.summary(id);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->metadata.outlet, QStringLiteral("Al Jazeera"));
    EXPECT_EQ(summary->metadata.published.iso, QStringLiteral("2022-04"));
    EXPECT_EQ(summary->metadata.published.precision, model::PartialDate::Precision::Month);
    EXPECT_EQ(summary->chars, report.workingText.size());
    EXPECT_EQ(reports.original(id).value(), report.original);
    EXPECT_EQ(reports.workingText(id).value(), report.workingText);
    EXPECT_EQ(reports.excludedRanges(id).value(), report.excludedRanges);
    EXPECT_EQ(reports.findBySha256(report.sha256).value(), std::optional<ReportId>(id));
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

TEST(CaseFile, RefusesToCreateOverAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.corrob"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto db = CaseFile::create(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(fileBytes(path), QByteArray("keep me"));
}

TEST(CaseFile, RefusesACaseFromANewerVersionAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.corrob"));
    ASSERT_TRUE(CaseFile::create(path).ok());
    ASSERT_EQ(rawExec(path, QStringLiteral("PRAGMA user_version = 99")), QString());
    auto db = CaseFile::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version"))) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("99")));
    EXPECT_EQ(db.error().context, path);
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("99"));
}

TEST(CaseFile, RefusesFilesThatAreNotCasesWithoutChangingThem)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.corrob"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    f.close();
    const QByteArray before = fileBytes(text);
    auto a = CaseFile::open(text);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, ErrorCode::NotACase);
    EXPECT_EQ(a.error().context, text);
    EXPECT_EQ(fileBytes(text), before);

    // Another program's SQLite database: refused, and not switched to WAL behind its owner's back.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(rawExec(other, QStringLiteral("CREATE TABLE bookmarks (url TEXT)")), QString());
    auto b = CaseFile::open(other);
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code, ErrorCode::NotACase);
    EXPECT_EQ(rawQuery(other, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));

    const QString empty = dir.filePath(QStringLiteral("empty.corrob"));
    QFile e(empty);
    ASSERT_TRUE(e.open(QIODevice::WriteOnly));
    e.close();
    auto c = CaseFile::open(empty);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::NotACase);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("empty")));

    auto d = CaseFile::open(dir.filePath(QStringLiteral("missing.corrob")));
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::NotFound);
}

TEST(CaseFile, UpgradesTheVersionZeroFixtureToTheLatestSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v0.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v0.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("0"));

    auto db = CaseFile::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")).value(), caseSchemaVersion());
    EXPECT_EQ(ReportRepository(db.value()).count().value(), 0);
    auto tx = Transaction::begin(db.value());
    EXPECT_TRUE(ReportRepository(db.value()).insert(sampleReport(QStringLiteral("text")), {}, {}).ok());
}

TEST(CaseFile, OpensTheVersionOneFixtureWithItsReports)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.corrob"));
    ASSERT_TRUE(QFile::copy(test::dataDir() + QStringLiteral("/case-v1.corrob"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = CaseFile::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")).value(), caseSchemaVersion());
    auto summaries = ReportRepository(db.value()).summaries();
    ASSERT_TRUE(summaries.ok());
    EXPECT_EQ(summaries->size(), 5u);
}

TEST(CaseFile, LeavesANewerCaseInItsOwnJournalMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future-rollback.corrob"));
    ASSERT_TRUE(CaseFile::create(path).ok());
    ASSERT_EQ(rawExec(path, QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99")), QString());
    ASSERT_EQ(CaseFile::open(path).error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
}
