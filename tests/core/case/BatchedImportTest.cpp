// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An import stores its files in batches, one transaction each, with the files prepared on every core
// (decisions/0022): what a user would notice if that broke is a report half there, a file lost or imported twice,
// the files out of order, or a cancel that keeps less (or more) than what was imported before it.
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QTemporaryDir>

#include <functional>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

// More files than two batches hold, each a different story.
constexpr int kFiles = ImportService::kBatchFiles * 2 + 37;

// `count` stories, each with `lines` more lines of its clerk's list.
QString writeStories(const QTemporaryDir& dir, int count, int lines = 0)
{
    const QString folder = dir.filePath(QStringLiteral("stories"));
    QDir().mkpath(folder);
    const QStringList towns = {QStringLiteral("Irpin"), QStringLiteral("Bucha"), QStringLiteral("Hostomel"),
                               QStringLiteral("Borodianka"), QStringLiteral("Makariv")};
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("Story %1 from %2\n\nThe council of %2 met for the %1th time on Monday "
                                      "and counted %3 damaged houses, %4 schools and %5 bridges; "
                                      "its clerk number %1 signed the list.\n")
                           .arg(i)
                           .arg(towns[i % towns.size()])
                           .arg(i * 7 + 3)
                           .arg(i % 13)
                           .arg(i % 5);
        QString list;
        for (int line = 0; line < lines; ++line) {
            list += QStringLiteral("Item %1 of list %2: house %3 on the %4th street, roof and windows.\n")
                        .arg(line)
                        .arg(i)
                        .arg(line * 31 + i)
                        .arg(line % 17);
        }
        text += list;
        test::writeFile(folder + QStringLiteral("/story-%1.txt").arg(i, 4, 10, QChar(u'0')), text.toUtf8());
    }
    return folder;
}

// The first seed article in folder/z1 and, with `added` before it, in folder/z2: the same file name, so the second is a
// new version of the first, and both are stored last, in the same batch.
void writeVersionPair(const QString& folder, const QByteArray& added)
{
    QFile seed(test::seedFiles().at(1));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const QByteArray original = seed.readAll();
    const QString name = QFileInfo(seed.fileName()).fileName();
    QDir().mkpath(folder + QStringLiteral("/z1"));
    QDir().mkpath(folder + QStringLiteral("/z2"));
    test::writeFile(folder + QStringLiteral("/z1/") + name, original);
    test::writeFile(folder + QStringLiteral("/z2/") + name, added + original);
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("batched.corrob"));
    std::unique_ptr<Case> target;

    Fixture()
    {
        auto created = Case::create(path, QStringLiteral("Batched"), {QStringLiteral("tester")});
        EXPECT_TRUE(created.ok());
        target = std::move(created).value();
    }
    int count(const QString& sql) const { return test::rawQuery(path, sql).toInt(); }

    // Imports `stories` stories and a poisoned one for each of `poisonAt` (story-NNNN-poisoned.txt, just before story
    // NNNN, whose title is "Poisoned story") while a trigger refuses every row of table whose column mentions that
    // title; the trigger is dropped afterwards. `before` adds files to the folder first.
    ImportOutcome importPoisoned(int stories, const std::vector<int>& poisonAt, const QString& table,
                                 const QString& column, const std::function<void(const QString& folder)>& before = {})
    {
        const QString folder = writeStories(dir, stories);
        for (const int at : poisonAt) {
            test::writeFile(folder + QStringLiteral("/story-%1-poisoned.txt").arg(at, 4, 10, QChar(u'0')),
                            QByteArray("Poisoned story %1\n\nThis one is refused when it is written.\n")
                                .replace("%1", QByteArray::number(at)));
        }
        if (before) {
            before(folder);
        }
        test::rawExec(path, QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON %1 WHEN NEW.%2 LIKE "
                                           "'%Poisoned story%' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")
                                .arg(table, column));
        ImportService service(*target);
        ImportOutcome outcome = service.importPaths({folder}, {});
        test::rawExec(path, QStringLiteral("DROP TRIGGER poison"));
        return outcome;
    }

    // What `corroborate-cli verify` checks, the search index among it, finds nothing wrong.
    void expectVerified() const
    {
        auto verified = verifyCase(*target);
        ASSERT_TRUE(verified.ok());
        EXPECT_TRUE(verified->ok());
    }
};

} // namespace

