// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimListModel.h"
#include "resources/Resources.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"
#include "ui/models/ClaimFilterProxyModel.h"
#include "ui/models/ClaimMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::ClaimListModel;

namespace {

struct ClaimModelHarness
{
    QTemporaryDir dir;
    ui::CaseDocument document{{QStringLiteral("test")}};
    ClaimListModel model{document};
    ui::ClaimFilterProxyModel proxy;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};

    ClaimModelHarness() { proxy.setSourceModel(&model); }
    void openSample()
    {
        ASSERT_TRUE(
            document.openSample({dir.filePath(QStringLiteral("Sample case.corrob")), resources::sampleArticlesDir()})
                .ok());
    }
    int rowWith(const QString& statementPart) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ClaimListModel::StatementColumn).data().toString().contains(statementPart)) {
                return row;
            }
        }
        return -1;
    }
};

} // namespace

TEST(ClaimListModel, ListsTheSampleClaimsWithSourceReportTagsGradeAndIndependentSources)
{
    ClaimModelHarness h;
    h.openSample();
    ASSERT_EQ(h.model.rowCount(), 6);
    const int killings = h.rowWith(QStringLiteral("22 unlawful killings"));
    ASSERT_GE(killings, 0);
    auto cell = [&](int column) {
        return h.model.index(killings, column).data().toString();
    };
    EXPECT_EQ(cell(ClaimListModel::SourceColumn), QStringLiteral("Amnesty International"));
    EXPECT_EQ(cell(ClaimListModel::ReportColumn), test::seedTitles().at(0));
    EXPECT_EQ(cell(ClaimListModel::TagsColumn), QStringLiteral("Unlawful killings"));
    EXPECT_EQ(cell(ClaimListModel::GradeColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(ClaimListModel::IndependentColumn), QStringLiteral("2"));
    EXPECT_EQ(h.model.headerData(ClaimListModel::IndependentColumn, Qt::Horizontal).toString(),
              QStringLiteral("Indep."));
}

TEST(ClaimListModel, ResetsOnceForEachEditUndoAndRedo)
{
    ClaimModelHarness h;
    h.openSample();
    const int resetsAfterOpen = int(h.reset.count());
    casefile::ClaimDraft draft;
    draft.report = h.document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    draft.sourceName = QStringLiteral("Agnès Callamard");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::AddClaimCommand>(h.document, draft)).ok());
    // claims, links (the analysis), sources and tags each announce a change: the model resets per signal it
    // listens to, never partially.
    const int perEdit = int(h.reset.count()) - resetsAfterOpen;
    EXPECT_GE(perEdit, 1);
    EXPECT_EQ(h.model.rowCount(), 7);
    h.document.undoStack()->undo();
    EXPECT_EQ(h.model.rowCount(), 6);
    EXPECT_EQ(int(h.reset.count()) - resetsAfterOpen, 2 * perEdit);
    h.document.close();
    EXPECT_EQ(h.model.rowCount(), 0);
}

TEST(ClaimFilterProxyModel, FiltersByWordsReportSourceAndTag)
{
    ClaimModelHarness h;
    h.openSample();
    h.proxy.setText(QStringLiteral("callamard justice"));
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setText(QStringLiteral("CALLAMARD nonsense"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
    h.proxy.setText({});
    h.proxy.setReport(h.document.reportSummaries().at(1).id);
    EXPECT_EQ(h.proxy.rowCount(), 3);
    const SourceId amnesty =
        std::find_if(h.document.sources().cbegin(), h.document.sources().cend(), [](const auto& s) {
            return s.name == QStringLiteral("Amnesty International");
        })->id;
    h.proxy.setReport({});
    h.proxy.setSource(amnesty);
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setSource({});
    const TagId casualties = std::find_if(h.document.tags().cbegin(), h.document.tags().cend(), [](const auto& t) {
                                 return t.name == QStringLiteral("Casualties");
                             })->id;
    h.proxy.setTag(casualties);
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setTag({});
    EXPECT_EQ(h.proxy.rowCount(), 6);
}

TEST(ClaimFilterProxyModel, SortsGradesNumericallyWithUngradedLast)
{
    ClaimModelHarness h;
    h.openSample();
    h.proxy.sort(ClaimListModel::GradeColumn, Qt::AscendingOrder);
    QStringList grades;
    for (int row = 0; row < h.proxy.rowCount(); ++row) {
        grades << h.proxy.index(row, ClaimListModel::GradeColumn).data().toString();
    }
    EXPECT_EQ(grades, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5"), QString(), QString(),
                                   QString()}));
}

TEST(ClaimMatrixModel, ShowsWhichOriginsBackAndDisputeEachClaim)
{
    ClaimModelHarness h;
    ui::ClaimMatrixModel matrix(h.document);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    h.openSample();
    ASSERT_EQ(matrix.rowCount(), 6);
    QStringList origins;
    for (int column = 0; column < matrix.columnCount(); ++column) {
        origins << matrix.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    // Callamard speaks for Amnesty: one origin, not two.
    EXPECT_TRUE(origins.contains(QStringLiteral("Amnesty International")));
    EXPECT_FALSE(origins.contains(QStringLiteral("Agnès Callamard")));
    EXPECT_TRUE(origins.contains(QStringLiteral("Oleksandr Pavlyuk")));
    EXPECT_TRUE(origins.contains(QStringLiteral("Russian Ministry of Defence")));
    const int amnesty = int(origins.indexOf(QStringLiteral("Amnesty International")));
    const int russia = int(origins.indexOf(QStringLiteral("Russian Ministry of Defence")));
    const int pavlyuk = int(origins.indexOf(QStringLiteral("Oleksandr Pavlyuk")));
    int killings = -1;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        if (matrix.headerData(row, Qt::Vertical).toString().startsWith(QStringLiteral("22 unlawful"))) {
            killings = row;
        }
    }
    ASSERT_GE(killings, 0);
    EXPECT_EQ(matrix.index(killings, amnesty).data(ui::ClaimMatrixModel::CellRole).toInt(), 1);
    EXPECT_EQ(matrix.index(killings, pavlyuk).data(ui::ClaimMatrixModel::CellRole).toInt(), 1);
    EXPECT_EQ(matrix.index(killings, russia).data(ui::ClaimMatrixModel::CellRole).toInt(), -1);
    EXPECT_EQ(matrix.index(killings, russia).data().toString(), QStringLiteral("✕"));
    h.document.close();
    EXPECT_EQ(matrix.rowCount(), 0);
    EXPECT_EQ(matrix.columnCount(), 0);
}
