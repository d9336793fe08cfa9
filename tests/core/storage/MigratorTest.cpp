// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;

namespace {

Migration createTable(int version, const QString& table)
{
    return {version, table, [table](Database& db) {
                return db.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(table));
            }};
}

bool hasTable(Database& db, const QString& table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
    stmt->bind(1, table);
    return stmt->step().value() && stmt->int64(0) == 1;
}

} // namespace

TEST(Migrator, AppliesOnlyTheStepsAboveTheCurrentVersionInOrder)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.db")), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(migrate(db.value(), {createTable(1, QStringLiteral("a"))}).ok());
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")).value(), 1);
    // Step 1 ran already: running it again would fail with "table a already exists".
    ASSERT_TRUE(migrate(db.value(), {createTable(1, QStringLiteral("a")), createTable(2, QStringLiteral("b"))}).ok());
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")).value(), 2);
    EXPECT_TRUE(hasTable(db.value(), QStringLiteral("b")));
}

TEST(Migrator, AFailingStepLeavesTheDatabaseExactlyAsItWas)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.db")), Database::OpenMode::CreateIfMissing);
    const Migration broken{3, QStringLiteral("broken"), [](Database& d) {
                               return d.exec(QStringLiteral("CREATE TABLE oops ("));
                           }};
    auto s = migrate(db.value(), {createTable(1, QStringLiteral("a")), createTable(2, QStringLiteral("b")), broken});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("schema version 3")));
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")).value(), 0);
    EXPECT_FALSE(hasTable(db.value(), QStringLiteral("a")));
    EXPECT_FALSE(hasTable(db.value(), QStringLiteral("b")));
}

TEST(Migrator, RefusesADatabaseNewerThanItsSteps)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.db")), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 5")).ok());
    auto s = migrate(db.value(), {createTable(1, QStringLiteral("a"))});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NewerSchema);
    EXPECT_FALSE(hasTable(db.value(), QStringLiteral("a")));
}
