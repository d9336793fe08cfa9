// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ClaimListModel.h"
#include "tests/support/RawSqlite.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ClaimText.h"
#include "ui/document/SampleCaseLocation.h"
#include "ui/models/ClaimFilterProxyModel.h"
#include "ui/models/ClaimMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
    void openSample() { ASSERT_TRUE(document.openSample(test::sampleCaseIn(dir)).ok()); }
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
    // The seed names no outlet: the report's number tells it apart, alone so that a narrow column keeps it; its title
    // is in the tooltip.
    const ReportId report = h.document.cache().claim(h.model.claimAt(killings))->report;
    ASSERT_TRUE(h.document.reportSummary(report)->metadata.outlet.isEmpty());
    EXPECT_EQ(cell(ClaimListModel::ReportColumn), QStringLiteral("#%1").arg(report.value));
    EXPECT_EQ(cell(ClaimListModel::TagsColumn), QStringLiteral("Unlawful killings"));
    EXPECT_EQ(cell(ClaimListModel::GradeColumn), QStringLiteral("B2")); // Amnesty: usually reliable; probably true
    EXPECT_EQ(cell(ClaimListModel::IndependentColumn), QStringLiteral("2"));
    EXPECT_EQ(h.model.headerData(ClaimListModel::IndependentColumn, Qt::Horizontal).toString(),
              QStringLiteral("Indep."));
}

TEST(ClaimListModel, EditsInsertUpdateAndRemoveRowsInsteadOfResetting)
{
    ClaimModelHarness h;
    h.openSample();
    const int resetsAfterOpen = int(h.reset.count());
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
    casefile::ClaimDraft draft;
    draft.report = h.document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    draft.sourceName = QStringLiteral("Agnès Callamard");
    auto command = std::make_unique<ui::AddClaimCommand>(h.document, draft);
    ui::AddClaimCommand* add = command.get();
    ASSERT_TRUE(h.document.execute(std::move(command)).ok());
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(h.model.rowCount(), 7);
    // The new row sits where the case orders it (by report, then place in the text).
    const int row = inserted.first().at(1).toInt();
    EXPECT_EQ(h.model.claimAt(row), add->claimId());
    EXPECT_EQ(h.model.rowOf(add->claimId()), row);
    EXPECT_EQ(h.document.cache().claimPosition(add->claimId()), row);

    const int killings = h.rowWith(QStringLiteral("22 unlawful killings"));
    casefile::ClaimChanges changes;
    changes.statement = QStringLiteral("22 unlawful killings documented");
    changed.clear();
    ASSERT_TRUE(
        h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, h.model.claimAt(killings), changes))
            .ok());
    EXPECT_EQ(h.rowWith(QStringLiteral("killings documented")), killings);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_LE(changed.first().at(0).toModelIndex().row(), killings);
    EXPECT_GE(changed.first().at(1).toModelIndex().row(), killings);

    h.document.undoStack()->undo(); // the statement
    h.document.undoStack()->undo(); // the claim
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(h.model.rowCount(), 6);
    EXPECT_EQ(h.model.rowOf(add->claimId()), -1);
    EXPECT_GE(h.rowWith(QStringLiteral("22 unlawful killings")), 0);
    h.document.undoStack()->redo();
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(h.model.rowCount(), 7);
    EXPECT_EQ(int(h.reset.count()), resetsAfterOpen);
    h.document.close();
    EXPECT_EQ(h.model.rowCount(), 0);
}

