// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/ReportEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/storage/Database.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

std::optional<model::Source> sourceNamed(Case& c, const QString& name)
{
    for (const model::Source& s : CaseReader(c).sources().value()) {
        if (s.name == name) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace

TEST(EditReportMetadata, ChangesOnlyTheGivenFieldsAndRoundTrips)
{
    SeededCase c;
    const model::ReportMetadata was = c->report(test::kSeed001).value().metadata;
    ReportMetadataChanges changes;
    changes.title = QStringLiteral("  Bodies found in Kyiv region ");
    changes.author = QStringLiteral("Staff reporter");
    changes.published = QStringLiteral("2022-08-04");
    changes.language = QStringLiteral("en-GB");
    changes.url = QStringLiteral("https://example.org/kyiv-bodies");
    EditReportMetadata edit(test::kSeed001, changes);
    test::expectRoundTrip(c.get(), edit);
    const model::ReportMetadata now = c->report(test::kSeed001).value().metadata;
    EXPECT_EQ(now.title, QStringLiteral("Bodies found in Kyiv region"));
    EXPECT_EQ(now.author, QStringLiteral("Staff reporter"));
    EXPECT_EQ(now.published.iso, QStringLiteral("2022-08-04"));
    EXPECT_EQ(now.published.precision, model::PartialDate::Precision::Day);
    EXPECT_EQ(now.language, QStringLiteral("en-GB"));
    EXPECT_EQ(now.url, QStringLiteral("https://example.org/kyiv-bodies"));
    EXPECT_EQ(now.outlet, was.outlet); // not given, so unchanged
    EXPECT_EQ(now.republishedBy, was.republishedBy);
    EXPECT_EQ(edit.before(), was);
    EXPECT_TRUE(edit.createdSources().empty());
}

TEST(EditReportMetadata, UndoRemovesTheMediaSourcesItCreatedAndRedoPutsThemBackWithTheSameIds)
{
    SeededCase c;
    const auto sourcesBefore = CaseReader(c.get()).sources().value().size();
    ReportMetadataChanges changes;
    changes.outlet = QStringLiteral("Kyiv Independent");
    changes.republishedBy = QStringLiteral("Yahoo News");
    EditReportMetadata edit(test::kSeed000, changes);
    test::expectRoundTrip(c.get(), edit); // the snapshot holds every source with its id
    ASSERT_EQ(edit.createdSources().size(), 2u);
    auto outlet = sourceNamed(c.get(), QStringLiteral("Kyiv Independent"));
    ASSERT_TRUE(outlet.has_value());
    EXPECT_EQ(outlet->kind, model::SourceKind::Media);
    EXPECT_EQ(outlet->id, edit.createdSources().front().id);
    EXPECT_EQ(c->report(test::kSeed000).value().metadata.republishedBy, QStringLiteral("Yahoo News"));

    ASSERT_TRUE(edit.revert(c.get()).ok());
    EXPECT_EQ(CaseReader(c.get()).sources().value().size(), sourcesBefore);
    EXPECT_FALSE(sourceNamed(c.get(), QStringLiteral("Kyiv Independent")).has_value());
}

TEST(EditReportMetadata, AnOutletThatNamesASourceUsesItAndUndoKeepsIt)
{
    SeededCase c;
    // A claim attributed to a new source makes it; the report's outlet then names it in another spelling.
    const ClaimId claim = test::addClaim(c.get(), test::kSeed000, QStringLiteral("Agnès Callamard"),
                                         QStringLiteral("Amnesty International"));
    ASSERT_TRUE(claim.isValid());
    const auto amnesty = sourceNamed(c.get(), QStringLiteral("Amnesty International"));
    ASSERT_TRUE(amnesty.has_value());
    ReportMetadataChanges changes;
    changes.outlet = QStringLiteral("amnesty international");
    EditReportMetadata edit(test::kSeed002, changes);
    test::expectRoundTrip(c.get(), edit);
    EXPECT_TRUE(edit.createdSources().empty());
    EXPECT_EQ(c->report(test::kSeed002).value().metadata.outlet, QStringLiteral("Amnesty International"));
    ASSERT_TRUE(edit.revert(c.get()).ok());
    EXPECT_TRUE(sourceNamed(c.get(), QStringLiteral("Amnesty International")).has_value());
}

TEST(EditReportMetadata, ClearingTheOutletAndTheDateRoundTrips)
{
    SeededCase c;
    ReportMetadataChanges changes;
    changes.outlet = QString();
    changes.published = QString();
    changes.url = QString();
    EditReportMetadata edit(test::kSeed004, changes);
    test::expectRoundTrip(c.get(), edit);
    const model::ReportMetadata now = c->report(test::kSeed004).value().metadata;
    EXPECT_TRUE(now.outlet.isEmpty());
    EXPECT_FALSE(now.published.isKnown());
}

TEST(EditReportMetadata, RefusesABadDateLanguageOrUrlAMissingReportAndNoChange)
{
    SeededCase c;
    const QString where = QStringLiteral("report %1").arg(test::kSeed001.value);
    ReportMetadataChanges date;
    date.published = QStringLiteral("4 August");
    date.title = QStringLiteral("would be lost with the refusal");
    EditReportMetadata badDate(test::kSeed001, date);
    const Error d = test::expectRefused(c.get(), badDate);
    EXPECT_TRUE(d.message.contains(QStringLiteral("'4 August' is not a date"))) << d.message.toStdString();
    EXPECT_EQ(d.context, where);

    ReportMetadataChanges language;
    language.language = QStringLiteral("English");
    language.outlet = QStringLiteral("A new outlet that must not be created");
    EditReportMetadata badLanguage(test::kSeed001, language);
    EXPECT_TRUE(test::expectRefused(c.get(), badLanguage).message.contains(QStringLiteral("not a language code")));

    ReportMetadataChanges url;
    url.url = QStringLiteral("example.org/article");
    EditReportMetadata badUrl(test::kSeed001, url);
    EXPECT_TRUE(test::expectRefused(c.get(), badUrl).message.contains(QStringLiteral("not an absolute URL")));

    ReportMetadataChanges title;
    title.title = QStringLiteral("x");
    EditReportMetadata missing(ReportId(99), title);
    const Error gone = test::expectRefused(c.get(), missing);
    EXPECT_EQ(gone.code, ErrorCode::NotFound);
    EXPECT_EQ(gone.context, QStringLiteral("report 99"));

    // A stored value the checks would refuse does not block a change to another field.
    ASSERT_TRUE(
        c->database()
            .exec(
                QStringLiteral("UPDATE reports SET language = 'English (UK)' WHERE id = %1").arg(test::kSeed001.value))
            .ok());
    ReportMetadataChanges author;
    author.author = QStringLiteral("Staff");
    EditReportMetadata otherField(test::kSeed001, author);
    EXPECT_TRUE(otherField.apply(c.get()).ok());

    EditReportMetadata nothing(test::kSeed001, ReportMetadataChanges{});
    EXPECT_TRUE(test::expectRefused(c.get(), nothing).message.contains(QStringLiteral("nothing to change")));
    ReportMetadataChanges same;
    same.title = c->report(test::kSeed001).value().metadata.title;
    EditReportMetadata unchanged(test::kSeed001, same);
    EXPECT_TRUE(test::expectRefused(c.get(), unchanged).message.contains(QStringLiteral("already says so")));
}

TEST(ExcludeRange, HidesARangeAndUndoShowsItAgain)
{
    SeededCase c;
    const auto before = c->excludedRangeList(test::kSeed000).value().size();
    ExcludeRange hide(test::kSeed000, model::TextRange{0, 10, QStringLiteral("byline")});
    test::expectRoundTrip(c.get(), hide);
    const auto ranges = c->excludedRangeList(test::kSeed000).value();
    ASSERT_EQ(ranges.size(), before + 1);
    EXPECT_EQ(hide.range().origin, QStringLiteral("user"));
    ASSERT_TRUE(hide.revert(c.get()).ok());
    EXPECT_EQ(c->excludedRangeList(test::kSeed000).value().size(), before);

    ExcludeRange outside(test::kSeed000, model::TextRange{5, 5'000'000, QString()});
    EXPECT_TRUE(test::expectRefused(c.get(), outside).message.contains(QStringLiteral("not inside")));
}

TEST(IncludeRange, ShowsAnImportedRangeAndUndoPutsItBackWithItsIdAndOrigin)
{
    SeededCase c;
    ReportId report;
    std::vector<model::ExcludedRange> ranges;
    for (ReportId r : {test::kSeed000, test::kSeed001, test::kSeed002, test::kSeed003, test::kSeed004}) {
        ranges = c->excludedRangeList(r).value();
        if (!ranges.empty()) {
            report = r;
            break;
        }
    }
    ASSERT_TRUE(report.isValid()) << "no seed has page furniture";
    IncludeRange show(report, ranges.front().id);
    test::expectRoundTrip(c.get(), show);
    EXPECT_EQ(c->excludedRangeList(report).value().size(), ranges.size() - 1);
    ASSERT_TRUE(show.revert(c.get()).ok());
    EXPECT_EQ(c->excludedRangeList(report).value().front(), ranges.front());

    IncludeRange missing(report, ExcludedRangeId(9999));
    EXPECT_EQ(test::expectRefused(c.get(), missing).code, ErrorCode::NotFound);
}
