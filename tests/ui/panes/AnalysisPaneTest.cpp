// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Analysis dock as an investigator reads it in the sample case: the answer first, in the words of the case.
#include "ui/panes/AnalysisPane.h"
#include "core/case/edits/ClaimEdits.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/commands/ClaimCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/ReadableColours.h"
#include "ui/models/ClaimMatrixModel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;

namespace {

// The sample case in a window with the Analysis dock shown.
struct AnalysisDock : test::SampleWindow
{
    AnalysisDock() : SampleWindow(QSize(1600, 1000))
    {
        window->findChild<QDockWidget*>(QStringLiteral("analysisDock"))->raise();
        QApplication::processEvents();
    }

    // The Claim tab's text after the current claim changed (the pane refreshes after the burst of signals).
    QString claimText(ClaimId claim) const
    {
        document().selection().setCurrentClaim(claim);
        QApplication::processEvents();
        return find<QTextBrowser>("claimAnalysisTextBrowser")->toPlainText();
    }
    // "#2 · Fox News" or "Report #1", as the Claims table labels a report.
    QString reportLabel(ReportId report) const
    {
        const QString outlet = document().reportSummary(report)->metadata.outlet;
        return outlet.isEmpty() ? QStringLiteral("Report #%1").arg(report.value)
                                : QStringLiteral("#%1 · %2").arg(report.value).arg(outlet);
    }
    void showMatrix() const
    {
        auto* tabs = find<QTabWidget>("analysisTabWidget");
        tabs->setCurrentIndex(2);
        QApplication::processEvents();
    }
    QTableView* matrix() const { return find<QTableView>("claimMatrixTableView"); }
    int selectedMatrixRow() const
    {
        const QModelIndexList rows = matrix()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.front().row() : -1;
    }
    int matrixRowOf(ClaimId claim) const
    {
        for (int row = 0; row < matrix()->model()->rowCount(); ++row) {
            if (matrix()->model()->index(row, 0).data(ui::ClaimMatrixModel::ClaimIdRole).toLongLong() == claim.value) {
                return row;
            }
        }
        return -1;
    }
};

} // namespace

TEST(AnalysisPane, ClaimTabAnswersFirstWhoBacksAndWhoContradictsWithoutRepeatingItself)
{
    AnalysisDock w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_TRUE(killings.isValid());
    const QString shown = w.claimText(killings);

    const QString backing = QStringLiteral("2 independent sources — Amnesty International (B), Oleksandr Pavlyuk");
    const QString against = QStringLiteral("Contradicted by 1 independent source — Russian Ministry of Defence (E)");
    const qsizetype sources = shown.indexOf(backing);
    const qsizetype contradicted = shown.indexOf(against);
    const qsizetype reports = shown.indexOf(QStringLiteral("In 2 reports: "));
    const qsizetype grade = shown.indexOf(QStringLiteral("Suggested credibility: 2 — probably true"));
    const qsizetype claims = shown.indexOf(QStringLiteral("Corroborating claims"));
    ASSERT_GE(sources, 0) << shown.toStdString();
    ASSERT_GE(contradicted, 0) << shown.toStdString();
    ASSERT_GE(reports, 0) << shown.toStdString();
    ASSERT_GE(grade, 0) << shown.toStdString();
    ASSERT_GE(claims, 0) << shown.toStdString();
    // The answer in the order an investigator asks: who backs it, who disputes it, where, and so how credible;
    // the claims themselves after that.
    EXPECT_LT(sources, contradicted);
    EXPECT_LT(contradicted, reports);
    EXPECT_LT(reports, grade);
    EXPECT_LT(grade, claims);
    // Said once: no "Origin:" then "Origins:", and the reason does not start with the grade's words again.
    EXPECT_FALSE(shown.contains(QStringLiteral("Origin:"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Origins:"))) << shown.toStdString();
    EXPECT_EQ(shown.count(QStringLiteral("probably true")), 1) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("\nCorroborated by 2 independent sources"))) << shown.toStdString();
    // Reports by the short label of the Claims table.
    const model::Claim* claim = w.document().cache().claim(killings);
    ASSERT_NE(claim, nullptr);
    EXPECT_TRUE(shown.contains(w.reportLabel(claim->report))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("(%1)").arg(
        w.reportLabel(w.document().cache().claim(w.claimWith(QStringLiteral("Russia hits")))->report))))
        << "a contradicting claim is named with its report's label: " << shown.toStdString();
}

TEST(AnalysisPane, TheBodyCountRestsOnPavlyukAloneAndTheDenialOfAmnestysClaimIsNotItsOwn)
{
    AnalysisDock w;
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_TRUE(bodies.isValid() && killings.isValid());
    const QString shown = w.claimText(bodies);
    // Pavlyuk's count corroborates Amnesty's finding: that backs Amnesty's claim, not his.
    EXPECT_TRUE(shown.contains(QStringLiteral("1 independent source — Oleksandr Pavlyuk"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Amnesty International (B), Oleksandr Pavlyuk"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Nobody contradicts it."))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Russian Ministry of Defence"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Suggested credibility: 3 — possibly true"))) << shown.toStdString();
    // The claim it backs is listed under its own heading, by the number the reason gives it.
    EXPECT_TRUE(shown.contains(QStringLiteral("Claims it corroborates (1)"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("#%1 “22 unlawful killings").arg(killings.value))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("backs claim #%1 (link #").arg(killings.value))) << shown.toStdString();

    // Amnesty's claim: backed by Pavlyuk, disputed by the ministry, whose E grade discounts the denial.
    const QString amnesty = w.claimText(killings);
    EXPECT_TRUE(amnesty.contains(QStringLiteral("Weighs as 0.25 of a reliable source"))) << amnesty.toStdString();
    EXPECT_TRUE(amnesty.contains(QStringLiteral("corroborated by claim #%1 (link #").arg(bodies.value)))
        << amnesty.toStdString();
    EXPECT_TRUE(amnesty.contains(QStringLiteral("#%1 “At least 1,235").arg(bodies.value))) << amnesty.toStdString();
}

