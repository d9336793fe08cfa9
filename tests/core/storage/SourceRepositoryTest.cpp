// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SourceRepository.h"
#include "core/model/Report.h"
#include "core/storage/CaseFile.h"
#include "core/storage/ClaimRepository.h"
#include "core/storage/ReportRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::storage;

namespace {

Database freshCase(const QTemporaryDir& dir)
{
    auto db = CaseFile::create(dir.filePath(QStringLiteral("t.corrob")));
    EXPECT_TRUE(db.ok());
    return std::move(db).value();
}

model::Source callamard()
{
    model::Source s;
    s.name = QStringLiteral("Agnès  Callamard");
    s.kind = model::SourceKind::Person;
    s.aliases = {QStringLiteral("Callamard"), QStringLiteral("Amnesty's Secretary General")};
    s.reliability = QStringLiteral("B");
    s.createdAt = QStringLiteral("2026-11-21T10:00:00.000Z");
    return s;
}

ReportId addReport(Database& db, SourceId outlet)
{
    model::NewReport r;
    r.original = "Agnès Callamard said";
    r.workingText = QStringLiteral("Agnès Callamard said");
    r.sha256 = QStringLiteral("x");
    r.metadata.title = QStringLiteral("Callamard");
    r.provenance.importMethod = QStringLiteral("file");
    r.provenance.capturedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
    r.provenance.mediaType = QStringLiteral("text/plain");
    r.provenance.encoding = QStringLiteral("UTF-8");
    auto id = ReportRepository(db).insert(r, outlet, SourceId());
    EXPECT_TRUE(id.ok());
    return id.value();
}

} // namespace

TEST(SourceRepository, FindsASourceByNameOrAliasIgnoringCaseAndDiacritics)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    SourceRepository repo(db);
    auto id = repo.insert(callamard());
    ASSERT_TRUE(id.ok());
    for (const char* name :
         {"Agnes Callamard", "AGNÈS CALLAMARD", "  agnès callamard ", "callamard", "amnesty's secretary general"}) {
        auto found = repo.findByName(QString::fromUtf8(name));
        ASSERT_TRUE(found.ok());
        EXPECT_EQ(found.value(), std::optional<SourceId>(id.value())) << name;
    }
    EXPECT_FALSE(repo.findByName(QStringLiteral("Callamar")).value().has_value());
    const model::Source stored = repo.find(id.value()).value();
    EXPECT_EQ(stored.name, QStringLiteral("Agnès Callamard")) << "whitespace collapsed, diacritics kept";
    EXPECT_EQ(stored.aliases,
              (QStringList{QStringLiteral("Amnesty's Secretary General"), QStringLiteral("Callamard")}));
    EXPECT_EQ(stored.reliability, QStringLiteral("B"));
}

TEST(SourceRepository, RestoresARemovedSourceWithTheSameIdAndEverythingItHad)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    SourceRepository repo(db);
    const SourceId id = repo.insert(callamard()).value();
    const model::Source before = repo.find(id).value();
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.find(id).ok());
    EXPECT_FALSE(repo.findByName(QStringLiteral("callamard")).value().has_value()) << "aliases go with the source";
    ASSERT_EQ(repo.insert(before).value(), id);
    EXPECT_EQ(repo.find(id).value(), before);
    EXPECT_EQ(repo.remove(SourceId(99)).error().code, ErrorCode::NotFound);
}

TEST(SourceRepository, ListsAndMovesEveryReferenceToASource)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    SourceRepository repo(db);
    const SourceId amnesty = repo.findOrCreate(QStringLiteral("Amnesty International"), QStringLiteral("ngo")).value();
    const SourceId ai = repo.findOrCreate(QStringLiteral("AI"), QStringLiteral("ngo")).value();
    model::Source person = callamard();
    person.affiliation = amnesty;
    const SourceId callamardId = repo.insert(person).value();
    const ReportId report = addReport(db, amnesty);
    model::Claim claim;
    claim.report = report;
    claim.anchor = {0, 15, QStringLiteral("Agnès Callamard"), {}, {}};
    claim.source = amnesty;
    claim.createdAt = claim.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
    claim.createdBy = QStringLiteral("tester");
    const ClaimId claimId = ClaimRepository(db).insert(claim).value();

    const SourceReferences refs = repo.references(amnesty).value();
    EXPECT_EQ(refs.claims, std::vector<ClaimId>{claimId});
    EXPECT_EQ(refs.outletOf, std::vector<ReportId>{report});
    EXPECT_EQ(refs.affiliated, std::vector<SourceId>{callamardId});
    ASSERT_TRUE(repo.pointReferences(refs, ai).ok());
    EXPECT_EQ(repo.references(ai).value(), refs);
    EXPECT_EQ(repo.references(amnesty).value(), SourceReferences{});
}

TEST(SourceRepository, AliasesPassTheFileCheckThatVerifyRuns)
{
    // SQLite 3.40's quick_check wrongly reports every alias row as "NULL value in source_aliases.alias";
    // verify must not call a case with aliases damaged.
    QTemporaryDir dir;
    Database db = freshCase(dir);
    ASSERT_TRUE(SourceRepository(db).insert(callamard()).ok());
    auto findings = db.quickCheck();
    ASSERT_TRUE(findings.ok());
    EXPECT_TRUE(findings->isEmpty()) << findings->join(u'\n').toStdString();
}
