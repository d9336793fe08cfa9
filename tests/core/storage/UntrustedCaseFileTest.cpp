// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: a case file is untrusted input. Hand-crafted files (tampered with through raw SQLite, or byte by byte)
// are refused with a message and left as they were; every connection is defensive.
#include "core/storage/CaseFile.h"
#include "core/storage/CaseSchema.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;
using corrob::test::rawExec;
using corrob::test::rawQuery;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class UntrustedCaseFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("given.corrob"));
        auto db = CaseFile::create(m_path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            db->exec(QStringLiteral("INSERT INTO case_meta (key, value) VALUES ('title', 'Given to us')")).ok());
    }

    // Opens m_path for writing and read-only; both must be refused with `code` and a message containing `words`,
    // and the file must be byte for byte what it was.
    void expectRefused(ErrorCode code, const QString& words)
    {
        const QByteArray before = fileBytes(m_path);
        for (const bool readOnly : {false, true}) {
            auto db = readOnly ? CaseFile::openReadOnly(m_path) : CaseFile::open(m_path);
            ASSERT_FALSE(db.ok()) << (readOnly ? "read-only" : "read-write");
            EXPECT_EQ(db.error().code, code) << db.error().toString().toStdString();
            EXPECT_TRUE(db.error().message.contains(words)) << db.error().message.toStdString();
            EXPECT_EQ(db.error().context, m_path);
        }
        EXPECT_EQ(fileBytes(m_path), before) << "a refused case must not be modified";
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(UntrustedCaseFile, RefusesATriggerTheSchemaDoesNotDefine)
{
    // A trigger that would rewrite every claim the investigator marks.
    ASSERT_EQ(rawExec(m_path, QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON claims BEGIN "
                                             "UPDATE claims SET statement = 'planted' WHERE id = new.id; END")),
              QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("trigger \"sneaky\""));
}

TEST_F(UntrustedCaseFile, RefusesAViewATableAndAnIndexTheSchemaDoesNotDefine)
{
    ASSERT_EQ(rawExec(m_path, QStringLiteral("CREATE VIEW reports_v AS SELECT * FROM reports")), QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("view \"reports_v\""));
    ASSERT_EQ(rawExec(m_path, QStringLiteral("DROP VIEW reports_v; CREATE TABLE extra (x)")), QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("table \"extra\""));
    ASSERT_EQ(rawExec(m_path, QStringLiteral("DROP TABLE extra; CREATE INDEX claims_statement ON claims(statement)")),
              QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("index \"claims_statement\""));
}

TEST_F(UntrustedCaseFile, RefusesAChangedOrMissingSchemaObject)
{
    // The same name with another definition: a CHECK that fails every insert.
    ASSERT_EQ(rawExec(m_path, QStringLiteral("DROP TABLE dismissed_suggestions; "
                                             "CREATE TABLE dismissed_suggestions (x CHECK (x > 0))")),
              QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("differs from the one Corroborate creates"));
    ASSERT_EQ(rawExec(m_path, QStringLiteral("DROP TABLE dismissed_suggestions")), QString());
    expectRefused(ErrorCode::Integrity, QStringLiteral("lacks the"));
}

