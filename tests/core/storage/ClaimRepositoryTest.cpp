// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ClaimRepository.h"
#include "core/model/Report.h"
#include "core/storage/CaseFile.h"
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
