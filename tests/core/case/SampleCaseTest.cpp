// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/SampleCase.h"
#include "core/case/CaseAnalysis.h"
#include "core/case/CaseReader.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>

#include <QTemporaryDir>
#include <algorithm>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

TEST(SampleCase, IsCreatedOnceFromTheBundledArticles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/Sample case.corrob"));
    auto created = ensureSampleCase(path, test::seedsDir(), {QStringLiteral("tester")});
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    EXPECT_TRUE(created.value());
    auto again = ensureSampleCase(path, test::seedsDir(), {QStringLiteral("tester")});
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value()) << "an existing sample case (maybe with the user's work) must be left alone";

    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value()->reports().value().size(), 5u);
    EXPECT_EQ(c.value()->title().value(), sampleCaseTitle());
}

TEST(SampleCase, LeavesNoHalfMadeCaseWhenTheArticlesAreMissing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample case.corrob"));
    auto created = ensureSampleCase(path, dir.filePath(QStringLiteral("nowhere")), {QStringLiteral("tester")});
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(SampleCase, MarksClaimsWithSourcesAndLinksInTheFirstTwoArticles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample case.corrob"));
    ASSERT_TRUE(ensureSampleCase(path, test::seedsDir(), {QStringLiteral("tester")}).ok());
    auto c = Case::open(path, {QStringLiteral("tester")});
    ASSERT_TRUE(c.ok());
    CaseReader reader(*c.value());
    const auto reports = c.value()->reports().value();
    const auto claims = reader.claims().value();
    ASSERT_EQ(claims.size(), 6u);
    // Every claim sits in one of the first two articles and its quote is the text at its anchor.
    for (const model::Claim& claim : claims) {
        EXPECT_TRUE(claim.report == reports[0].id || claim.report == reports[1].id);
        const QString text = c.value()->reportText(claim.report, Case::TextView::All).value();
        EXPECT_EQ(text.mid(claim.anchor.start, claim.anchor.length()), claim.anchor.quote);
        EXPECT_TRUE(claim.source.isValid()) << claim.statement.toStdString();
    }
    const auto callamard = reader.sourceNamed(QStringLiteral("Agnes Callamard")).value();
    ASSERT_TRUE(callamard.has_value());
    const auto amnesty = reader.sourceNamed(QStringLiteral("Amnesty International")).value();
    ASSERT_TRUE(amnesty.has_value());
    EXPECT_EQ(callamard->affiliation, amnesty->id);
    EXPECT_TRUE(reader.sourceNamed(QStringLiteral("Oleksandr Pavlyuk")).value().has_value());
    EXPECT_TRUE(reader.sourceNamed(QStringLiteral("Russian Ministry of Defence")).value().has_value());

    QStringList types;
    for (const model::Link& link : reader.links().value()) {
        types << model::linkTypeName(link.type);
    }
    types.sort();
    EXPECT_EQ(types,
              (QStringList{QStringLiteral("contradicts"), QStringLiteral("corroborates"), QStringLiteral("repeats")}));

    // The worked example reads as intended: Amnesty's killings claim has two independent sources (Amnesty and
    // the governor), Callamard's repeated quote one, and the denial is a conflict.
    const auto analysis = analyzeCase(*c.value()).value();
    EXPECT_EQ(analysis.conflicts.size(), 1);
    const auto killings = std::find_if(claims.cbegin(), claims.cend(), [](const model::Claim& claim) {
        return claim.statement.startsWith(QStringLiteral("22 unlawful killings"));
    });
    ASSERT_NE(killings, claims.cend());
    EXPECT_EQ(analysis.find(killings->id)->independentSources, 2);
    EXPECT_EQ(analysis.find(killings->id)->contradictedBy.size(), 1);
}