TEST_F(UntrustedCaseFile, RefusesAbsurdSizesAndPageCounts)
{
    // A limit below this case's size stands in for a file too large to be a case.
    const qint64 size = QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal").size();
    auto small = CaseFile::open(m_path, caseMigrations(), nullptr, CaseLimits{size - 1});
    ASSERT_FALSE(small.ok());
    EXPECT_EQ(small.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(small.error().message.contains(QStringLiteral("more than Corroborate opens")))
        << small.error().message.toStdString();

    // A header claiming 2^31 pages (the database size at offset 28, kept valid by copying the change counter at 24
    // to "version valid for" at 92): refused with a message, never read.
    QByteArray bytes = fileBytes(m_path);
    ASSERT_GT(bytes.size(), 100);
    bytes[28] = '\x7F';
    bytes[29] = '\xFF';
    bytes[30] = '\xFF';
    bytes[31] = '\xF0';
    for (int i = 0; i < 4; ++i) {
        bytes[92 + i] = bytes[24 + i];
    }
    {
        QFile f(m_path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    auto absurd = CaseFile::open(m_path);
    ASSERT_FALSE(absurd.ok());
    EXPECT_TRUE(absurd.error().code == ErrorCode::Unsupported || absurd.error().code == ErrorCode::Corrupt)
        << absurd.error().toString().toStdString();
    EXPECT_FALSE(absurd.error().message.isEmpty());
    EXPECT_EQ(fileBytes(m_path), bytes);
}

TEST_F(UntrustedCaseFile, EveryConnectionIsDefensiveTrustsNoSchemaAndLoadsNoExtension)
{
    // A bare connection trusts no schema; a case's is trusted only once it is proven to be what the migrations
    // create (its search triggers write to FTS5, which SQLite allows only then: decisions/0019).
    auto bare = Database::open(m_path, Database::OpenMode::ReadOnly);
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare->queryInt(QStringLiteral("PRAGMA trusted_schema")).value(), 0);
    auto db = CaseFile::open(m_path);
    ASSERT_TRUE(db.ok());
    // Defensive mode: ordinary SQL cannot rewrite the schema behind SQLite's back.
    EXPECT_TRUE(db->exec(QStringLiteral("PRAGMA writable_schema = ON")).ok());
    EXPECT_FALSE(
        db->exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE x (y)' WHERE name = 'notes'")).ok());
    auto load = db->exec(QStringLiteral("SELECT load_extension('/nonexistent/evil')"));
    ASSERT_FALSE(load.ok());
    EXPECT_TRUE(load.error().message.contains(QStringLiteral("not authorized"))) << load.error().message.toStdString();
    EXPECT_EQ(rawQuery(m_path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'x'")),
              QStringLiteral("0"));
}

TEST(UntrustedCaseFileFixtures, OpensTheCaseOfEverySchemaVersion)
{
    QTemporaryDir dir;
    for (int version = 0; version <= caseSchemaVersion(); ++version) {
        const QString name = QStringLiteral("case-v%1.corrob").arg(version);
        const QString path = dir.filePath(name);
        ASSERT_TRUE(QFile::copy(test::dataDir() + u'/' + name, path)) << name.toStdString();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = CaseFile::open(path);
        EXPECT_TRUE(db.ok()) << name.toStdString() << ": " << db.error().toString().toStdString();
    }
}

TEST(UntrustedCaseFileFixtures, TheExpectedSchemaComesFromTheMigrations)
{
    auto latest = CaseFile::expectedSchema(caseMigrations(), caseSchemaVersion());
    ASSERT_TRUE(latest.ok());
    EXPECT_TRUE(latest->filter(QStringLiteral("table reports on reports:")).size() == 1);
    EXPECT_TRUE(CaseFile::expectedSchema(caseMigrations(), 0)->isEmpty());
    // A migration that adds a trigger makes that trigger expected, with nothing else to update.
    std::vector<Migration> withTrigger = caseMigrations();
    withTrigger.push_back({caseSchemaVersion() + 1, QStringLiteral("a trigger"), [](Database& db) {
                               return db.exec(QStringLiteral("CREATE TRIGGER notes_touch AFTER UPDATE ON notes BEGIN "
                                                             "SELECT 1; END"));
                           }});
    auto next = CaseFile::expectedSchema(withTrigger, caseSchemaVersion() + 1);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->filter(QStringLiteral("trigger notes_touch")).size(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("next.corrob"));
    ASSERT_TRUE(CaseFile::create(path).ok());
    ASSERT_TRUE(CaseFile::open(path, withTrigger).ok());
    EXPECT_TRUE(CaseFile::open(path, withTrigger).ok()) << "the trigger the migration made is accepted";
}

// A migration that adds an FTS5 table kept up to date by triggers (what full-text search adds): its objects are
// expected, and its triggers work once the schema is verified, although trusted_schema is off until then.
TEST(UntrustedCaseFileFixtures, TriggersOfOurOwnMigrationsIntoFts5Work)
{
    std::vector<Migration> withSearch = caseMigrations();
    withSearch.push_back({caseSchemaVersion() + 1, QStringLiteral("notes search"), [](Database& db) {
                              return db.exec(
                                  QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes', "
                                                 "content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\");"
                                                 "CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN "
                                                 "INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body); END;"));
                          }});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.corrob"));
    ASSERT_TRUE(CaseFile::create(path).ok());
    for (int round = 0; round < 2; ++round) { // the upgrade, then an open of the upgraded case
        auto db = CaseFile::open(path, withSearch);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        auto insert = db->exec(QStringLiteral("INSERT INTO notes (target_kind, target_id, body, author, "
                                              "created_at, updated_at) VALUES ('case', 0, 'Café in Kyiv', 'me', "
                                              "'now', 'now')"));
        ASSERT_TRUE(insert.ok()) << insert.error().toString().toStdString();
        EXPECT_EQ(db->queryInt(QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'cafe'")).value(),
                  round + 1);
    }
    // A planted trigger next to them is still refused.
    ASSERT_EQ(rawExec(path, QStringLiteral("CREATE TRIGGER planted AFTER INSERT ON notes BEGIN SELECT 1; END")),
              QString());
    auto refused = CaseFile::open(path, withSearch);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Integrity);
}
