// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/SourceListModel.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/SampleCaseLocation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::SourceListModel;

namespace {

struct SourceModelHarness
{
    QTemporaryDir dir;
    ui::CaseDocument document{{QStringLiteral("test")}};
    SourceListModel model{document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};
    QSignalSpy changed{&model, &QAbstractItemModel::dataChanged};

    void openSample()
    {
        ASSERT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok());
        reset.clear();
    }
    [[nodiscard]] int rowNamed(const QString& name) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, SourceListModel::NameColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }
    [[nodiscard]] QString claims(const QString& name) const
    {
        return model.index(rowNamed(name), SourceListModel::ClaimsColumn).data().toString();
    }
    [[nodiscard]] ClaimId claimOf(const QString& statementPart) const
    {
        for (const model::Claim& claim : document.cache().claims()) {
            if (claim.statement.contains(statementPart)) {
                return claim.id;
            }
        }
        return {};
    }
};

} // namespace

TEST(SourceListModel, ListsEverySourceWithAffiliationGradeAndClaimCount)
{
    SourceModelHarness h;
    h.openSample();
    ASSERT_EQ(h.model.rowCount(), int(h.document.cache().sources().size()));
    const int pavlyuk = h.rowNamed(QStringLiteral("Oleksandr Pavlyuk"));
    ASSERT_GE(pavlyuk, 0);
    EXPECT_EQ(h.claims(QStringLiteral("Oleksandr Pavlyuk")), QStringLiteral("1"));
    EXPECT_EQ(h.model.index(pavlyuk, SourceListModel::ClaimsColumn).data(SourceListModel::SortRole).toInt(), 1);
    const int callamard = h.rowNamed(QString::fromUtf8("Agnès Callamard"));
    ASSERT_GE(callamard, 0);
    EXPECT_EQ(h.model.index(callamard, SourceListModel::AffiliationColumn).data().toString(),
              QStringLiteral("Amnesty International"));
    EXPECT_TRUE(h.model.index(callamard, SourceListModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromUtf8("Agnès Callamard")));
}

TEST(SourceListModel, AttributingAClaimMovesOneCountWithoutAReset)
{
    SourceModelHarness h;
    h.openSample();
    const ClaimId claim = h.claimOf(QStringLiteral("1,235"));
    ASSERT_TRUE(claim.isValid());
    const QString callamardName = QString::fromUtf8("Agnès Callamard");
    const int callamardBefore = h.claims(callamardName).toInt();
    casefile::ClaimChanges changes;
    changes.sourceName = callamardName;
    h.changed.clear();
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, claim, changes)).ok());
    EXPECT_EQ(h.reset.count(), 0) << "the view keeps its selection and scroll position";
    EXPECT_EQ(h.claims(QStringLiteral("Oleksandr Pavlyuk")), QStringLiteral("0"));
    EXPECT_EQ(h.claims(callamardName).toInt(), callamardBefore + 1);
    EXPECT_FALSE(h.changed.isEmpty());

    h.document.undoStack()->undo();
    EXPECT_EQ(h.claims(QStringLiteral("Oleksandr Pavlyuk")), QStringLiteral("1"));
    EXPECT_EQ(h.claims(callamardName).toInt(), callamardBefore);
}

TEST(SourceListModel, ANewSourceIsARowAndItsUndoRemovesIt)
{
    SourceModelHarness h;
    h.openSample();
    const int before = h.model.rowCount();
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    casefile::ClaimChanges changes;
    changes.sourceName = QStringLiteral("Kyiv regional police");
    ASSERT_TRUE(
        h.document
            .execute(std::make_unique<ui::EditClaimCommand>(h.document, h.claimOf(QStringLiteral("1,235")), changes))
            .ok());
    EXPECT_EQ(h.model.rowCount(), before + 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(h.claims(QStringLiteral("Kyiv regional police")), QStringLiteral("1"));

    // A grade given there shows in the row.
    const SourceId police = h.model.sourceAt(h.rowNamed(QStringLiteral("Kyiv regional police")));
    casefile::SourceChanges grade;
    grade.reliability = QStringLiteral("B");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditSourceCommand>(h.document, police, grade)).ok());
    EXPECT_EQ(h.model.index(h.rowNamed(QStringLiteral("Kyiv regional police")), SourceListModel::GradeColumn)
                  .data()
                  .toString(),
              QStringLiteral("B"));

    h.document.undoStack()->undo();
    h.document.undoStack()->undo();
    EXPECT_EQ(h.model.rowCount(), before);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(h.rowNamed(QStringLiteral("Kyiv regional police")), -1);
    EXPECT_EQ(h.reset.count(), 0);
}

TEST(SourceListModel, ClosingTheCaseEmptiesIt)
{
    SourceModelHarness h;
    h.openSample();
    ASSERT_GT(h.model.rowCount(), 0);
    h.document.close();
    EXPECT_EQ(h.model.rowCount(), 0);
}
