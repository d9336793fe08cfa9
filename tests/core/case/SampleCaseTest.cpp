// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/SampleCase.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QTemporaryDir>

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