TEST(BatchedImport, ImportsEveryFileOfSeveralBatchesOnceInNameOrderWithEachReportWhole)
{
    Fixture f;
    const QString folder = writeStories(f.dir, kFiles);
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});

    ASSERT_EQ(outcome.imported.size(), size_t(kFiles));
    EXPECT_TRUE(outcome.failed.empty());
    for (int i = 0; i < kFiles; ++i) {
        EXPECT_TRUE(
            outcome.imported[size_t(i)].file.endsWith(QStringLiteral("story-%1.txt").arg(i, 4, 10, QChar(u'0'))))
            << "file " << i << " out of order";
    }
    // Each report with its signature and its audit entry, stored in the order of the files.
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), kFiles);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signatures")), kFiles);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.imported'")), kFiles);
    EXPECT_EQ(test::rawQuery(f.path, QStringLiteral("SELECT title FROM reports ORDER BY id LIMIT 1 OFFSET 300")),
              QStringLiteral("Story 300 from Irpin"));
    f.expectVerified();

    // The same folder again: every file is a duplicate, none is stored twice.
    const ImportOutcome again = service.importPaths({folder}, {});
    EXPECT_TRUE(again.imported.empty());
    EXPECT_EQ(again.skipped.size(), size_t(kFiles));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), kFiles);
}

TEST(BatchedImport, ACancelInTheSecondBatchKeepsExactlyTheFilesBeforeIt)
{
    Fixture f;
    const QString folder = writeStories(f.dir, kFiles);
    const int stopAt = ImportService::kBatchFiles + 44;
    ImportService service(*f.target);
    const ImportOutcome outcome =
        service.importPaths({folder}, {}, [&](int done, int, const QString&) { return done < stopAt; });

    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(outcome.imported.size(), size_t(stopAt));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), stopAt);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signatures")), stopAt);
    f.expectVerified();
}

// Two batches: the first is stored on the storing thread while the second is prepared, the last on the importing
// thread; a report fails half-way in each.
TEST(BatchedImport, AReportThatFailsHalfWayIsWhollyAbsentAndTheRestOfItsBatchIsKept)
{
    Fixture f;
    const int stories = ImportService::kBatchFiles + 40;
    const int later = ImportService::kBatchFiles + 20;
    // The report's audit entry is written last in its savepoint: refusing it fails the report half-way.
    const ImportOutcome outcome =
        f.importPoisoned(stories, {20, later}, QStringLiteral("audit_log"), QStringLiteral("payload"));

    ASSERT_EQ(outcome.imported.size(), size_t(stories));
    for (int i = 0; i < stories; ++i) {
        EXPECT_TRUE(
            outcome.imported[size_t(i)].file.endsWith(QStringLiteral("story-%1.txt").arg(i, 4, 10, QChar(u'0'))))
            << "story " << i << " missing or out of order";
    }
    ASSERT_EQ(outcome.failed.size(), size_t(2));
    EXPECT_TRUE(outcome.failed[0].file.endsWith(QStringLiteral("story-0020-poisoned.txt")));
    EXPECT_TRUE(
        outcome.failed[1].file.endsWith(QStringLiteral("story-%1-poisoned.txt").arg(later, 4, 10, QChar(u'0'))));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports WHERE title LIKE 'Poisoned story%'")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), stories);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signatures")), stories);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), stories);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signature_bands WHERE report_id NOT IN "
                                     "(SELECT id FROM reports)")),
              0);
    f.expectVerified();
}

