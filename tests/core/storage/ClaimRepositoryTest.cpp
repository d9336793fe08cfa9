// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ClaimRepository.h"
#include "core/model/Report.h"
#include "core/storage/CaseFile.h"
#include "core/storage/LinkRepository.h"
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

TEST(ClaimRepository, KeepsAnExplicitIdAndListsAReportsClaimsByStart)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    const ReportId report = addReport(db, SourceId());
    ClaimRepository claims(db);
    model::Claim later;
    later.id = ClaimId(40);
    later.report = report;
    later.anchor = {16, 20, QStringLiteral("said"), QStringLiteral("Agnès Callamard "), {}};
    later.kind = model::ClaimKind::Quote;
    later.credibility = 2;
    later.createdAt = later.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
    later.createdBy = QStringLiteral("tester");
    model::Claim earlier = later;
    earlier.id = ClaimId();
    earlier.anchor = {0, 5, QStringLiteral("Agnès"), {}, QStringLiteral(" Callamard said")};
    ASSERT_EQ(claims.insert(later).value(), ClaimId(40));
    const ClaimId second = claims.insert(earlier).value();
    EXPECT_EQ(second, ClaimId(41));
    const auto listed = claims.ofReport(report).value();
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed.at(0).id, second);
    EXPECT_EQ(listed.at(1), later);
    EXPECT_FALSE(claims.insert(later).ok()) << "an id that is taken is refused";
}

// Opening a case lists every claim by report, then by where it is in the text, whatever order it was marked in
// (the Claims table shows them so, and the workbench's cache relies on that order to find a claim).
TEST(ClaimRepository, ListsEveryClaimByReportThenPositionWhateverOrderTheyWereMarkedIn)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    const ReportId first = addReport(db, SourceId());
    const ReportId second = addReport(db, SourceId());
    ClaimRepository claims(db);
    auto mark = [&](ReportId report, qsizetype start, qsizetype end) {
        model::Claim c;
        c.report = report;
        c.anchor = {start, end, QStringLiteral("Agnès Callamard said").mid(start, end - start), {}, {}};
        c.kind = model::ClaimKind::Quote;
        c.createdAt = c.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
        c.createdBy = QStringLiteral("tester");
        return claims.insert(c).value();
    };
    const ClaimId secondReport = mark(second, 0, 5);
    const ClaimId said = mark(first, 16, 20);
    const ClaimId wholeName = mark(first, 0, 15);
    const ClaimId firstName = mark(first, 0, 5);
    const auto listed = claims.all().value();
    std::vector<ClaimId> order;
    for (const model::Claim& c : listed) {
        order.push_back(c.id);
    }
    EXPECT_EQ(order, (std::vector<ClaimId>{firstName, wholeName, said, secondReport}));
}

// A large case's claims and links are all held in memory while it is open (the workbench's cache): a statement that
// is its quote, a claim never changed, and the author every claim and link shares are read as one string each
// (implicitly shared), not 50,000 copies; a value that differs still reads as what was written.
TEST(ClaimRepository, ReadsRepeatedTextsAsOneSharedStringAndDifferentOnesAsWritten)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    const ReportId report = addReport(db, SourceId());
    ClaimRepository claims(db);
    model::Claim same;
    same.report = report;
    same.anchor = {0, 5, QStringLiteral("Agnès"), {}, QStringLiteral(" Callamard said")};
    same.statement = QStringLiteral("Agnès");
    same.createdAt = same.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
    same.createdBy = QStringLiteral("tester");
    model::Claim edited = same;
    edited.anchor = {16, 20, QStringLiteral("said"), QStringLiteral("Agnès Callamard "), {}};
    edited.statement = QStringLiteral("Callamard said so");
    edited.updatedAt = QStringLiteral("2026-11-22T09:00:00.000Z");
    const ClaimId sameId = claims.insert(same).value();
    const ClaimId editedId = claims.insert(edited).value();
    ASSERT_TRUE(LinkRepository(db)
                    .insert({LinkId(),
                             sameId,
                             editedId,
                             model::LinkType::Corroborates,
                             {},
                             {},
                             QStringLiteral("tester"),
                             QStringLiteral("2026-11-23T08:00:00.000Z")})
                    .ok());
    ASSERT_TRUE(LinkRepository(db)
                    .insert({LinkId(),
                             editedId,
                             sameId,
                             model::LinkType::Repeats,
                             {},
                             {},
                             QStringLiteral("tester"),
                             QStringLiteral("2026-11-23T08:00:00.000Z")})
                    .ok());

    const auto all = claims.all().value();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].statement, QStringLiteral("Agnès"));
    EXPECT_TRUE(all[0].statement.isSharedWith(all[0].anchor.quote));
    EXPECT_TRUE(all[0].updatedAt.isSharedWith(all[0].createdAt));
    EXPECT_EQ(all[1].statement, QStringLiteral("Callamard said so"));
    EXPECT_EQ(all[1].anchor.quote, QStringLiteral("said"));
    EXPECT_EQ(all[1].updatedAt, QStringLiteral("2026-11-22T09:00:00.000Z"));
    EXPECT_EQ(all[1].createdAt, QStringLiteral("2026-11-21T10:00:00.000Z"));
    EXPECT_EQ(all[1].createdBy, QStringLiteral("tester"));
    EXPECT_TRUE(all[1].createdBy.isSharedWith(all[0].createdBy));

    const auto links = LinkRepository(db).all().value();
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(links[1].author, QStringLiteral("tester"));
    EXPECT_EQ(links[1].createdAt, QStringLiteral("2026-11-23T08:00:00.000Z"));
    EXPECT_TRUE(links[1].author.isSharedWith(links[0].author));
    EXPECT_TRUE(links[1].createdAt.isSharedWith(links[0].createdAt));
}

