// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "tests/support/TestPaths.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

struct SeededCase
{
    QTemporaryDir dir;
    std::unique_ptr<Case> c;
    ReportId report;
};

// A case with the Common Dreams seed (which has furniture ranges from the import).
void seed(SeededCase& s)
{
    auto created = Case::create(s.dir.filePath(QStringLiteral("ranges.corrob")), QString(), {QStringLiteral("tester")});
    ASSERT_TRUE(created.ok());
    s.c = std::move(created).value();
    const ImportOutcome outcome = ImportService(*s.c).importPaths({test::seedFiles().at(2)}, {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    s.report = outcome.imported.front().report.id;
}

qint64 auditCount(Case& c)
{
    return c.auditLog().count().value();
}

} // namespace

TEST(ExcludedRanges, ImportedFurnitureIsListedWithIdsAndImportOrigin)
{
    SeededCase s;
    seed(s);
    auto list = s.c->excludedRangeList(s.report);
    ASSERT_TRUE(list.ok());
    ASSERT_GE(list->size(), 5u);
    for (const auto& r : list.value()) {
        EXPECT_TRUE(r.id.isValid());
        EXPECT_EQ(r.origin, QStringLiteral("import"));
    }
    EXPECT_EQ(list->front().range.reason, QStringLiteral("navigation"));
}

TEST(ExcludedRanges, ExcludeThenIncludeIsOneAuditedTransactionEachAndRoundTrips)
{
    SeededCase s;
    seed(s);
    const QString reading = s.c->reportText(s.report, Case::TextView::Reading).value();
    const QString all = s.c->reportText(s.report, Case::TextView::All).value();
    const qsizetype start = all.indexOf(QStringLiteral("Amnesty was far from alone"));
    ASSERT_GT(start, 0);
    const qsizetype end = all.indexOf(u'\n', start) + 1;
    const qint64 audit = auditCount(*s.c);
    const size_t before = s.c->excludedRangeList(s.report)->size();

    // redo: exclude
    auto added = s.c->excludeRange(s.report, {start, end, QStringLiteral("off topic")});
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->origin, QStringLiteral("user"));
    EXPECT_EQ(auditCount(*s.c), audit + 1);
    EXPECT_FALSE(s.c->reportText(s.report, Case::TextView::Reading)->contains(QStringLiteral("far from alone")));
    EXPECT_EQ(s.c->reportText(s.report, Case::TextView::All).value(), all) << "the working text never changes";

    // undo: include
    auto removed = s.c->includeRange(s.report, added->id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), added.value());
    EXPECT_EQ(auditCount(*s.c), audit + 2);
    EXPECT_EQ(s.c->reportText(s.report, Case::TextView::Reading).value(), reading);
    EXPECT_EQ(s.c->excludedRangeList(s.report)->size(), before);

    // redo again: the same range comes back with the same id
    auto restored = s.c->restoreExcludedRange(s.report, removed.value());
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored.value(), added.value());
    EXPECT_EQ(auditCount(*s.c), audit + 3);
    EXPECT_FALSE(s.c->reportText(s.report, Case::TextView::Reading)->contains(QStringLiteral("far from alone")));

    auto check = verifyCase(*s.c);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
}

TEST(ExcludedRanges, IncludingAnImportedRangeShowsItAndCanBePutBack)
{
    SeededCase s;
    seed(s);
    const auto first = s.c->excludedRangeList(s.report)->front();
    auto removed = s.c->includeRange(s.report, first.id);
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(s.c->reportText(s.report, Case::TextView::Reading)->startsWith(QStringLiteral("Skip to main content")));
    auto restored = s.c->restoreExcludedRange(s.report, removed.value());
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->origin, QStringLiteral("import"));
    EXPECT_EQ(s.c->excludedRangeList(s.report)->front(), first);
}

TEST(ExcludedRanges, RefusesRangesOutsideTheTextAndUnknownIdsWithoutWriting)
{
    SeededCase s;
    seed(s);
    const qint64 audit = auditCount(*s.c);
    const qint64 chars = s.c->report(s.report)->chars;
    EXPECT_EQ(s.c->excludeRange(s.report, {10, 5, QString()}).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(s.c->excludeRange(s.report, {0, chars + 1, QString()}).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(s.c->excludeRange(ReportId(99), {0, 1, QString()}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(s.c->includeRange(s.report, ExcludedRangeId(9999)).error().code, ErrorCode::NotFound);
    const auto first = s.c->excludedRangeList(s.report)->front();
    EXPECT_EQ(s.c->includeRange(ReportId(s.report.value + 1), first.id).error().code, ErrorCode::NotFound)
        << "a range is only removed through its own report";
    EXPECT_EQ(auditCount(*s.c), audit);
}

