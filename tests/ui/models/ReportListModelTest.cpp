// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ReportListModel.h"
#include "tests/support/TestPaths.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using corrob::ui::CaseDocument;
using corrob::ui::ReportListModel;

namespace {

struct ModelHarness
{
    QTemporaryDir dir;
    CaseDocument document{{QStringLiteral("test")}};
    ReportListModel model{document};
    // Checks the model's invariants after every change; a violation aborts the test binary.
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy aboutToReset{&model, &QAbstractItemModel::modelAboutToBeReset};
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};

    QString casePath() const { return dir.filePath(QStringLiteral("case.corrob")); }
};

} // namespace

TEST(ReportListModel, ResetsOnceWhenReportsAreImportedAndWhenTheCaseCloses)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.create(h.casePath(), QString()).ok());
    EXPECT_EQ(h.reset.count(), 1);
    EXPECT_EQ(h.model.rowCount(), 0);

    corrob::test::importInto(h.document, {corrob::test::seedsDir()});

    EXPECT_EQ(h.aboutToReset.count(), 2);
    EXPECT_EQ(h.reset.count(), 2);
    EXPECT_EQ(h.model.rowCount(), 5);
    EXPECT_EQ(h.model.columnCount(), 4);
    EXPECT_EQ(corrob::test::columnTexts(h.model), corrob::test::seedTitles());

    h.document.close();

    EXPECT_EQ(h.reset.count(), 3);
    EXPECT_EQ(h.model.rowCount(), 0);
}

TEST(ReportListModel, HeadsItsColumnsTitleOutletPublishedClaims)
{
    ModelHarness h;
    QStringList headers;
    for (int column = 0; column < h.model.columnCount(); ++column) {
        headers << h.model.headerData(column, Qt::Horizontal).toString();
    }
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Title"), QStringLiteral("Outlet"), QStringLiteral("Published"),
                                    QStringLiteral("Claims")}));
}

TEST(ReportListModel, ShowsTheStatedOutletAndDateOrADashForAnUnknownDate)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.create(h.casePath(), QString()).ok());
    const QStringList seeds = corrob::test::seedFiles();
    corrob::casefile::ImportOptions stated;
    stated.outlet = QStringLiteral("CBC");
    stated.published = corrob::model::PartialDate::fromIso(QStringLiteral("2022-06-13"));
    ASSERT_EQ(corrob::test::importInto(h.document, {seeds.at(0)}, stated).imported.size(), 1u);
    // Seed 003 (a translated article) names no outlet and its dateline has no year.
    ASSERT_EQ(corrob::test::importInto(h.document, {seeds.at(3)}).imported.size(), 1u);

    EXPECT_EQ(h.model.index(0, ReportListModel::OutletColumn).data().toString(), QStringLiteral("CBC"));
    EXPECT_EQ(h.model.index(0, ReportListModel::PublishedColumn).data().toString(), QStringLiteral("13 Jun 2022"));
    EXPECT_EQ(h.model.index(1, ReportListModel::OutletColumn).data().toString(), QString());
    EXPECT_EQ(h.model.index(1, ReportListModel::PublishedColumn).data().toString(), QStringLiteral("—"));
}

TEST(ReportListModel, TooltipGivesTheFullTitleOutletAndTheStartOfTheHash)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.create(h.casePath(), QString()).ok());
    corrob::casefile::ImportOptions stated;
    stated.outlet = QStringLiteral("Al Jazeera");
    ASSERT_EQ(corrob::test::importInto(h.document, {corrob::test::seedFiles().at(4)}, stated).imported.size(), 1u);
    const auto& report = h.document.reportSummaries().at(0);

    for (int column = 0; column < h.model.columnCount(); ++column) {
        const QString tip = h.model.index(0, column).data(Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.startsWith(report.metadata.title)) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QStringLiteral("Outlet: Al Jazeera")));
        EXPECT_TRUE(tip.contains(QStringLiteral("SHA-256: ") + report.sha256.left(12) + QStringLiteral("…")));
        EXPECT_FALSE(tip.contains(report.sha256)); // the full hash is noise in a tooltip
    }
}

TEST(ReportListModel, NamesTheReportInEachRow)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.create(h.casePath(), QString()).ok());
    corrob::test::importInto(h.document, {corrob::test::seedsDir()});
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const corrob::ReportId id = h.model.reportAt(row);
        EXPECT_EQ(h.model.index(row, 0).data(ReportListModel::ReportIdRole).toLongLong(), id.value);
        EXPECT_EQ(h.model.rowOf(id), row);
    }
    EXPECT_FALSE(h.model.reportAt(h.model.rowCount()).isValid());
}

TEST(ReportListModel, CountsEachReportsClaimsAndUpdatesTheCountWithoutAReset)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.openSample(corrob::test::sampleCaseIn(h.dir)).ok());
    EXPECT_EQ(h.model.index(0, ReportListModel::ClaimsColumn).data().toInt(), 3);
    EXPECT_EQ(h.model.index(1, ReportListModel::ClaimsColumn).data().toInt(), 3);
    EXPECT_EQ(h.model.index(2, ReportListModel::ClaimsColumn).data().toInt(), 0);
    const auto resets = h.reset.count();
    QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
    corrob::casefile::ClaimDraft draft;
    draft.report = h.document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    ASSERT_TRUE(h.document.execute(std::make_unique<corrob::ui::AddClaimCommand>(h.document, draft)).ok());
    EXPECT_EQ(h.model.index(2, ReportListModel::ClaimsColumn).data().toInt(), 1);
    EXPECT_EQ(h.reset.count(), resets);
    EXPECT_EQ(changed.count(), 1);
}

TEST(ReportListModel, ShowsPublishedDatesAsAReaderWritesThemAndSortsThemByTheirIsoValue)
{
    ModelHarness h;
    ASSERT_TRUE(h.document.create(h.casePath(), QString()).ok());
    const QStringList seeds = corrob::test::seedFiles();
    // The three ways dates come in: a year, a day, and a timestamp from a page's metadata.
    const char* published[] = {"2022", "2013-09-29", "2021-11-01T09:41:07Z"};
    for (int i = 0; i < 3; ++i) {
        corrob::casefile::ImportOptions options;
        options.published = corrob::model::PartialDate::fromIso(QString::fromLatin1(published[i]));
        ASSERT_EQ(corrob::test::importInto(h.document, {seeds.at(i)}, options).imported.size(), 1u);
    }
    QStringList shown;
    QStringList sortedBy;
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const QModelIndex index = h.model.index(row, ReportListModel::PublishedColumn);
        shown << index.data().toString();
        sortedBy << index.data(ReportListModel::SortRole).toString();
    }
    const QString day = QLocale().toString(QDate(2013, 9, 29), QStringLiteral("d MMM yyyy"));
    const QString timestampDay = QLocale().toString(QDate(2021, 11, 1), QStringLiteral("d MMM yyyy"));
    EXPECT_EQ(shown, (QStringList{QStringLiteral("2022"), day, timestampDay}));
    EXPECT_FALSE(shown.join(u' ').contains(u':')) << "no raw time";
    EXPECT_EQ(sortedBy, (QStringList{QStringLiteral("2022"), QStringLiteral("2013-09-29"),
                                     QStringLiteral("2021-11-01T09:41:07Z")}));
}