// A batch writes its reports' texts, and so their search documents, in one statement at its end: every report of
// every batch is searchable, the index equals a fresh rebuild, and a new version stored in the same batch as the
// report it replaces still finds that report's text (its claims would move by it).
TEST(BatchedImport, EveryReportOfEveryBatchIsSearchableAndTheIndexEqualsARebuildWithAVersionInTheSameBatch)
{
    Fixture f;
    const QString folder = writeStories(f.dir, ImportService::kBatchFiles + 10);
    writeVersionPair(folder, "Update: the regional administration of Zorblattsk commented.\n");
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});

    ASSERT_EQ(outcome.imported.size(), size_t(ImportService::kBatchFiles + 12));
    EXPECT_TRUE(outcome.failed.empty());
    EXPECT_EQ(outcome.imported.back().report.previousVersion, outcome.imported[outcome.imported.size() - 2].report.id);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), ImportService::kBatchFiles + 12);
    auto problems = storage::SearchRepository(f.target->database()).check();
    ASSERT_TRUE(problems.ok()) << problems.error().toString().toStdString();
    EXPECT_TRUE(problems.value().empty()) << problems.value().front().detail.toStdString();
    // A word of the first story, of the last of the first batch, of the second batch and of the new version.
    for (const QString& word : {QStringLiteral("\"Story 0 from\""), QStringLiteral("\"Story 255 from\""),
                                QStringLiteral("\"Story 265 from\""), QStringLiteral("Zorblattsk")}) {
        EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '%1'")
                              .arg(QString(word).replace(u'\'', QStringLiteral("''")))),
                  1)
            << word.toStdString();
    }
    f.expectVerified();
}

// Should writing a batch's texts fail (here a trigger refuses one of them, first when a new version in the batch has
// them written, then again at the batch's end), the whole batch is rolled back: never a report without its text.
TEST(BatchedImport, ABatchWhoseTextsCannotBeWrittenIsWhollyAbsent)
{
    Fixture f;
    const ImportOutcome outcome =
        f.importPoisoned(20, {10}, QStringLiteral("report_texts"), QStringLiteral("working_text"),
                         [](const QString& folder) { writeVersionPair(folder, "Update: a line added.\n"); });

    EXPECT_TRUE(outcome.imported.empty());
    EXPECT_EQ(outcome.failed.size(), size_t(23));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 'report'")), 0);
    f.expectVerified();
}

// The same, with the batch stored on the storing thread while the next is prepared: the first batch is rolled back
// and reported failed there, the second is kept whole.
TEST(BatchedImport, ABatchWhoseTextsCannotBeWrittenOnTheStoringThreadIsWhollyAbsentAndTheNextIsKept)
{
    Fixture f;
    const int stories = ImportService::kBatchFiles + 20;
    const ImportOutcome outcome =
        f.importPoisoned(stories, {10}, QStringLiteral("report_texts"), QStringLiteral("working_text"));

    // The first batch: 255 stories and the poisoned one.
    const int kept = stories - (ImportService::kBatchFiles - 1);
    EXPECT_EQ(outcome.failed.size(), size_t(ImportService::kBatchFiles));
    ASSERT_EQ(outcome.imported.size(), size_t(kept));
    for (int k = 0; k < kept; ++k) {
        const int story = ImportService::kBatchFiles - 1 + k;
        EXPECT_TRUE(
            outcome.imported[size_t(k)].file.endsWith(QStringLiteral("story-%1.txt").arg(story, 4, 10, QChar(u'0'))))
            << "story " << story << " missing or out of order";
    }
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), kept);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), kept);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 'report'")), kept);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports WHERE title = 'Story 0 from Irpin'")), 0);
    f.expectVerified();
}

