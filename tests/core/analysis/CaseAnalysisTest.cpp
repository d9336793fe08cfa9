// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of a real case file: the sample case as `corroborate --sample` creates it, read by analyzeCase
// (source grades and link ids come from the case).
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "tests/support/TestPaths.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;
using namespace corrob::casefile;

namespace {

struct SampleAnalysis
{
    SampleAnalysis()
    {
        const QString path = dir.filePath(QStringLiteral("Sample case.corrob"));
        EXPECT_TRUE(ensureSampleCase(path, test::seedsDir(), {QStringLiteral("tester")}).ok());
        auto opened = Case::open(path, {QStringLiteral("tester")});
        EXPECT_TRUE(opened.ok());
        target = std::move(opened.value());
        CaseReader reader(*target);
        claims = reader.claims().value();
        links = reader.links().value();
        auto analysed = analyzeCase(*target);
        EXPECT_TRUE(analysed.ok());
        result = analysed.value();
    }

    ClaimId claimWith(const QString& statement) const
    {
        for (const model::Claim& c : claims) {
            if (c.statement.contains(statement)) {
                return c.id;
            }
        }
        ADD_FAILURE() << "no claim says " << statement.toStdString();
        return ClaimId();
    }

    LinkId linkOf(model::LinkType type) const
    {
        for (const model::Link& l : links) {
            if (l.type == type) {
                return l.id;
            }
        }
        return LinkId();
    }

    QTemporaryDir dir;
    std::unique_ptr<Case> target;
    std::vector<model::Claim> claims;
    std::vector<model::Link> links;
    analysis::AnalysisResult result;
};

} // namespace

TEST(CaseAnalysis, TheSamplesBodyCountRestsOnPavlyukAloneAndIsNotContradicted)
{
    SampleAnalysis s;
    const ClaimId bodies = s.claimWith(QStringLiteral("1,235"));
    const ClaimId killings = s.claimWith(QStringLiteral("22 unlawful killings"));
    const analysis::ClaimAnalysis* a = s.result.find(bodies);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->independentSources, 1);
    ASSERT_EQ(a->origins.size(), 1);
    EXPECT_EQ(a->origins.first().name, QStringLiteral("Oleksandr Pavlyuk"));
    EXPECT_TRUE(a->contradictedBy.isEmpty());
    EXPECT_EQ(a->suggestedCredibility, 3);
    EXPECT_TRUE(a->reason().endsWith(QStringLiteral("backs claim #%1 (link #%2), which adds no source to this one")
                                         .arg(killings.value)
                                         .arg(s.linkOf(model::LinkType::Corroborates).value)))
        << a->reason().toStdString();
}

TEST(CaseAnalysis, TheSamplesKillingsClaimIsBackedByPavlyukAndDisputedByAnEGradedMinistry)
{
    SampleAnalysis s;
    const ClaimId killings = s.claimWith(QStringLiteral("22 unlawful killings"));
    const ClaimId denial = s.claimWith(QStringLiteral("Russia hits"));
    const analysis::ClaimAnalysis* a = s.result.find(killings);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->independentSources, 2);
    EXPECT_EQ(a->contradictedBy, QList<ClaimId>{denial});
    EXPECT_DOUBLE_EQ(a->contradictingWeight, 0.25); // the ministry is graded E in the sample
    EXPECT_EQ(a->suggestedCredibility, 2);
    EXPECT_TRUE(a->reason().contains(QStringLiteral("disputed only by Russian Ministry of Defence (E)")))
        << a->reason().toStdString();
    EXPECT_TRUE(a->reason().contains(QStringLiteral("contradicted by claim #%1 (link #%2, Russian Ministry of Defence)")
                                         .arg(denial.value)
                                         .arg(s.linkOf(model::LinkType::Contradicts).value)))
        << a->reason().toStdString();
    // Callamard's quote, repeated by Fox, is one statement with one origin, and says which link it followed.
    const analysis::ClaimAnalysis* quote = nullptr;
    for (const model::Claim& c : s.claims) {
        if (c.statement.startsWith(QStringLiteral("All those responsible"))) {
            quote = s.result.find(c.id);
            break;
        }
    }
    ASSERT_NE(quote, nullptr);
    EXPECT_EQ(quote->sameStatement.size(), 2);
    EXPECT_EQ(quote->independentSources, 1);
    EXPECT_TRUE(quote->reason().contains(QStringLiteral("(link #%1)").arg(s.linkOf(model::LinkType::Repeats).value)))
        << quote->reason().toStdString();
}
