// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10: an old case upgraded with progress (the search index built a slice at a time), for the window's worker.
#include "core/case/CaseUpgrade.h"
#include "core/case/Case.h"
#include "core/case/CaseSearch.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/Statement.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using corrob::test::rawQuery;

namespace {

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(test::dataDir() + u'/' + name, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// SQLite's plan for sql with its one parameter bound: the detail lines, joined by " | ".
QString queryPlan(storage::Database& db, const char* sql)
{
    auto plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(sql));
    EXPECT_TRUE(plan.ok());
    if (!plan.ok()) {
        return {};
    }
    plan->bind(1, QStringLiteral("https://example.org/a"));
    QStringList lines;
    while (true) {
        auto row = plan->step();
        EXPECT_TRUE(row.ok());
        if (!row.ok() || !row.value()) {
            break;
        }
        lines << plan->text(3);
    }
    return lines.join(QStringLiteral(" | "));
}

} // namespace

// Issue 10 (speed): importing a web capture looked up each report's URL and next version by scanning the reports
// table. Schema version 7 indexes both; a version-6 case gets the indexes when upgraded (its copy kept first), and
// both lookups search the index instead of scanning.
TEST(CaseUpgrade, AVersionSixCaseGetsTheIndexesOfTheUrlAndVersionLookups)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("case-v6.corrob"));
    const QString index = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                         "('reports_url', 'reports_previous_version')");
    ASSERT_EQ(rawQuery(path, index), QStringLiteral("0"));
    {
        auto opened = Case::open(path, {QStringLiteral("tester")});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        const QString kept = opened.value()->upgradeBackup().path;
        ASSERT_FALSE(kept.isEmpty()) << "a copy is kept before the upgrade";
        EXPECT_EQ(rawQuery(kept, QStringLiteral("PRAGMA user_version")), QStringLiteral("6"));
        EXPECT_EQ(rawQuery(kept, index), QStringLiteral("0"));
    }
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));
    EXPECT_EQ(rawQuery(path, index), QStringLiteral("2"));
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM reports")), QStringLiteral("5")) << "reports kept";

    auto db = storage::Database::open(path, storage::Database::OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok());
    const QString byUrl = queryPlan(db.value(), storage::ReportRepository::kNewestWithUrlSql);
    EXPECT_TRUE(byUrl.contains(QStringLiteral("USING INDEX reports_url"))) << byUrl.toStdString();
    const QString nextVersion = queryPlan(db.value(), storage::ReportRepository::kNextVersionSql);
    EXPECT_TRUE(nextVersion.contains(QStringLiteral("USING INDEX reports_previous_version")))
        << nextVersion.toStdString();
    for (const QString& plan : {byUrl, nextVersion}) {
        EXPECT_FALSE(plan.contains(QStringLiteral("SCAN"))) << plan.toStdString();
        EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE"))) << "the newest row without a sort";
    }
}

// A short article captured again after a small change was a new report: the lookup of the reports read from a
// file of its name needs an index (schema version 9) not to scan the reports for every file imported.
TEST(CaseUpgrade, AVersionEightCaseGetsTheIndexOfTheFileNameLookup)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("case-v8.corrob"));
    const QString index =
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'reports_file_name'");
    ASSERT_EQ(rawQuery(path, index), QStringLiteral("0"));
    {
        auto opened = Case::open(path, {QStringLiteral("tester")});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    }
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));
    EXPECT_EQ(rawQuery(path, index), QStringLiteral("1"));
    auto db = storage::Database::open(path, storage::Database::OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok());
    const QString byName = queryPlan(db.value(), storage::ReportRepository::kNewestWithFileNameSql);
    EXPECT_TRUE(byName.contains(QStringLiteral("USING INDEX reports_file_name"))) << byName.toStdString();
    EXPECT_FALSE(byName.contains(QStringLiteral("SCAN"))) << byName.toStdString();
    EXPECT_FALSE(byName.contains(QStringLiteral("TEMP B-TREE"))) << byName.toStdString();
}