// A link's type is read from its column's bytes (no string per row): every type reads back as written, in the whole
// links and in the ends the analysis reads.
TEST(LinkRepository, ReadsEveryLinkTypeBackAsWritten)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    const ReportId report = addReport(db, SourceId());
    ClaimRepository claims(db);
    std::vector<ClaimId> ids;
    for (int i = 0; i < 6; ++i) {
        model::Claim claim;
        claim.report = report;
        claim.anchor = {i, i + 1, QStringLiteral("A"), {}, {}};
        claim.createdAt = claim.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
        claim.createdBy = QStringLiteral("tester");
        ids.push_back(claims.insert(claim).value());
    }
    const std::vector<model::LinkType> types = {model::LinkType::Elaborates, model::LinkType::Corroborates,
                                                model::LinkType::Updates, model::LinkType::Contradicts,
                                                model::LinkType::Repeats};
    LinkRepository links(db);
    for (std::size_t i = 0; i < types.size(); ++i) {
        ASSERT_TRUE(links
                        .insert({LinkId(),
                                 ids[i],
                                 ids[i + 1],
                                 types[i],
                                 {},
                                 {},
                                 QStringLiteral("tester"),
                                 QStringLiteral("2026-11-23T08:00:00.000Z")})
                        .ok());
    }
    const auto all = links.all().value();
    const auto ends = links.allEnds().value();
    ASSERT_EQ(all.size(), types.size());
    ASSERT_EQ(ends.size(), types.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        EXPECT_EQ(all[i].type, types[i]) << i;
        EXPECT_EQ(ends[i].type, types[i]) << i;
    }
}

// A claim's kind is read from its column's bytes; one written otherwise (by hand, by another program) is read the
// way parseClaimKind reads it, and one this version does not know (a newer version's) reads as "other".
TEST(ClaimRepository, ReadsAKindWrittenOtherwiseAndAnUnknownOneAsOther)
{
    QTemporaryDir dir;
    Database db = freshCase(dir);
    const ReportId report = addReport(db, SourceId());
    ClaimRepository claims(db);
    const std::vector<std::pair<QString, model::ClaimKind>> written = {
        {QStringLiteral("figure"), model::ClaimKind::Figure},
        {QStringLiteral("denial"), model::ClaimKind::Denial},
        {QStringLiteral(" Allegation "), model::ClaimKind::Allegation},
        {QStringLiteral("Legal_Qualification"), model::ClaimKind::Legal},
        {QStringLiteral("rumour"), model::ClaimKind::Other},
    };
    for (std::size_t i = 0; i < written.size(); ++i) {
        model::Claim claim;
        claim.id = ClaimId(qint64(i) + 1);
        claim.report = report;
        claim.anchor = {qsizetype(i), qsizetype(i) + 1, QStringLiteral("A"), {}, {}};
        claim.createdAt = claim.updatedAt = QStringLiteral("2026-11-21T10:00:00.000Z");
        claim.createdBy = QStringLiteral("tester");
        ASSERT_TRUE(claims.insert(claim).ok());
        auto update = db.prepare(QStringLiteral("UPDATE claims SET kind = ? WHERE id = ?"));
        ASSERT_TRUE(update.ok());
        update->bind(1, written[i].first).bind(2, qint64(i) + 1);
        ASSERT_TRUE(update->run().ok());
    }
    const auto all = claims.all().value();
    ASSERT_EQ(all.size(), written.size());
    for (std::size_t i = 0; i < written.size(); ++i) {
        EXPECT_EQ(all[i].kind, written[i].second) << written[i].first.toStdString();
    }
}