TEST(AnalysisPane, AnUnsourcedClaimNamesItsReportNotARawId)
{
    AnalysisDock w;
    // A report that names no outlet, and a claim in it attributed to nobody: its origin is the report itself.
    const model::ReportSummary* anonymous = nullptr;
    for (const model::ReportSummary& report : w.document().reportSummaries()) {
        if (report.metadata.outlet.isEmpty() && w.document().cache().claimCount(report.id) == 0) {
            anonymous = &report;
            break;
        }
    }
    ASSERT_NE(anonymous, nullptr) << "the sample has a report with no outlet";
    casefile::ClaimDraft draft;
    draft.report = anonymous->id;
    draft.start = 0;
    draft.end = 40;
    draft.statement = QStringLiteral("An unattributed statement");
    ASSERT_TRUE(w.document().execute(std::make_unique<ui::AddClaimCommand>(w.document(), draft)).ok());
    const ClaimId unsourced = w.claimWith(QStringLiteral("An unattributed statement"));
    ASSERT_TRUE(unsourced.isValid());

    const QString shown = w.claimText(unsourced);
    EXPECT_FALSE(shown.contains(QStringLiteral("unknown origin (report"))) << shown.toStdString();
    EXPECT_TRUE(
        shown.contains(QStringLiteral("No named source — unnamed source (Report #%1)").arg(anonymous->id.value)))
        << shown.toStdString();

    w.showMatrix();
    const int row = w.matrixRowOf(unsourced);
    ASSERT_GE(row, 0);
    for (int column = 0; column < w.matrix()->model()->columnCount(); ++column) {
        EXPECT_FALSE(w.matrix()
                         ->model()
                         ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                         .toString()
                         .contains(QStringLiteral("unknown origin (report")));
    }
}

TEST(AnalysisPane, ClaimMatrixFollowsTheCurrentClaimAndPickingARowMakesItCurrent)
{
    AnalysisDock w;
    w.showMatrix();
    // A short matrix, so that the last claims are out of sight until the matrix scrolls to them.
    w.find<QDockWidget>("analysisDock")->resize(600, 160);
    w.matrix()->setFixedHeight(w.matrix()->verticalHeader()->defaultSectionSize() * 3);
    QApplication::processEvents();
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235"));
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));

    w.document().selection().setCurrentClaim(bodies); // as picking it in the Claims table or a report does
    QApplication::processEvents();
    const int row = w.matrixRowOf(bodies);
    ASSERT_GE(row, 0);
    EXPECT_EQ(w.selectedMatrixRow(), row);
    const QRect shown = w.matrix()->visualRect(w.matrix()->model()->index(row, 0));
    EXPECT_TRUE(w.matrix()->viewport()->rect().intersects(shown)) << "the matrix scrolled to the current claim";

    const QModelIndex other = w.matrix()->model()->index(w.matrixRowOf(killings), 0);
    w.matrix()->scrollTo(other);
    QTest::mouseClick(w.matrix()->viewport(), Qt::LeftButton, {}, w.matrix()->visualRect(other).center());
    EXPECT_EQ(w.document().selection().currentClaim(), killings);
    EXPECT_EQ(w.selectedMatrixRow(), other.row());
}

TEST(AnalysisPane, ClaimMatrixHasALegendAndStaysReadableInTheDarkTheme)
{
    AnalysisDock w;
    w.showMatrix();
    auto* legend = w.find<QLabel>("claimMatrixLegendLabel");
    EXPECT_TRUE(legend->isVisible());
    for (const char* part : {"●", "backs", "✕", "disputes", "rests on one voice"}) {
        EXPECT_TRUE(legend->text().contains(QString::fromUtf8(part))) << part << ": " << legend->text().toStdString();
    }

    w.find<QAction>("themeDarkAction")->trigger();
    QApplication::processEvents();
    const QPalette palette = w.matrix()->palette();
    ASSERT_LT(palette.color(QPalette::Base).lightness(), 128) << "the dark theme is on";
    // The claim that rests on one voice (Russia's denial) and its ✕ under Amnesty: both readable on the dark base.
    const int denial = w.matrixRowOf(w.claimWith(QStringLiteral("Russia hits")));
    ASSERT_GE(denial, 0);
    const QVariant header = w.matrix()->model()->headerData(denial, Qt::Vertical, Qt::ForegroundRole);
    ASSERT_TRUE(header.canConvert<QColor>());
    EXPECT_GE(ui::contrastRatio(header.value<QColor>(), palette.color(QPalette::Base)), ui::kReadableContrast);
    int marks = 0;
    for (int column = 0; column < w.matrix()->model()->columnCount(); ++column) {
        const QModelIndex cell = w.matrix()->model()->index(denial, column);
        if (cell.data(ui::ClaimMatrixModel::CellRole).toInt() != 0) {
            ++marks;
            EXPECT_GE(ui::contrastRatio(cell.data(Qt::ForegroundRole).value<QColor>(), palette.color(QPalette::Base)),
                      ui::kReadableContrast);
        }
    }
    EXPECT_GT(marks, 0);
}
