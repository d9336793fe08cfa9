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

TEST(Database, ReportsSqlErrorsAsResultsNotCrashes)
{
    QTemporaryDir dir;
    Database db = freshDatabase(dir);
    auto bad = db.prepare(QStringLiteral("SELECT title FROM nowhere"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("nowhere"))) << bad.error().message.toStdString();
    EXPECT_EQ(bad.error().context, db.path());
}
