// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/storage/WalCheckpointer.h"

#include <QTemporaryDir>

#include <chrono>
#include <optional>
#include <thread>
#include <tuple>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;

namespace {

Database freshDatabase(const QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, b BLOB)")).ok());
    return std::move(db).value();
}

} // namespace

TEST(Database, RoundTripsTextBlobsAndNullThroughBoundParameters)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto insert = db.prepare(QStringLiteral("INSERT INTO t (s, b) VALUES (?, ?)"));
    ASSERT_TRUE(insert.ok());
    // A quote and a semicolon in a value must be data, never SQL.
    const QString tricky = QStringLiteral("O'Brien\"; DROP TABLE t; -- Agn\u00e8s");
    ASSERT_TRUE(insert->bindAll(tricky, QByteArray("\0\x01\xFF", 3)).run().ok());
    ASSERT_TRUE(insert->bindAll(QString(), QByteArray()).run().ok());

    auto select = db.prepare(QStringLiteral("SELECT s, b, typeof(b) FROM t ORDER BY id"));
    ASSERT_TRUE(select.ok());
    ASSERT_TRUE(select->step().value());
    EXPECT_EQ(select->text(0), tricky);
    EXPECT_EQ(select->blob(1), QByteArray("\0\x01\xFF", 3));
    ASSERT_TRUE(select->step().value());
    EXPECT_TRUE(select->isNull(0));
    EXPECT_EQ(select->text(2), QStringLiteral("blob")) << "an empty original must stay an empty blob, not NULL";
    EXPECT_FALSE(select->step().value());
}

TEST(Transaction, RollsBackUnlessCommitted)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    {
        auto tx = Transaction::begin(db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('lost')")).ok());
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    {
        auto tx = Transaction::begin(db);
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('kept')")).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

TEST(Transaction, InsideATransactionIsASavepointThatRollsBackOnlyItsOwnChanges)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto batch = Transaction::begin(db);
    ASSERT_TRUE(batch.ok());
    {
        auto first = Transaction::begin(db);
        ASSERT_TRUE(first.ok());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('kept')")).ok());
        ASSERT_TRUE(first->commit().ok());
    }
    {
        auto failed = Transaction::begin(db);
        ASSERT_TRUE(failed.ok());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('half-way')")).ok());
    } // not committed: only this one's insert goes
    EXPECT_TRUE(db.inTransaction());
    ASSERT_TRUE(batch->commit().ok());
    EXPECT_FALSE(db.inTransaction());
    auto rows = db.prepare(QStringLiteral("SELECT group_concat(s) FROM t"));
    ASSERT_TRUE(rows.ok() && rows->step().value());
    EXPECT_EQ(rows->text(0), QStringLiteral("kept"));
}

TEST(Database, AStatementPreparedAgainStartsUnboundAndTwoAtOnceAreIndependent)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    const QString sql = QStringLiteral("SELECT ?1, typeof(?1)");
    {
        auto once = db.prepare(sql);
        ASSERT_TRUE(once.ok());
        once->bindTextNoCopy(1, QByteArray("a buffer that goes away"));
        ASSERT_TRUE(once->step().value());
    } // given back half-read and bound
    auto again = db.prepare(sql);
    auto other = db.prepare(sql);
    ASSERT_TRUE(again.ok() && other.ok());
    ASSERT_TRUE(again->step().value());
    EXPECT_EQ(again->text(1), QStringLiteral("null")) << "a kept statement must not keep its old bindings";
    other->bind(1, qint64(7));
    ASSERT_TRUE(other->step().value());
    EXPECT_EQ(other->int64(0), 7);
    EXPECT_EQ(again->text(1), QStringLiteral("null"));
}

TEST(Database, AConstConnectionReadsAndReusesItsStatements)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('one'), ('two')")).ok());
    const Database& view = db; // the read side is const (issue 9)
    const QString sql = QStringLiteral("SELECT s FROM t WHERE id = ?");
    for (const auto& [id, expected] : {std::pair{1, QStringLiteral("one")}, std::pair{2, QStringLiteral("two")}}) {
        auto select = view.prepare(sql); // the second time, the statement the first one gave back
        ASSERT_TRUE(select.ok());
        select->bind(1, qint64(id));
        ASSERT_TRUE(select->step().value());
        EXPECT_EQ(select->text(0), expected);
    }
    EXPECT_EQ(view.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
    EXPECT_TRUE(view.quickCheck().value().isEmpty());
}

TEST(Database, ReportsSqlErrorsAsResultsNotCrashes)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto bad = db.prepare(QStringLiteral("SELECT title FROM nowhere"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("nowhere"))) << bad.error().message.toStdString();
    EXPECT_EQ(bad.error().context, db.path());
}

// Issue 13: a bind SQLite refuses is an error from step()/run(), and the statement does not run with a parameter
// left unbound (NULL).
TEST(Statement, ReportsARefusedBindAndDoesNotRun)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto insert = db.prepare(QStringLiteral("INSERT INTO t (s) VALUES (?)"));
    ASSERT_TRUE(insert.ok());
    insert->bindAll(QStringLiteral("first"), QStringLiteral("one too many"));
    ASSERT_TRUE(insert->bindError().has_value());
    auto run = insert->run();
    ASSERT_FALSE(run.ok());
    EXPECT_TRUE(run.error().message.contains(QStringLiteral("parameter 2"))) << run.error().message.toStdString();
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0) << "nothing may be written";

    // Binding into a statement that is still stepping is refused too (SQLITE_MISUSE), not ignored.
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('a'), ('b')")).ok());
    auto select = db.prepare(QStringLiteral("SELECT s FROM t WHERE id > ?"));
    ASSERT_TRUE(select.ok());
    select->bind(1, qint64{0});
    ASSERT_TRUE(select->step().value());
    select->bind(1, qint64{1});
    EXPECT_FALSE(select->step().ok());
    // After a reset the statement is usable again.
    select->reset();
    select->bind(1, qint64{1});
    auto row = select->step();
    ASSERT_TRUE(row.ok());
    EXPECT_TRUE(row.value());
    EXPECT_EQ(select->text(0), QStringLiteral("b"));
}

