// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QTemporaryDir>

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

TEST(Database, ReportsSqlErrorsAsResultsNotCrashes)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto bad = db.prepare(QStringLiteral("SELECT title FROM nowhere"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("nowhere"))) << bad.error().message.toStdString();
    EXPECT_EQ(bad.error().context, db.path());
}
