// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Case.h"
#include "core/case/ImportService.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ReportEdits.h"
#include "core/storage/AuditLog.h"
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

TEST(ExcludedRanges, AConstCaseReadsTheTextWithAndWithoutThem)
{
    SeededCase s;
    seed(s);
    const Case& view = *s.c; // the read side is const (issue 9)
    auto all = view.reportText(s.report, Case::TextView::All);
    auto reading = view.reportText(s.report, Case::TextView::Reading);
    auto ranges = view.excludedRanges(s.report);
    ASSERT_TRUE(all.ok() && reading.ok() && ranges.ok());
    ASSERT_FALSE(ranges->isEmpty());
    EXPECT_EQ(reading.value(), model::textWithout(all.value(), ranges.value()));
    EXPECT_LT(reading->size(), all->size());
    EXPECT_EQ(view.excludedRangeList(s.report)->size(), size_t(ranges->size()));
    EXPECT_EQ(view.report(s.report)->id, s.report);
    EXPECT_EQ(view.reports()->size(), 1u);
    EXPECT_FALSE(view.original(s.report)->isEmpty());
    EXPECT_EQ(view.title().value(), QStringLiteral("ranges"));
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

    // apply: exclude
    ExcludeRange hide(s.report, {start, end, QStringLiteral("off topic")});
    const Status added = hide.apply(*s.c);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_TRUE(hide.range().id.isValid());
    EXPECT_EQ(hide.range().origin, QStringLiteral("user"));
    EXPECT_EQ(auditCount(*s.c), audit + 1);
    EXPECT_FALSE(s.c->reportText(s.report, Case::TextView::Reading)->contains(QStringLiteral("far from alone")));
    EXPECT_EQ(s.c->reportText(s.report, Case::TextView::All).value(), all) << "the working text never changes";
    const auto withRange = s.c->excludedRangeList(s.report).value();
    ASSERT_EQ(withRange.size(), before + 1);

    // undo: include
    ASSERT_TRUE(hide.revert(*s.c).ok());
    EXPECT_EQ(auditCount(*s.c), audit + 2);
    EXPECT_EQ(s.c->reportText(s.report, Case::TextView::Reading).value(), reading);
    EXPECT_EQ(s.c->excludedRangeList(s.report)->size(), before);

    // redo: the same range comes back with the same id
    ASSERT_TRUE(hide.apply(*s.c).ok());
    EXPECT_EQ(s.c->excludedRangeList(s.report).value(), withRange);
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
    IncludeRange show(s.report, first.id);
    ASSERT_TRUE(show.apply(*s.c).ok());
    EXPECT_TRUE(s.c->reportText(s.report, Case::TextView::Reading)->startsWith(QStringLiteral("Skip to main content")));
    EXPECT_NE(s.c->excludedRangeList(s.report)->front(), first);
    ASSERT_TRUE(show.revert(*s.c).ok());
    EXPECT_EQ(s.c->excludedRangeList(s.report)->front(), first) << "back with its id, reason and import origin";
}

TEST(ExcludedRanges, RefusesRangesOutsideTheTextAndUnknownIdsWithoutWriting)
{
    SeededCase s;
    seed(s);
    const qint64 audit = auditCount(*s.c);
    const qint64 chars = s.c->report(s.report)->chars;
    const auto code = [&](Edit&& edit) {
        return edit.apply(*s.c).error().code;
    };
    EXPECT_EQ(code(ExcludeRange(s.report, {10, 5, QString()})), ErrorCode::InvalidArgument);
    EXPECT_EQ(code(ExcludeRange(s.report, {0, chars + 1, QString()})), ErrorCode::InvalidArgument);
    EXPECT_EQ(code(ExcludeRange(ReportId(99), {0, 1, QString()})), ErrorCode::NotFound);
    EXPECT_EQ(code(IncludeRange(s.report, ExcludedRangeId(9999))), ErrorCode::NotFound);
    const auto first = s.c->excludedRangeList(s.report)->front();
    EXPECT_EQ(code(IncludeRange(ReportId(s.report.value + 1), first.id)), ErrorCode::NotFound)
        << "a range is only removed through its own report";
    EXPECT_EQ(auditCount(*s.c), audit);
}

TEST(ExcludedRanges, RefusesARangeThatCutsACharacterOutsideTheBasicPlaneInHalf)
{
    SeededCase s;
    auto created = Case::create(s.dir.filePath(QStringLiteral("emoji.corrob")), QString(), {QStringLiteral("tester")});
    ASSERT_TRUE(created.ok());
    s.c = std::move(created).value();
    const ImportOutcome outcome = ImportService(*s.c).importBytes(
        QStringLiteral("\U0001F600\U0001D400 Twelve people died in the shelling.\n").toUtf8(), QStringLiteral("e.txt"),
        {});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId report = outcome.imported.front().report.id;
    const QString before = s.c->reportText(report, Case::TextView::Reading).value();
    const qint64 audit = auditCount(*s.c);
    // 1-3 is the low half of the emoji and the high half of the bold A: hidden, the halves left would read as
    // another character.
    auto cut = ExcludeRange(report, {1, 3, QString()}).apply(*s.c);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("in half"))) << cut.error().message.toStdString();
    EXPECT_EQ(auditCount(*s.c), audit);
    EXPECT_EQ(s.c->reportText(report, Case::TextView::Reading).value(), before);
    // Whole characters are fine.
    EXPECT_TRUE(ExcludeRange(report, {0, 4, QString()}).apply(*s.c).ok());
}