// Issue 13: prepare() compiles one statement; a second one after it would silently never run, so it is refused.
TEST(Database, PrepareRefusesMoreThanOneStatementButAllowsTrailingComments)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto two = db.prepare(QStringLiteral("INSERT INTO t (s) VALUES ('x'); DELETE FROM t"));
    ASSERT_FALSE(two.ok());
    EXPECT_TRUE(two.error().message.contains(QStringLiteral("more than one SQL statement")))
        << two.error().message.toStdString();
    EXPECT_TRUE(two.error().context.contains(QStringLiteral("DELETE FROM t")));
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    // A second statement that would not even compile is refused the same way.
    EXPECT_FALSE(db.prepare(QStringLiteral("SELECT 1; SELECT * FROM nowhere")).ok());
    EXPECT_FALSE(db.prepare(QStringLiteral("  -- only a comment\n")).ok());

    auto one = db.prepare(QStringLiteral("INSERT INTO t (s) VALUES (?);  -- the note\n /* and a block */ \n"));
    ASSERT_TRUE(one.ok()) << one.error().toString().toStdString();
    ASSERT_TRUE(one->bind(1, QStringLiteral("kept")).run().ok());
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

// An import's settings (a 32 MB page cache, journals in memory, rarer checkpoints) are restored when it ends, also when
// it ends inside a transaction left open by an error path: then as soon as that transaction ends, by a commit or by a
// rollback.
TEST(BulkWrites, RestoresTheConnectionsSettingsOnceATransactionLeftOpenEnds)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    const qint64 cache = db.queryInt(QStringLiteral("PRAGMA cache_size")).value();
    const qint64 tempStore = db.queryInt(QStringLiteral("PRAGMA temp_store")).value();
    const qint64 checkpoint = db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")).value();
    ASSERT_NE(cache, -qint64(BulkWrites::kCacheKiB));
    auto settings = [&] {
        return std::tuple{db.queryInt(QStringLiteral("PRAGMA cache_size")).value(),
                          db.queryInt(QStringLiteral("PRAGMA temp_store")).value(),
                          db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")).value()};
    };
    {
        const BulkWrites bulk(db);
        EXPECT_EQ(settings(), std::tuple(-qint64(BulkWrites::kCacheKiB), qint64(2),
                                         qint64(BulkWrites::kCheckpointPages))); // 2: MEMORY
    }
    EXPECT_EQ(settings(), std::tuple(cache, tempStore, checkpoint));

    for (const QString& end : {QStringLiteral("COMMIT"), QStringLiteral("ROLLBACK")}) {
        {
            const BulkWrites bulk(db);
            ASSERT_TRUE(db.exec(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO t (s) VALUES ('left open')")).ok());
        } // destroyed with the transaction still open
        EXPECT_EQ(std::get<0>(settings()), -qint64(BulkWrites::kCacheKiB)) << "restored inside the transaction";
        ASSERT_TRUE(db.exec(end).ok());
        EXPECT_EQ(settings(), std::tuple(cache, tempStore, checkpoint)) << "after " << end.toStdString();
    }

    // Through a Transaction that rolls back on destruction, too; one made inside a transaction changes nothing.
    {
        std::optional<BulkWrites> bulk(std::in_place, db);
        auto tx = Transaction::begin(db);
        ASSERT_TRUE(tx.ok());
        {
            const BulkWrites insideTransaction(db);
        }
        bulk.reset();
        EXPECT_EQ(std::get<0>(settings()), -qint64(BulkWrites::kCacheKiB));
    }
    EXPECT_EQ(settings(), std::tuple(cache, tempStore, checkpoint));
}

TEST(WalCheckpointer, CopiesTheLogBackIntoTheFileOnItsOwnConnectionWhileTheWriterGoesOn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(opened.ok());
    Database& db = opened.value();
    ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                                       "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT); "
                                       "INSERT INTO t (s) VALUES ('first')"))
                    .ok());
    // What the file alone holds (its -wal not read): the table is still only in the log.
    const auto rowsInTheFile = [&path]() -> qint64 {
        auto alone = Database::open(path, Database::OpenMode::FileAlone);
        if (!alone) {
            return -2;
        }
        auto count = alone->queryInt(QStringLiteral("SELECT count(*) FROM t"));
        return count ? count.value() : -1;
    };
    ASSERT_EQ(rowsInTheFile(), -1) << "no table in the file before a checkpoint";

    auto checkpointer = WalCheckpointer::start(path);
    ASSERT_NE(checkpointer, nullptr);
    checkpointer->request();
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (s) VALUES ('second')")).ok()) << "the writer goes on";
    for (int waited = 0; checkpointer->completed() < 1 && waited < 10000; waited += 10) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_EQ(checkpointer->completed(), 1);
    EXPECT_GE(rowsInTheFile(), 1) << "the first row was copied back by the checkpointer's connection";
    checkpointer->request();
    checkpointer.reset(); // waits for a checkpoint under way, if it started
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 2) << "nothing lost";

    // No second connection to a file that is not there or is in memory: the writer checkpoints itself.
    EXPECT_EQ(WalCheckpointer::start(dir.filePath(QStringLiteral("gone.db"))), nullptr);
    EXPECT_EQ(WalCheckpointer::start(QStringLiteral(":memory:")), nullptr);
}
