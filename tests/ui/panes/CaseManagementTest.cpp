// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What explains the workbench to a newcomer: the report Inspector's translation credit, the tooltips of the Claims
// table (Indep., Grade) and the legend of the link colours. Driven through the real window on the sample case.
#include "core/case/Case.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/LinkColours.h"
#include "ui/models/ClaimListModel.h"
#include "ui/panes/LinkLegend.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

TEST(ReportInspector, EditsTheTranslationCreditAsOneUndoableChange)
{
    test::SampleWindow w;
    test::clickRow(*w.find<QTableView>("reportListView"), 0);
    test::SampleWindow::settle();
    const ReportId report = w.document().selection().currentReport();
    ASSERT_TRUE(report.isValid());
    auto* field = w.find<QLineEdit>("reportTranslationLineEdit");
    ASSERT_TRUE(field->isVisible());
    EXPECT_EQ(field->text(), w.document().reportSummary(report)->metadata.translationCredit);

    field->setFocus(Qt::MouseFocusReason);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Translated from Ukrainian by Olena K."));
    QTest::keyClick(field, Qt::Key_Return);
    test::SampleWindow::settle();
    EXPECT_EQ(w.document().reportSummary(report)->metadata.translationCredit,
              QStringLiteral("Translated from Ukrainian by Olena K."));
    EXPECT_EQ(w.document().undoStack()->undoText(), QStringLiteral("Set report translation credit"));
    auto stored = test::openBeside(w.document())->report(report);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().metadata.translationCredit, QStringLiteral("Translated from Ukrainian by Olena K."));

    w.document().undoStack()->undo();
    test::SampleWindow::settle();
    EXPECT_TRUE(w.document().reportSummary(report)->metadata.translationCredit.isEmpty());
    EXPECT_TRUE(field->text().isEmpty()) << "the field shows the report as stored";
}

TEST(ClaimsTable, HeadersAndGradesExplainThemselves)
{
    test::SampleWindow w;
    auto* table = w.find<QTableView>("claimTableView");
    QAbstractItemModel* model = table->model();
    auto headerTip = [model](int column) {
        return model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    };
    EXPECT_EQ(model->headerData(ui::ClaimListModel::IndependentColumn, Qt::Horizontal).toString(),
              QStringLiteral("Indep."));
    EXPECT_TRUE(headerTip(ui::ClaimListModel::IndependentColumn).contains(QStringLiteral("Independent sources")));
    const QString grade = headerTip(ui::ClaimListModel::GradeColumn);
    EXPECT_TRUE(grade.contains(QStringLiteral("B2")));
    EXPECT_TRUE(grade.contains(QStringLiteral("reliability")));
    EXPECT_TRUE(grade.contains(QStringLiteral("credibility")));
    for (int column = 0; column < model->columnCount(); ++column) {
        EXPECT_FALSE(headerTip(column).isEmpty()) << "column " << column;
    }

    // The cells: a grade reads out both halves; Indep. names the sources it counts.
    ASSERT_GT(model->rowCount(), 0);
    bool sawGrade = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex gradeCell = model->index(row, ui::ClaimListModel::GradeColumn);
        if (!gradeCell.data().toString().isEmpty()) {
            sawGrade = true;
            EXPECT_TRUE(gradeCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("reliability")));
        }
        const QModelIndex indep = model->index(row, ui::ClaimListModel::IndependentColumn);
        const QString tip = indep.data(Qt::ToolTipRole).toString();
        EXPECT_FALSE(tip.isEmpty()) << "row " << row;
        if (indep.data().toInt() > 0) {
            EXPECT_TRUE(tip.contains(QStringLiteral("independent source"))) << tip.toStdString();
        }
    }
    EXPECT_TRUE(sawGrade) << "the sample grades some claims";
}

TEST(LinkLegend, ShowsEachLinkColourWithWhatItMeansWhileACaseIsOpen)
{
    test::SampleWindow w;
    auto* legend = w.find<ui::LinkLegend>("linkLegend");
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isVisible());
    for (const QString& name : model::linkTypeNames()) {
        auto* label = legend->findChild<QLabel*>(QStringLiteral("linkLegendLabel_") + name);
        ASSERT_NE(label, nullptr) << name.toStdString();
        EXPECT_TRUE(label->isVisible());
        EXPECT_FALSE(label->toolTip().isEmpty());
    }
    // The stroke beside "contradicts" is drawn in the curves' colour for it.
    const auto contradicts = model::parseLinkType(QStringLiteral("contradicts")).value();
    bool found = false;
    for (QLabel* swatch : legend->findChildren<QLabel*>()) {
        if (swatch->pixmap().isNull() || swatch->toolTip() != ui::LinkLegend::typeToolTip(contradicts)) {
            continue;
        }
        const QImage image = swatch->pixmap().toImage();
        const QColor middle = image.pixelColor(image.width() / 2, image.height() / 2);
        EXPECT_EQ(middle.rgb(), ui::linkTypeColour(contradicts).rgb());
        found = true;
    }
    EXPECT_TRUE(found);

    w.window->closeCase();
    EXPECT_FALSE(legend->isVisible()) << "nothing to explain on the start page";
}

} // namespace