TEST(ClaimListModel, ReportColumnNamesTheReportNumberAndOutletWithTheTitleInItsTooltip)
{
    ClaimModelHarness h;
    h.openSample();
    QSet<QString> shown;
    QSet<ReportId> reports;
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const QModelIndex cell = h.model.index(row, ClaimListModel::ReportColumn);
        const ReportId report = h.document.cache().claim(h.model.claimAt(row))->report;
        reports.insert(report);
        shown.insert(cell.data().toString());
        const QString outlet = h.document.reportSummary(report)->metadata.outlet;
        EXPECT_EQ(cell.data().toString(), outlet.isEmpty() ? QStringLiteral("#%1").arg(report.value)
                                                           : QStringLiteral("#%1 · %2").arg(report.value).arg(outlet));
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().startsWith(h.document.reportTitle(report)));
    }
    // Every report its own text, although the sample's titles begin alike.
    EXPECT_EQ(shown.size(), reports.size());
    EXPECT_GE(reports.size(), 2);

    // The words filter finds what the row shows: "#1", not a "Report #1" that no cell says.
    h.proxy.setText(QStringLiteral("#1"));
    EXPECT_GT(h.proxy.rowCount(), 0);
    for (int row = 0; row < h.proxy.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < h.model.columnCount(); ++column) {
            cells << h.proxy.index(row, column).data().toString();
        }
        EXPECT_TRUE(cells.join(u'\n').contains(QStringLiteral("#1"))) << cells.join(u'|').toStdString();
    }
    h.proxy.setText(QStringLiteral("report #"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
}

TEST(ClaimListModel, ShowsAnOrphanedClaimInItalicsWithAWarningAndFiltersByStatus)
{
    ClaimModelHarness h;
    h.openSample();
    const ClaimId orphan = h.model.claimAt(h.rowWith(QStringLiteral("22 unlawful killings")));
    const QString path = h.document.path();
    h.document.close();
    // As the re-anchoring of a new report version leaves a claim it could not place.
    test::rawExec(path, QStringLiteral("UPDATE claims SET orphaned = 1 WHERE id = %1").arg(orphan.value));
    ASSERT_TRUE(h.document.open(path).ok());
    const int row = h.model.rowOf(orphan);
    ASSERT_GE(row, 0);
    const QModelIndex statement = h.model.index(row, ClaimListModel::StatementColumn);
    EXPECT_TRUE(statement.data(ClaimListModel::OrphanedRole).toBool());
    EXPECT_TRUE(statement.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(statement.data(Qt::DecorationRole).userType(), QMetaType::QIcon);
    EXPECT_TRUE(
        statement.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not be placed in the new version")));
    const QModelIndex placed = h.model.index(row == 0 ? 1 : 0, ClaimListModel::StatementColumn);
    EXPECT_FALSE(placed.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(placed.data(Qt::DecorationRole).userType(), QMetaType::QColor);

    h.proxy.setStatus(ui::ClaimFilterProxyModel::Status::Orphaned);
    ASSERT_EQ(h.proxy.rowCount(), 1);
    EXPECT_EQ(h.proxy.index(0, 0).data(ClaimListModel::ClaimIdRole).toLongLong(), orphan.value);
    h.proxy.setStatus(ui::ClaimFilterProxyModel::Status::Placed);
    EXPECT_EQ(h.proxy.rowCount(), 5);
    h.proxy.setStatus(ui::ClaimFilterProxyModel::Status::Any);
    EXPECT_EQ(h.proxy.rowCount(), 6);
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
        std::find_if(h.document.cache().sources().cbegin(), h.document.cache().sources().cend(), [](const auto& s) {
            return s.name == QStringLiteral("Amnesty International");
        })->id;
    h.proxy.setReport({});
    h.proxy.setSource(amnesty);
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setSource({});
    const TagId casualties =
        std::find_if(h.document.cache().tags().cbegin(), h.document.cache().tags().cend(), [](const auto& t) {
            return t.name == QStringLiteral("Casualties");
        })->id;
    h.proxy.setTag(casualties);
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setTag({});
    EXPECT_EQ(h.proxy.rowCount(), 6);
}

TEST(ClaimFilterProxyModel, FindsAClaimByWhatAnEditChangedAndNoLongerByWhatItWas)
{
    ClaimModelHarness h;
    h.openSample();
    h.proxy.setText(QStringLiteral("22 unlawful")); // in the statement only (the tag says "Unlawful killings")
    const int before = h.proxy.rowCount();
    ASSERT_GE(before, 1);
    const ClaimId claim = h.model.claimAt(h.rowWith(QStringLiteral("22 unlawful killings")));
    casefile::ClaimChanges changes;
    changes.statement = QStringLiteral("Twenty-two EXÉCUTIONS documented");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, claim, changes)).ok());
    EXPECT_EQ(h.proxy.rowCount(), before - 1);
    h.proxy.setText(QStringLiteral("exécutions twenty"));
    ASSERT_EQ(h.proxy.rowCount(), 1);
    EXPECT_EQ(h.proxy.index(0, 0).data(ClaimListModel::ClaimIdRole).toLongLong(), claim.value);
    h.document.undoStack()->undo();
    EXPECT_EQ(h.proxy.rowCount(), 0);
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
    EXPECT_EQ(grades, (QStringList{QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("E5"), QString(),
                                   QString(), QString()}));
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

TEST(ClaimMatrixModel, ALinkUpdatesTheCellsOfItsClaimsWithoutAReset)
{
    ClaimModelHarness h;
    ui::ClaimMatrixModel matrix(h.document);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    h.openSample();
    QSignalSpy reset(&matrix, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&matrix, &QAbstractItemModel::dataChanged);
    // Two claims of different corroborating sets and origins: after "second corroborates first", the first is
    // backed by the second's origins too.
    ClaimId first;
    ClaimId second;
    for (const model::Claim& a : h.document.cache().claims()) {
        for (const model::Claim& b : h.document.cache().claims()) {
            const analysis::ClaimAnalysis* x = h.document.analysis().result().find(a.id);
            const analysis::ClaimAnalysis* y = h.document.analysis().result().find(b.id);
            if (!first.isValid() && a.report != b.report && !x->component.contains(b.id) &&
                !x->origins.contains(y->origin) && !x->contradictedBy.contains(b.id) &&
                !y->contradictedBy.contains(a.id)) {
                first = a.id;
                second = b.id;
            }
        }
    }
    ASSERT_TRUE(first.isValid()) << "the sample needs two claims of different stories and origins";
    const int before = h.document.analysis().result().find(first)->independentSources;
    ASSERT_TRUE(
        h.document
            .execute(std::make_unique<ui::LinkClaimsCommand>(h.document, second, first, model::LinkType::Corroborates))
            .ok());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_FALSE(changed.isEmpty());
    const int after = h.document.analysis().result().find(first)->independentSources;
    EXPECT_GT(after, before);
    int backing = 0;
    const int row = matrix.rowOf(first);
    for (int column = 0; column < matrix.columnCount(); ++column) {
        backing += matrix.index(row, column).data(ui::ClaimMatrixModel::CellRole).toInt() == 1 ? 1 : 0;
    }
    EXPECT_EQ(backing, after);
    h.document.undoStack()->undo();
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(h.document.analysis().result().find(first)->independentSources, before);
}

TEST(ClaimListModel, InALargeCaseTheRowChangesAtOnceAndTheAnalysisFollowsFromTheWorker)
{
    ClaimModelHarness h;
    h.document.analysis().setBackgroundFrom(1); // every case counts as large: the analysis runs on the worker
    h.openSample();
    QSignalSpy analysed(&h.document, &ui::CaseDocument::analysisChanged);
    ASSERT_TRUE(analysed.wait(10000)); // the first analysis of the opened case
    const int killings = h.rowWith(QStringLiteral("22 unlawful killings"));
    ASSERT_GE(killings, 0);
    const ClaimId claim = h.model.claimAt(killings);
    auto independent = [&] {
        return h.model.index(h.model.rowOf(claim), ClaimListModel::IndependentColumn).data().toInt();
    };
    const int before = independent();
    ASSERT_GE(before, 1);
    // A claim from a source no claim of this story has, corroborating it: one more independent source.
    casefile::ClaimDraft draft;
    draft.report = h.document.reportSummaries().at(2).id;
    draft.quote = QStringLiteral("Some of these attacks may be war crimes");
    draft.sourceName = QStringLiteral("An independent witness");
    auto add = std::make_unique<ui::AddClaimCommand>(h.document, draft);
    ui::AddClaimCommand* added = add.get();
    ASSERT_TRUE(h.document.execute(std::move(add)).ok());
    ASSERT_TRUE(h.document
                    .execute(std::make_unique<ui::LinkClaimsCommand>(h.document, added->claimId(), claim,
                                                                     model::LinkType::Corroborates))
                    .ok());
    // The table has the new row at once; the analysis is still the previous one...
    EXPECT_EQ(h.model.rowCount(), 7);
    EXPECT_TRUE(h.document.analysis().isBusy());
    EXPECT_EQ(independent(), before);
    // ...until the worker's result is applied, row by row, without a reset.
    const int resets = int(h.reset.count());
    analysed.clear();
    ASSERT_TRUE(analysed.wait(10000));
    EXPECT_FALSE(h.document.analysis().isBusy());
    EXPECT_EQ(independent(), before + 1);
    EXPECT_EQ(int(h.reset.count()), resets);
    // Closing drops an analysis still under way.
    h.document.undoStack()->undo();
    EXPECT_TRUE(h.document.analysis().isBusy());
    h.document.close();
    EXPECT_TRUE(h.document.analysis().result().claims.isEmpty());
}

TEST(ClaimFilterProxyModel, FindsClaimsByWordsBeforeTheAnalysisArrivesAndByTheIndependentSourcesItGives)
{
    ClaimModelHarness h;
    h.document.analysis().setBackgroundFrom(1); // the analysis runs on the worker, as in a large case
    h.openSample();
    // Before the analysis arrives, the filter finds a claim by its words.
    ASSERT_TRUE(h.document.analysis().isBusy());
    h.proxy.setText(QStringLiteral("UNLAWFUL killings"));
    ASSERT_EQ(h.proxy.rowCount(), 1);
    const ClaimId claim = h.model.claimAt(h.proxy.mapToSource(h.proxy.index(0, 0)).row());
    // A number finds the claims that have it in their texts or as their independent sources: at first, every claim
    // has none, and once the analysis is applied, the count that the column shows.
    auto expectedRows = [&](const QString& number) {
        int rows = 0;
        for (int row = 0; row < h.model.rowCount(); ++row) {
            const QByteArray text = h.model.index(row, 0).data(ClaimListModel::SearchTextRole).toByteArray();
            const QString independent = h.model.index(row, ClaimListModel::IndependentColumn).data().toString();
            rows += text.contains(number.toUtf8()) || independent.contains(number) ? 1 : 0;
        }
        return rows;
    };
    h.proxy.setText(QStringLiteral("0"));
    EXPECT_EQ(h.proxy.rowCount(), h.model.rowCount());
    QSignalSpy analysed(&h.document, &ui::CaseDocument::analysisChanged);
    ASSERT_TRUE(analysed.wait(10000));
    const QString independent =
        h.model.index(h.model.rowOf(claim), ClaimListModel::IndependentColumn).data().toString();
    ASSERT_NE(independent, QStringLiteral("0"));
    h.proxy.setText(independent);
    EXPECT_EQ(h.proxy.rowCount(), expectedRows(independent));
    EXPECT_GE(h.proxy.rowCount(), 1);
    h.proxy.setText(QStringLiteral("9"));
    EXPECT_EQ(h.proxy.rowCount(), expectedRows(QStringLiteral("9")));
    // The words and the count together: the claim, found by its words and its independent sources.
    h.proxy.setText(QStringLiteral("killings ") + independent);
    ASSERT_EQ(h.proxy.rowCount(), 1);
    EXPECT_EQ(h.model.claimAt(h.proxy.mapToSource(h.proxy.index(0, 0)).row()), claim);
    // Words in no text of the claim find nothing, whatever the analysis says.
    h.proxy.setText(QStringLiteral("killings zebra"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
}

TEST(ClaimFilterProxyModel, IgnoresAccentsAndFindsAClaimByItsSourcesAliases)
{
    ClaimModelHarness h;
    h.openSample();
    // Two claims are by "Agnès Callamard"; the Fox text spells her "Agnes".
    h.proxy.setText(QStringLiteral("Agnes"));
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setText(QStringLiteral("AGNÈS justice"));
    EXPECT_EQ(h.proxy.rowCount(), 2);
    h.proxy.setText(QStringLiteral("secretary general"));
    EXPECT_EQ(h.proxy.rowCount(), 0);

    // An alias found in no cell of the table still finds her claims, as it finds her when attributing.
    const SourceId callamard =
        std::find_if(h.document.cache().sources().cbegin(), h.document.cache().sources().cend(), [](const auto& s) {
            return s.name == QStringLiteral("Agnès Callamard");
        })->id;
    casefile::SourceChanges changes;
    changes.addAliases << QStringLiteral("Secrétaire Générale");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditSourceCommand>(h.document, callamard, changes)).ok());
    h.proxy.setText(QStringLiteral("secretaire generale"));
    EXPECT_EQ(h.proxy.rowCount(), 2);
    for (int row = 0; row < h.proxy.rowCount(); ++row) {
        EXPECT_EQ(h.proxy.index(row, ClaimListModel::SourceColumn).data().toString(),
                  QStringLiteral("Agnès Callamard"));
    }
    h.document.undoStack()->undo();
    h.proxy.setText(QStringLiteral("secretaire generale"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
}

TEST(ClaimListModel, GradeShowsSourceReliabilityAndClaimCredibilityExplainedInItsTooltip)
{
    ClaimModelHarness h;
    h.openSample();
    auto grade = [&](const QString& statementPart) {
        return h.model.index(h.rowWith(statementPart), ClaimListModel::GradeColumn);
    };
    EXPECT_EQ(grade(QStringLiteral("Borodyanka")).data().toString(), QStringLiteral("B3"));
    EXPECT_EQ(grade(QStringLiteral("denies war crimes")).data().toString(), QStringLiteral("E5"));
    const QString tip = grade(QStringLiteral("Borodyanka")).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("B — usually reliable"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("3 — possibly true"))) << tip.toStdString();
    // Neither graded: nothing shown, and the tooltip says so.
    EXPECT_EQ(grade(QStringLiteral("1,235")).data().toString(), QString());
    EXPECT_TRUE(grade(QStringLiteral("1,235")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not graded")));

    // Grading the source shows in its claims' rows at once.
    const SourceId pavlyuk = h.document.cache().claim(h.model.claimAt(h.rowWith(QStringLiteral("1,235"))))->source;
    casefile::SourceChanges changes;
    changes.reliability = QStringLiteral("C");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditSourceCommand>(h.document, pavlyuk, changes)).ok());
    EXPECT_EQ(grade(QStringLiteral("1,235")).data().toString(), QStringLiteral("C"));
}

TEST(ClaimListModel, AnUntaggedClaimHasANeutralColourNoTagHas)
{
    ClaimModelHarness h;
    h.openSample();
    const int row = h.rowWith(QStringLiteral("22 unlawful killings"));
    const ClaimId claim = h.model.claimAt(row);
    casefile::ClaimChanges changes;
    changes.removeTags << QStringLiteral("Unlawful killings");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, claim, changes)).ok());
    ASSERT_TRUE(h.document.cache().claim(claim)->tags.isEmpty());

    const QColor untagged =
        h.model.index(row, ClaimListModel::StatementColumn).data(Qt::DecorationRole).value<QColor>();
    EXPECT_EQ(untagged, ui::claimColour(h.document, claim)); // the swatch is the highlight's colour
    EXPECT_EQ(untagged, ui::untaggedClaimColour());
    // Unlike every tag of the sample and every colour a new tag is given (model::Tag::palette).
    QStringList tagColours{QStringLiteral("#f2c94c"), QStringLiteral("#6fcf97"), QStringLiteral("#56ccf2"),
                           QStringLiteral("#eb5757"), QStringLiteral("#bb6bd9"), QStringLiteral("#f2994a"),
                           QStringLiteral("#2d9cdb"), QStringLiteral("#a3c76d"), QStringLiteral("#e07bb5"),
                           QStringLiteral("#9aa5b1")};
    for (const model::Tag& tag : h.document.cache().tags()) {
        tagColours << tag.colour;
    }
    for (const QString& name : tagColours) {
        const QColor colour(name);
        const int distance = std::abs(colour.red() - untagged.red()) + std::abs(colour.green() - untagged.green()) +
                             std::abs(colour.blue() - untagged.blue());
        EXPECT_GE(distance, 60) << name.toStdString() << " is too like the untagged colour";
    }
    h.document.undoStack()->undo();
    EXPECT_EQ(h.model.index(row, ClaimListModel::StatementColumn).data(Qt::DecorationRole).value<QColor>(),
              QColor(QStringLiteral("#f2c94c")));
}