// Issue 10 (a tester's find on other articles): FTS5's porter stemmer (Porter, 1980) left "focus" and "focused"
// apart, "die" and "died", "crisis" and "crises", and made "news" "new". Schema version 10 stems with Snowball's
// English stemmer; a version-9 case gets its stemmed index made again when upgraded, and finds what it missed.
TEST(CaseUpgrade, AVersionNineCaseGetsItsStemmedIndexMadeAgainWithTheEnglishStemmer)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("case-v9.corrob"));
    const QString tokenizer =
        QStringLiteral("SELECT sql LIKE '%corrob_english%' FROM sqlite_schema WHERE name = 'search_fts'");
    ASSERT_EQ(rawQuery(path, tokenizer), QStringLiteral("0"));
    // "Several NGOs have focused on the attack" (a sample article): porter's "focu" for "focus" misses it.
    ASSERT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'focus'")),
              QStringLiteral("0"));
    auto opened = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));
    EXPECT_EQ(rawQuery(path, tokenizer), QStringLiteral("1"));
    auto found = searchCase(*opened.value(), QStringLiteral("focus in:reports"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().matched, QStringLiteral("focused"));
    // The index is whole: it equals a rebuild, and the case verifies.
    auto verified = verifyCase(*opened.value());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << (verified->problems.empty() ? std::string()
                                                               : verified->problems.front().detail.toStdString());
}

// Issue 10 (an edit within a frame): adding, editing or deleting a claim removed its notes from the search index by
// `kind = 'note' AND item_id IN (...)`, a scan of every document in the case (19 of the 21 ms a claim's edit took at
// 50,000 claims). Schema version 8 finds them by key; a version-7 case gets the new triggers when upgraded, and the
// claim's note still follows it in the index.
TEST(CaseUpgrade, AVersionSevenCaseGetsClaimTriggersThatFindTheClaimsNotesWithoutAScan)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("case-v7.corrob"));
    ASSERT_EQ(test::rawExec(path, QStringLiteral("INSERT INTO notes (target_kind, target_id, body, author, created_at, "
                                                 "updated_at) VALUES ('claim', 1, 'zebrafish', 'tester', "
                                                 "'2026-12-05T00:00:00Z', '2026-12-05T00:00:00Z')")),
              QString());
    const QString insert = QStringLiteral(
        "INSERT INTO claims (report_id, anchor_start, anchor_end, quote, statement, created_at, created_by, "
        "updated_at) "
        "VALUES (1, 0, 4, 'quote', 'statement', '2026-12-05T00:00:00Z', 'tester', '2026-12-05T00:00:00Z')");
    const QString edit = QStringLiteral("UPDATE claims SET statement = 'edited' WHERE id = 1");
    const QString remove = QStringLiteral("DELETE FROM claims WHERE id = 1");
    EXPECT_GT(test::rawFullScanSteps(path, edit), 0) << "version 7 scans the index's documents";

    auto opened = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    opened.value().reset();
    ASSERT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));
    for (const QString& sql : {insert, edit, remove}) {
        EXPECT_EQ(test::rawFullScanSteps(path, sql), 0) << sql.toStdString();
    }

    const QString noteFound = QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'zebrafish'");
    ASSERT_EQ(test::rawExec(path, edit), QString());
    EXPECT_EQ(rawQuery(path, noteFound), QStringLiteral("1")) << "the claim's note is indexed after its edit";
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'edited'")),
              QStringLiteral("1"));
    {
        auto c = Case::open(path, {QStringLiteral("tester")});
        ASSERT_TRUE(c.ok());
        auto report = verifyCase(*c.value());
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok()) << report->problems.size() << " problem(s) after the edit";
    }
    ASSERT_EQ(test::rawExec(path, QStringLiteral("PRAGMA foreign_keys = ON; ") + remove), QString());
    EXPECT_EQ(rawQuery(path, noteFound), QStringLiteral("0")) << "a deleted claim's note leaves the index";
    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok());
    auto report = verifyCase(*c.value());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->problems.size() << " problem(s) after the delete";
}

