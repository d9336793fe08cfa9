// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CaseFile.h"
#include "core/common/Hash.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

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

namespace {

// Writes sources into the case on db, each with its audit entry as every change of Corroborate has (their pages grow
// and split the tables' trees).
void writeSources(Database& db, const QString& prefix, int count)
{
    SourceRepository sources(db);
    AuditLog audit(db);
    for (int i = 0; i < count; ++i) {
        model::Source source;
        source.name = QStringLiteral("%1 source number %2 with a long enough name").arg(prefix).arg(i);
        auto id = sources.insert(source);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(audit
                        .append(QStringLiteral("tester"), QStringLiteral("source.created"),
                                QJsonObject{{QStringLiteral("name"), source.name}})
                        .ok());
    }
}

// Copies path and its -wal to dir as name (what a crash leaves: the log with pages not yet in the file).
QString crashCopy(const QString& path, const QTemporaryDir& dir, const QString& name)
{
    const QString copy = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(path, copy));
    EXPECT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    return copy;
}

} // namespace

TEST(CaseFile, RefusesALogLeftByACrashBesideACaseThatWasReplacedSinceAndChangesNeither)
{
    // A crash left c.corrob-wal; the user copied yesterday's backup over c.corrob. Any command read the log's pages
    // as part of the restored case, showed claims made after the backup, and on closing copied them in for good.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.corrob"));
    ASSERT_TRUE(CaseFile::create(live).ok());
    const QString backup = dir.filePath(QStringLiteral("backup.corrob"));
    {
        auto db = CaseFile::open(live);
        ASSERT_TRUE(db.ok());
        writeSources(db.value(), QStringLiteral("early"), 50);
    }
    ASSERT_TRUE(QFile::copy(live, backup));
    QTemporaryDir crashed;
    QString path;
    {
        auto db = CaseFile::open(live);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        writeSources(db.value(), QStringLiteral("later"), 400);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok());
        ASSERT_TRUE(db->exec(QStringLiteral("DELETE FROM sources WHERE id % 3 = 0")).ok());
        writeSources(db.value(), QStringLiteral("last"), 200);
        path = crashCopy(live, crashed, QStringLiteral("c.corrob"));
    }
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::copy(backup, path)); // the backup restored over the crashed case
    const QByteArray file = fileBytes(path);
    const QByteArray log = fileBytes(path + QStringLiteral("-wal"));

    auto opened = CaseFile::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("c.corrob-wal")))
        << opened.error().message.toStdString();
    EXPECT_FALSE(CaseFile::openReadOnly(path).ok()) << "nothing shown through the log either";
    EXPECT_EQ(fileBytes(path), file) << "the case file is as it was";
    EXPECT_EQ(fileBytes(path + QStringLiteral("-wal")), log) << "and so is the log";

    // With the log moved aside, the case opens as its file holds it: the backup.
    ASSERT_TRUE(QFile::rename(path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("aside-wal"))));
    QFile::remove(path + QStringLiteral("-shm"));
    auto restored = CaseFile::open(path);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_EQ(restored->queryInt(QStringLiteral("SELECT count(*) FROM sources")).value(), 50);
}

TEST(CaseFile, RefusesTheLogOfAnotherCaseBesideIt)
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.corrob"));
    const QString mine = dir.filePath(QStringLiteral("mine.corrob"));
    ASSERT_TRUE(CaseFile::create(other).ok());
    ASSERT_TRUE(CaseFile::open(other).ok());
    QThread::msleep(5); // another creation time
    ASSERT_TRUE(CaseFile::create(mine).ok());
    {
        auto db = CaseFile::open(mine);
        ASSERT_TRUE(db.ok());
        writeSources(db.value(), QStringLiteral("mine"), 3);
    }
    QTemporaryDir crashed;
    QString copied;
    {
        auto db = CaseFile::open(other);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        ASSERT_TRUE(db->exec(QStringLiteral("UPDATE case_meta SET value = value WHERE key = 'created_at'")).ok());
        writeSources(db.value(), QStringLiteral("theirs"), 20);
        copied = crashCopy(other, crashed, QStringLiteral("x.corrob"));
    }
    const QString path = crashed.filePath(QStringLiteral("mine.corrob"));
    ASSERT_TRUE(QFile::copy(mine, path));
    ASSERT_TRUE(QFile::rename(copied + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    const QByteArray file = fileBytes(path);
    auto opened = CaseFile::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("is not this case's")))
        << opened.error().message.toStdString();
    EXPECT_EQ(fileBytes(path), file);
}

TEST(CaseFile, OpensACaseWhoseLogACrashLeftWithItsChangesIn)
{
    // The usual crash: the log is the case's own, and what was committed before the crash is there.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.corrob"));
    ASSERT_TRUE(CaseFile::create(live).ok());
    QTemporaryDir crashed;
    QString path;
    {
        auto db = CaseFile::open(live);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        writeSources(db.value(), QStringLiteral("kept"), 100);
        path = crashCopy(live, crashed, QStringLiteral("c.corrob"));
    }
    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->queryInt(QStringLiteral("SELECT count(*) FROM sources")).value(), 100);
}