TEST(ClaimText, AClaimsLabelNamesItsStatementSourceAndShortReport)
{
    ClaimModelHarness h;
    h.openSample();
    const ClaimId claim = h.model.claimAt(h.rowWith(QStringLiteral("Borodyanka")));
    const ReportId report = h.document.cache().claim(claim)->report;
    const QString label = ui::claimLabel(h.document, claim);
    EXPECT_TRUE(label.startsWith(QStringLiteral("“Unlawful airstrikes on Borodyanka"))) << label.toStdString();
    EXPECT_TRUE(
        label.endsWith(QStringLiteral(" — Amnesty International (%1)").arg(ui::reportShortLabel(h.document, report))))
        << label.toStdString();
    EXPECT_FALSE(label.contains(h.document.reportTitle(report))) << label.toStdString();
}

TEST(ClaimListModel, MakesEveryRowsSearchTextBetweenEventsOnceALargeCasesWorkerAnalysedItAndKeepsThemAfter)
{
    ClaimModelHarness h;
    h.document.analysis().setBackgroundFrom(1); // the analysis runs on the worker, as in a large case
    // The worker has read the case and waits before analysing it until the test lets it go on.
    QSemaphore goOn;
    h.document.setAnalysisReadHook([&goOn](bool read) {
        if (read) {
            (void)goOn.tryAcquire(1, 30000);
        }
    });
    h.openSample();
    ASSERT_EQ(h.model.rowCount(), 6);
    // While the worker analyses the case, the texts wait for it: the analysis is what the user waits for, and the
    // texts took the core it needed.
    QTest::qWait(150);
    ASSERT_TRUE(h.document.analysis().isBusy());
    EXPECT_EQ(h.model.searchTextsMade(), 0);
    // Once it is applied, every row's text is made between events: the first filter will make none.
    // Counted as the analysis lands, after the model's own slots (connected first) ran: the spy's wait may return
    // only after the next events ran too, on a loaded machine.
    int madeAsItLands = -1;
    QObject::connect(&h.document, &ui::CaseDocument::analysisChanged, &h.model,
                     [&] { madeAsItLands = h.model.searchTextsMade(); });
    QSignalSpy analysed(&h.document, &ui::CaseDocument::analysisChanged);
    goOn.release();
    ASSERT_TRUE(analysed.wait(10000));
    EXPECT_GE(madeAsItLands, 0);
    EXPECT_LT(madeAsItLands, h.model.rowCount()) << "made between events, not as the analysis lands";
    EXPECT_TRUE(QTest::qWaitFor([&] { return h.model.searchTextsMade() == h.model.rowCount(); }, 5000));
    h.proxy.setText(QStringLiteral("unlawful KILLINGS"));
    EXPECT_EQ(h.proxy.rowCount(), 1);
    // An edit forgets the text of the claim it changes, and the filter makes it anew.
    h.proxy.setText(QString());
    const int row = h.rowWith(QStringLiteral("22 unlawful killings"));
    ASSERT_GE(row, 0);
    casefile::ClaimChanges changes;
    changes.statement = QStringLiteral("Twenty-two unlawful deaths");
    ASSERT_TRUE(
        h.document.execute(std::make_unique<ui::EditClaimCommand>(h.document, h.model.claimAt(row), changes)).ok());
    EXPECT_EQ(h.model.searchTextsMade(), h.model.rowCount() - 1);
    h.proxy.setText(QStringLiteral("unlawful DEATHS"));
    EXPECT_EQ(h.proxy.rowCount(), 1);
    EXPECT_EQ(h.model.searchTextsMade(), h.model.rowCount());
    h.proxy.setText(QStringLiteral("22 unlawful killings"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
}

TEST(ClaimListModel, AFilterTypedWhileALargeCasesWorkerAnalysesFindsWhatItSays)
{
    ClaimModelHarness h;
    h.document.analysis().setBackgroundFrom(1);
    QSemaphore goOn;
    h.document.setAnalysisReadHook([&goOn](bool read) {
        if (read) {
            (void)goOn.tryAcquire(1, 30000);
        }
    });
    h.openSample();
    QTest::qWait(50);
    ASSERT_TRUE(h.document.analysis().isBusy());
    ASSERT_EQ(h.model.searchTextsMade(), 0);
    // The texts have not been made yet: the filter makes those it needs.
    h.proxy.setText(QStringLiteral("unlawful KILLINGS"));
    EXPECT_EQ(h.proxy.rowCount(), 1);
    h.proxy.setText(QStringLiteral("Amnesty"));
    EXPECT_GE(h.proxy.rowCount(), 1);
    QSignalSpy analysed(&h.document, &ui::CaseDocument::analysisChanged);
    goOn.release();
    ASSERT_TRUE(analysed.wait(10000));
    h.proxy.setText(QStringLiteral("unlawful KILLINGS"));
    EXPECT_EQ(h.proxy.rowCount(), 1);
}

TEST(ClaimFilterProxyModel, FindsAClaimByItsReportsOutletAndByTheOutletItIsGivenLater)
{
    ClaimModelHarness h;
    h.openSample();
    const ReportId report = h.document.reportSummaries().at(1).id;
    int claimsOfReport = 0;
    for (const model::Claim& claim : h.document.cache().claims()) {
        claimsOfReport += claim.report == report ? 1 : 0;
    }
    ASSERT_GE(claimsOfReport, 1);
    // Every text made first (as after opening), so the outlet's change has to replace texts already made.
    EXPECT_TRUE(QTest::qWaitFor([&] { return h.model.searchTextsMade() == h.model.rowCount(); }, 5000));
    h.proxy.setText(QStringLiteral("Zebra Gazette"));
    ASSERT_EQ(h.proxy.rowCount(), 0);

    casefile::ReportMetadataChanges changes;
    changes.outlet = QStringLiteral("Zébra Gazette");
    ASSERT_TRUE(h.document.execute(std::make_unique<ui::EditReportCommand>(h.document, report, changes)).ok());
    h.proxy.setText(QStringLiteral("zebra GAZETTE"));
    EXPECT_EQ(h.proxy.rowCount(), claimsOfReport);
    // The report's number in its label finds them too ("#2 · Zébra Gazette").
    h.proxy.setText(QStringLiteral("#%1 zebra").arg(report.value));
    EXPECT_EQ(h.proxy.rowCount(), claimsOfReport);

    h.document.undoStack()->undo();
    h.proxy.setText(QStringLiteral("zebra gazette"));
    EXPECT_EQ(h.proxy.rowCount(), 0);
}