// A batch holds its texts until it writes them, so a big text ends its transaction (ImportService::kBatchTextBytes)
// and the rest of the batch follows in the next. Seen through a text refused after the big one: the transaction
// that ended with the big text is kept, only the next one's reports fail.
TEST(BatchedImport, ABigTextInTheMiddleOfABatchEndsItsTransactionAndTheRestFollows)
{
    Fixture f;
    const QByteArray paragraph = "The convoy of Zorblattsk passed the bridge at dawn, the witness said, and the "
                                 "shelling began an hour later.\n\n";
    const qsizetype repeats = ImportService::kBatchTextBytes / paragraph.size() + 100;
    const ImportOutcome outcome = f.importPoisoned(
        30, {20}, QStringLiteral("report_texts"), QStringLiteral("working_text"), [&](const QString& folder) {
            test::writeFile(folder + QStringLiteral("/story-0015-big.txt"),
                            "A big report\n\n" + paragraph.repeated(repeats));
        });

    // Stories 0 to 14 and the big one (named just before story 15) in the first transaction; stories 15 to 29 and
    // the poisoned one in the second, all failed.
    ASSERT_EQ(outcome.imported.size(), size_t(16));
    EXPECT_TRUE(outcome.imported[0].file.endsWith(QStringLiteral("story-0000.txt")));
    EXPECT_TRUE(outcome.imported[15].file.endsWith(QStringLiteral("story-0015-big.txt")));
    ASSERT_EQ(outcome.failed.size(), size_t(16));
    EXPECT_TRUE(outcome.failed[0].file.endsWith(QStringLiteral("story-0015.txt")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), 16);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), 16);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'Zorblattsk'")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Story 14 from\"'")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Story 15 from\"'")), 0);
    f.expectVerified();
}

// An import checkpoints the write-ahead log as it goes (storage::BulkWrites::committed, on a connection of its own),
// and every connection's journal_size_limit shrinks the file after a checkpoint: what another connection (the window's)
// finds there and would copy back, with a sync, on its next edit is a batch or two, not the whole import; and the -wal
// file does not stay the import's size on disk. The import's settings are the connection's own again afterwards.
TEST(BatchedImport, TheWriteAheadLogHoldsABatchOrTwoThroughAnImportOfManyBatches)
{
    Fixture f;
    storage::Database& db = f.target->database();
    const qint64 autoCheckpoint = db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")).value();
    const qint64 cache = db.queryInt(QStringLiteral("PRAGMA cache_size")).value();
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA journal_size_limit")).value(), storage::Database::kJournalSizeLimit);
    const int stories = ImportService::kBatchFiles * 20;
    const QString folder = writeStories(f.dir, stories, 6);
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});
    ASSERT_EQ(outcome.imported.size(), size_t(stories));

    // The import wrote more than the bound to the log (every page of the case went through it)...
    const qint64 caseBytes = QFileInfo(f.path).size();
    const qint64 walBytes = QFileInfo(f.path + QStringLiteral("-wal")).size();
    EXPECT_GT(caseBytes, 2 * storage::Database::kJournalSizeLimit);
    // ... but holds only the last commit or two's (it was started over after every second of twenty commits, once the
    // checkpoints beside the writer had copied it all back: WalCheckpointer::waitUntilDone; without that it held more
    // than the case)...
    EXPECT_LT(walBytes, caseBytes / 2) << "case " << caseBytes << " bytes";
    // ... and the next write, which starts it over after the import's last checkpoint, shrinks it to the limit.
    ASSERT_EQ(service.importBytes("One more story\n\nThe clerk added a line.\n", QStringLiteral("more.txt"), {})
                  .imported.size(),
              size_t(1));
    EXPECT_LE(QFileInfo(f.path + QStringLiteral("-wal")).size(), storage::Database::kJournalSizeLimit);
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")).value(), autoCheckpoint);
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA cache_size")).value(), cache);
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA journal_size_limit")).value(), storage::Database::kJournalSizeLimit);
    f.expectVerified();
}
