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
#include "tests/support/RawSqlite.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

// More files than two batches hold, each a different story.
constexpr int kFiles = ImportService::kBatchFiles * 2 + 37;

QString writeStories(const QTemporaryDir& dir, int count)
{
    const QString folder = dir.filePath(QStringLiteral("stories"));
    QDir().mkpath(folder);
    const QStringList towns = {QStringLiteral("Irpin"), QStringLiteral("Bucha"), QStringLiteral("Hostomel"),
                               QStringLiteral("Borodianka"), QStringLiteral("Makariv")};
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("Story %1 from %2\n\nThe council of %2 met for the %1th time on Monday "
                                            "and counted %3 damaged houses, %4 schools and %5 bridges; "
                                            "its clerk number %1 signed the list.\n")
                                 .arg(i)
                                 .arg(towns[i % towns.size()])
                                 .arg(i * 7 + 3)
                                 .arg(i % 13)
                                 .arg(i % 5);
        test::writeFile(folder + QStringLiteral("/story-%1.txt").arg(i, 4, 10, QChar(u'0')), text.toUtf8());
    }
    return folder;
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
    auto verified = verifyCase(*f.target);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());

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
    auto verified = verifyCase(*f.target);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

TEST(BatchedImport, AReportThatFailsHalfWayIsWhollyAbsentAndTheRestOfItsBatchIsKept)
{
    Fixture f;
    const QString folder = writeStories(f.dir, 40);
    test::writeFile(folder + QStringLiteral("/story-0020-poisoned.txt"),
                    QByteArray("Poisoned story\n\nThis one fails after its report and signature rows are written.\n"));
    // The report's audit entry is written last in its savepoint: refusing it fails the report half-way.
    test::rawExec(f.path, QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON audit_log "
                                         "WHEN NEW.payload LIKE '%Poisoned story%' "
                                         "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"));
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});
    test::rawExec(f.path, QStringLiteral("DROP TRIGGER poison"));

    EXPECT_EQ(outcome.imported.size(), size_t(40));
    ASSERT_EQ(outcome.failed.size(), size_t(1));
    EXPECT_TRUE(outcome.failed[0].file.endsWith(QStringLiteral("story-0020-poisoned.txt")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports WHERE title = 'Poisoned story'")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), 40);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signatures")), 40);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_signature_bands WHERE report_id NOT IN "
                                     "(SELECT id FROM reports)")),
              0);
    auto verified = verifyCase(*f.target);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

// A batch writes its reports' texts, and so their search documents, in one statement at its end: every report of
// every batch is searchable, the index equals a fresh rebuild, and a new version stored in the same batch as the
// report it replaces still finds that report's text (its claims would move by it).
TEST(BatchedImport, EveryReportOfEveryBatchIsSearchableAndTheIndexEqualsARebuildWithAVersionInTheSameBatch)
{
    Fixture f;
    const QString folder = writeStories(f.dir, ImportService::kBatchFiles + 10);
    QFile seed(test::seedFiles().at(1));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const QByteArray original = seed.readAll();
    const QString name = QFileInfo(seed.fileName()).fileName();
    // The same file name in two folders, the second with a sentence added: a new version of the first, both in
    // the last batch.
    QDir().mkpath(folder + QStringLiteral("/z1"));
    QDir().mkpath(folder + QStringLiteral("/z2"));
    test::writeFile(folder + QStringLiteral("/z1/") + name, original);
    test::writeFile(folder + QStringLiteral("/z2/") + name,
                    "Update: the regional administration of Zorblattsk commented.\n" + original);
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});

    ASSERT_EQ(outcome.imported.size(), size_t(ImportService::kBatchFiles + 12));
    EXPECT_TRUE(outcome.failed.empty());
    EXPECT_EQ(outcome.imported.back().report.previousVersion, outcome.imported[outcome.imported.size() - 2].report.id);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), ImportService::kBatchFiles + 12);
    auto problems = storage::SearchRepository(f.target->database()).check();
    ASSERT_TRUE(problems.ok()) << problems.error().toString().toStdString();
    EXPECT_EQ(problems.value().join(u'\n').toStdString(), "");
    // A word of the first story, of the last of the first batch, of the second batch and of the new version.
    for (const QString& word : {QStringLiteral("\"Story 0 from\""), QStringLiteral("\"Story 255 from\""),
                                QStringLiteral("\"Story 265 from\""), QStringLiteral("Zorblattsk")}) {
        EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '%1'")
                              .arg(QString(word).replace(u'\'', QStringLiteral("''")))),
                  1)
            << word.toStdString();
    }
    auto verified = verifyCase(*f.target);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}

// Should writing a batch's texts fail (here a trigger refuses one of them, first when a new version in the batch has
// them written, then again at the batch's end), the whole batch is rolled back: never a report without its text.
TEST(BatchedImport, ABatchWhoseTextsCannotBeWrittenIsWhollyAbsent)
{
    Fixture f;
    const QString folder = writeStories(f.dir, 20);
    test::writeFile(folder + QStringLiteral("/story-0010-poisoned.txt"),
                    QByteArray("Poisoned story\n\nThis one's text is refused when it is written.\n"));
    QFile seed(test::seedFiles().at(1));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const QByteArray original = seed.readAll();
    const QString name = QFileInfo(seed.fileName()).fileName();
    QDir().mkpath(folder + QStringLiteral("/z1"));
    QDir().mkpath(folder + QStringLiteral("/z2"));
    test::writeFile(folder + QStringLiteral("/z1/") + name, original);
    test::writeFile(folder + QStringLiteral("/z2/") + name, "Update: a line added.\n" + original);
    test::rawExec(f.path, QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON report_texts "
                                         "WHEN NEW.working_text LIKE '%Poisoned story%' "
                                         "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"));
    ImportService service(*f.target);
    const ImportOutcome outcome = service.importPaths({folder}, {});
    test::rawExec(f.path, QStringLiteral("DROP TRIGGER poison"));

    EXPECT_TRUE(outcome.imported.empty());
    EXPECT_EQ(outcome.failed.size(), size_t(23));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM reports")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM report_texts")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 'report'")), 0);
    auto verified = verifyCase(*f.target);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}