TEST(CaseUpgrade, AnOldCaseIsUpgradedWithProgressAndItsSearchIndexBuilt)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("case-v3.corrob"));
    ASSERT_TRUE(needsUpgrade(path));

    std::vector<UpgradeProgress> heard;
    auto kept = upgradeCase(path, [&heard](const UpgradeProgress& p) {
        heard.push_back(p);
        return true;
    });
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_FALSE(kept->path.isEmpty());
    EXPECT_EQ(kept->fromVersion, 3);
    EXPECT_EQ(rawQuery(kept->path, QStringLiteral("PRAGMA user_version")), QStringLiteral("3"));
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")), QString::number(storage::caseSchemaVersion()));
    EXPECT_FALSE(needsUpgrade(path));

    // The copy first, then each of the two pending migrations in turn (4: the search index, 5: entities).
    ASSERT_FALSE(heard.empty());
    EXPECT_EQ(heard.front().phase, UpgradeProgress::Phase::Backup);
    int lastStep = 0;
    qint64 indexed = -1;
    qint64 documents = 0;
    for (const UpgradeProgress& p : heard) {
        if (p.phase == UpgradeProgress::Phase::Backup) {
            EXPECT_EQ(lastStep, 0) << "the copy is made before any migration";
            continue;
        }
        EXPECT_GE(p.step, lastStep);
        EXPECT_EQ(p.steps, storage::caseSchemaVersion() - 3) << "every migration above the fixture's schema 3";
        lastStep = p.step;
        if (p.toVersion == 4 && p.total > 0) {
            EXPECT_GE(p.done, indexed) << "the index build only goes forward";
            indexed = p.done;
            documents = p.total;
        }
    }
    EXPECT_EQ(lastStep, storage::caseSchemaVersion() - 3);
    EXPECT_GT(documents, 0);
    EXPECT_EQ(indexed, documents) << "the index build reports every document";

    // The index built a slice at a time is the index: it agrees with the case, and finds what is there.
    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok());
    auto report = verifyCase(*c.value());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->problems.size() << " problem(s)";
    auto found = searchCase(*c.value(), QStringLiteral("the"));
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->empty());
}

TEST(CaseUpgrade, AnUpToDateCaseNeedsNoUpgradeAndNotACaseIsLeftToOpening)
{
    QTemporaryDir dir;
    EXPECT_FALSE(needsUpgrade(copyFixture(dir, QStringLiteral("case-v%1.corrob").arg(storage::caseSchemaVersion()))));
    EXPECT_FALSE(needsUpgrade(dir.filePath(QStringLiteral("missing.corrob"))));
    const QString text = dir.filePath(QStringLiteral("text.corrob"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a case");
    f.close();
    EXPECT_FALSE(needsUpgrade(text));
}

TEST(CaseUpgrade, ACancelledUpgradeLeavesTheCaseExactlyAsItWasAndNoCopy)
{
    // Cancelled while the copy is made, when a migration starts, and while the search index is built.
    const std::vector<std::function<bool(const UpgradeProgress&)>> cancels = {
        [](const UpgradeProgress& p) { return p.phase != UpgradeProgress::Phase::Backup; },
        [](const UpgradeProgress& p) { return p.phase != UpgradeProgress::Phase::Upgrade || p.step < 2; },
        [](const UpgradeProgress& p) { return p.phase != UpgradeProgress::Phase::Upgrade || p.done == 0; },
    };
    for (std::size_t i = 0; i < cancels.size(); ++i) {
        SCOPED_TRACE(i);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("case-v3.corrob"));
        QFile original(path);
        ASSERT_TRUE(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        auto kept = upgradeCase(path, cancels[i]);
        ASSERT_FALSE(kept.ok());
        EXPECT_TRUE(kept.error().message.contains(QStringLiteral("cancelled")))
            << kept.error().toString().toStdString();
        EXPECT_TRUE(kept.error().message.contains(QStringLiteral("not changed")));
        ASSERT_TRUE(original.open(QIODevice::ReadOnly));
        EXPECT_EQ(original.readAll(), before) << "the case is exactly as it was";
        EXPECT_TRUE(needsUpgrade(path));
        // No copy is left beside it (the case's own -wal and -shm may be, from reading it).
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        const QString name = QFileInfo(path).fileName();
        for (const QString& file : files) {
            EXPECT_TRUE(file == name || file == name + QStringLiteral("-wal") || file == name + QStringLiteral("-shm"))
                << file.toStdString();
        }
    }
}
