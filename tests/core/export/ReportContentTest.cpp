// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReportContent.h"

#include "core/case/CaseReader.h"
#include "core/case/IntegrityCheck.h"
#include "core/storage/AuditLog.h"
#include "tests/core/export/ExportTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::exporting;

namespace {

QList<qint64> claimIds(const ReportContent& c)
{
    QList<qint64> ids;
    for (const ClaimEntry& e : c.claims) {
        ids << e.claim.id.value;
    }
    return ids;
}

TEST(ReportContent, CollectsEveryClaimWithItsCitationGradesEvidenceAndNotes)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    auto read = collectReport(*sample->target, {});
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    const ReportContent& c = read.value();
    EXPECT_EQ(c.caseTitle, QStringLiteral("Sample case: Amnesty International on war crimes in Ukraine (2022)"));
    EXPECT_EQ(c.author, QStringLiteral("Ana Investigator"));
    EXPECT_EQ(c.totalClaims, 6);
    ASSERT_EQ(c.claims.size(), 6u);

    const ClaimEntry* killings = c.findClaim(ClaimId(1));
    ASSERT_TRUE(killings);
    EXPECT_EQ(killings->claim.statement, test::hostileStatement());
    EXPECT_EQ(killings->claim.anchor.quote,
              QStringLiteral("documented 22 cases of unlawful killings by Russian forces"));
    EXPECT_EQ(killings->source, QStringLiteral("Amnesty International"));
    EXPECT_EQ(killings->grade(), QStringLiteral("A2"));
    EXPECT_EQ(killings->independentSources, 2);
    EXPECT_EQ(killings->origins,
              (QStringList{QStringLiteral("Amnesty International"), QStringLiteral("Oleksandr Pavlyuk")}));
    ASSERT_EQ(killings->corroborators.size(), 1);
    EXPECT_EQ(killings->corroborators[0].source, QStringLiteral("Oleksandr Pavlyuk"));
    EXPECT_TRUE(killings->corroborators[0].included);
    EXPECT_TRUE(killings->sameStatement.isEmpty());
    ASSERT_EQ(killings->contradictedBy.size(), 1);
    EXPECT_EQ(killings->contradictedBy[0].source, QStringLiteral("Russian Ministry of Defence"));
    EXPECT_EQ(killings->tags, QStringList{QStringLiteral("Unlawful killings")});
    ASSERT_EQ(killings->notes.size(), 1);
    EXPECT_EQ(killings->notes[0].body, test::hostileNote());
    EXPECT_FALSE(killings->reportTitle.isEmpty());

    // The summary counts what the table shows; the conflict is the contradiction.
    int graded = 0;
    for (int g = 1; g <= 6; ++g) {
        graded += c.claimsByCredibility[g];
    }
    EXPECT_EQ(graded + c.claimsByCredibility[0], 6);
    ASSERT_EQ(c.conflicts.size(), 1u);
    EXPECT_EQ(c.conflicts[0].kind, QStringLiteral("contradicts"));
    EXPECT_EQ(c.links.size(), 3u);

    // Every report goes into the appendix with its hash and capture time; the head hash is the audit log's last.
    ASSERT_EQ(c.reports.size(), 5u);
    for (const ReportEntry& r : c.reports) {
        EXPECT_EQ(r.sha256.size(), 64) << r.title.toStdString();
        EXPECT_FALSE(r.capturedAt.isEmpty());
    }
    EXPECT_EQ(c.auditHeadHash.size(), 64);
    QString last;
    ASSERT_TRUE(sample->target->auditLog().forEach([&](const storage::AuditEntry& e) {
        last = e.hash;
        return true;
    }));
    EXPECT_EQ(c.auditHeadHash, last);
    // Sources carry their grades; Amnesty is A now.
    auto amnesty = std::find_if(c.sources.begin(), c.sources.end(),
                                [](const SourceEntry& s) { return s.name == u"Amnesty International"; });
    ASSERT_NE(amnesty, c.sources.end());
    EXPECT_EQ(amnesty->reliability, QStringLiteral("A"));
    EXPECT_GE(c.sourcesByReliability[1], 1);
}

TEST(ReportContent, SelectsByTagClaimsAndCredibility)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    casefile::CaseReader reader(*sample->target);
    QList<qint64> tagged;
    QList<qint64> graded2;
    const auto tags = reader.tags().value();
    for (const model::Claim& claim : reader.claims().value()) {
        for (TagId t : claim.tags) {
            if (casefile::CaseReader::tagPath(tags, t) == u"Casualties") {
                tagged << claim.id.value;
            }
        }
        if (claim.credibility >= 1 && claim.credibility <= 2) {
            graded2 << claim.id.value;
        }
    }
    ASSERT_FALSE(tagged.isEmpty());
    ASSERT_FALSE(graded2.isEmpty());

    Selection byTag;
    byTag.tag = QStringLiteral("casualties"); // paths match case-insensitively
    auto t = collectReport(*sample->target, byTag);
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(claimIds(t.value()), tagged);
    EXPECT_TRUE(t.value().selection.contains(QStringLiteral("casualties")));
    EXPECT_LT(t.value().reports.size(), 5u) << "only the reports the claims sit in";

    Selection byGrade;
    byGrade.minCredibility = 2;
    auto g = collectReport(*sample->target, byGrade);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(claimIds(g.value()), graded2);

    Selection chosen;
    chosen.claims = {ClaimId(5), ClaimId(1)};
    auto s = collectReport(*sample->target, chosen);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(claimIds(s.value()), (QList<qint64>{1, 5}));
    // Claim 1 is corroborated by claim 6, which is not exported: named, but not linked.
    const ClaimEntry* one = s.value().findClaim(ClaimId(1));
    ASSERT_TRUE(one);
    ASSERT_EQ(one->corroborators.size(), 1);
    EXPECT_FALSE(one->corroborators[0].included);

    Selection both = chosen;
    both.minCredibility = 1;
    auto none = collectReport(*sample->target, both);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().claims.empty());
}

TEST(ReportContent, RefusesATagNotInTheCodebookAndAGradeOutOfRange)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    Selection unknown;
    unknown.tag = QStringLiteral("Nope/Nothing");
    auto u = collectReport(*sample->target, unknown);
    ASSERT_FALSE(u.ok());
    EXPECT_EQ(u.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(u.error().message.contains(QStringLiteral("Nope/Nothing")));
    Selection bad;
    bad.minCredibility = 7;
    EXPECT_FALSE(collectReport(*sample->target, bad).ok());
}

TEST(ReportContent, StopsWhenProgressSaysCancel)
{
    auto sample = test::makeExportCase();
    ASSERT_TRUE(sample);
    qint64 calls = 0;
    auto cancelled = collectReport(*sample->target, {}, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 3;
    });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_EQ(calls, 3);
}

} // namespace
