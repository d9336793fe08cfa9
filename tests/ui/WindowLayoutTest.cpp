// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a new user first sees it on a laptop screen, in English and in German: every tab says its whole name,
// the Claims table keeps the widths the user gave its columns.
#include "resources/Translations.h"
#include "tests/support/TestWindow.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/models/ClaimListModel.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/LinkCurveOverlay.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace corrob;
using corrob::ui::ClaimListModel;

namespace {

constexpr QSize kLaptop{1280, 800};

// Every tab bar in sight (the docks' tabs and the tabs inside docks) is as wide as its tabs' whole names need:
// none is cut to "Ca…" and none hides behind scroll arrows. Each dock is brought to the front in turn.
void expectEveryTabNameWhole(const test::SampleWindow& w)
{
    const QList<QDockWidget*> docks = w.window->findChildren<QDockWidget*>();
    ASSERT_GE(docks.size(), 8);
    for (QDockWidget* dock : docks) {
        dock->raise();
        test::TestWindow::settle();
        SCOPED_TRACE(dock->objectName().toStdString());
        int bars = 0;
        for (QTabBar* bar : w.window->findChildren<QTabBar*>()) {
            if (!bar->isVisible() || bar->visibleRegion().isEmpty()) {
                continue; // a dock behind another's tab
            }
            ++bars;
            QStringList names;
            for (int i = 0; i < bar->count(); ++i) {
                names << bar->tabText(i);
            }
            SCOPED_TRACE(names.join(QStringLiteral(" | ")).toStdString());
            EXPECT_GE(bar->width(), bar->sizeHint().width());
        }
        // The left column's two groups, the bottom row and the Analysis dock's own tabs.
        EXPECT_GE(bars, 4);
    }
}

// A dock in sight: shown and not behind another's tab.
bool inFront(const QDockWidget* dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

} // namespace

TEST(WindowLayout, EveryTabNameIsWholeInA1280PixelWindow)
{
    test::SampleWindow w(kLaptop);
    expectEveryTabNameWhole(w);
}

TEST(WindowLayout, EveryTabNameIsWholeInA1280PixelWindowInGerman)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_EQ(german.language(), QStringLiteral("de"));
    test::SampleWindow w(kLaptop);
    expectEveryTabNameWhole(w);
}

TEST(WindowLayout, TheAnalysisTabsStayInSightInANarrowDock)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    test::SampleWindow w(QSize(1024, 768));
    auto* dock = w.find<QDockWidget>("analysisDock");
    auto* tabs = w.find<QTabWidget>("analysisTabWidget");
    ASSERT_TRUE(dock && tabs);
    w.window->resizeDocks({dock}, {260}, Qt::Horizontal);
    test::TestWindow::settle();
    QTabBar* bar = tabs->tabBar();
    ASSERT_LT(bar->width(), bar->sizeHint().width()) << "the dock should be too narrow for the whole names";
    // Shortened with "…", whole in the tooltip (the conflicts' count too): no tab is pushed out of sight behind
    // scroll arrows.
    ASSERT_TRUE(bar->tabText(1).contains(QStringLiteral(" ("))) << bar->tabText(1).toStdString();
    for (int i = 0; i < bar->count(); ++i) {
        SCOPED_TRACE(bar->tabText(i).toStdString());
        EXPECT_TRUE(bar->rect().contains(bar->tabRect(i))) << "tab out of sight";
        EXPECT_EQ(bar->tabToolTip(i), bar->tabText(i));
    }
}

TEST(WindowLayout, TheClaimsTableKeepsTheColumnWidthsTheUserGaveIt)
{
    test::SampleWindow w(kLaptop);
    auto* table = w.find<QTableView>("claimTableView");
    ASSERT_TRUE(table);
    table->horizontalHeader()->resizeSection(ClaimListModel::SourceColumn, 230); // as a drag of the divider does
    table->horizontalHeader()->resizeSection(ClaimListModel::TagsColumn, 150);

    w.reopen();
    w.window->openSampleCase();
    test::TestWindow::settle();
    table = w.find<QTableView>("claimTableView");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->horizontalHeader()->sectionSize(ClaimListModel::SourceColumn), 230);
    EXPECT_EQ(table->horizontalHeader()->sectionSize(ClaimListModel::TagsColumn), 150);
}

TEST(WindowLayout, AWindowShrunkAndGrownAgainGivesTheLeftColumnItsWidthBack)
{
    test::SampleWindow w(QSize(1500, 940));
    auto* caseDock = w.window->findChild<QDockWidget*>(QStringLiteral("caseDock"));
    ASSERT_TRUE(caseDock);
    const int before = caseDock->width();
    ASSERT_GE(before, 380);
    w.window->resize(700, 940); // the reports cannot give more: Qt narrows the docks
    test::TestWindow::settle();
    ASSERT_LT(caseDock->width(), before) << "the test needs a window small enough to narrow the left column";
    w.window->resize(1500, 940);
    test::TestWindow::settle();
    EXPECT_EQ(caseDock->width(), before); // Qt gave it all to the reports
    // A width the user chose by dragging the divider is the one given back.
    w.window->resizeDocks({caseDock}, {420}, Qt::Horizontal);
    test::TestWindow::settle();
    const int chosen = caseDock->width();
    w.window->resize(700, 940);
    test::TestWindow::settle();
    w.window->resize(1500, 940);
    test::TestWindow::settle();
    EXPECT_EQ(caseDock->width(), chosen);
}

TEST(WindowLayout, TheCaseListsTitlesHaveTheWidestColumnAndEveryHeaderIsWholeInGerman)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    test::SampleWindow w(kLaptop);
    auto* table = w.find<QTableView>("reportListView");
    ASSERT_TRUE(table && table->isVisible());
    QHeaderView* header = table->horizontalHeader();
    // "Amnesty In…" beside "Veröffentlicht" and "Behauptungen" before: the titles are what the list is for.
    for (int column = 1; column < header->count(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        SCOPED_TRACE(title.toStdString());
        EXPECT_GT(header->sectionSize(0), header->sectionSize(column));
        EXPECT_GE(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 8) << "cut";
    }
}

TEST(WindowLayout, CtrlShiftFBringsSearchForwardAndAClaimPickedInTheClaimsTableBringsTheInspectorBack)
{
    test::SampleWindow w(kLaptop);
    auto* inspector = w.find<QDockWidget>("inspectorDock");
    auto* search = w.find<QDockWidget>("searchDock");
    auto* table = w.find<QTableView>("claimTableView");
    ASSERT_TRUE(inspector && search && table);
    ASSERT_TRUE(inFront(inspector));
    // The shortcut opens search: its dock comes forward over the Inspector, with the focus in it.
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    test::TestWindow::settle();
    EXPECT_TRUE(inFront(search));
    EXPECT_FALSE(inFront(inspector));
    // A claim picked while the search has the focus (a result opened from it) leaves the search in front ...
    table->selectRow(2);
    test::TestWindow::settle();
    EXPECT_TRUE(inFront(search));
    // ... and a claim picked in the Claims table shows in the Inspector, in front again.
    table->setFocus();
    const QModelIndex second = table->model()->index(1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
    test::TestWindow::settle();
    EXPECT_TRUE(inFront(inspector));
    EXPECT_FALSE(inFront(search));
    // The same claim picked again after another look at Search brings it back too.
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    test::TestWindow::settle();
    ASSERT_FALSE(inFront(inspector));
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
    test::TestWindow::settle();
    EXPECT_TRUE(inFront(inspector));
}

TEST(WindowLayout, ALinkPickedOnItsCurveShowsInTheInspectorOverSearchAndSuggestions)
{
    test::SampleWindow w(kLaptop);
    auto* inspector = w.find<QDockWidget>("inspectorDock");
    auto* suggestions = w.find<QDockWidget>("suggestionsDock");
    ASSERT_TRUE(inspector && suggestions);
    ui::LinkCurveOverlay* overlay = w.window->paneArea().overlay();
    ASSERT_FALSE(overlay->curves().empty()) << "the sample case opens on a linked pair of reports";
    for (QDockWidget* front : {suggestions, w.find<QDockWidget>("searchDock")}) {
        SCOPED_TRACE(front->objectName().toStdString());
        w.document().selection().setCurrentClaim(ClaimId());
        front->raise();
        test::TestWindow::settle();
        ASSERT_TRUE(inFront(front));
        ASSERT_FALSE(inFront(inspector));
        // A click on a curve between the panes (its middle) picks its link: only the Inspector shows a link.
        const ui::LinkCurveOverlay::Curve curve = overlay->curves().front();
        QTest::mouseClick(overlay, Qt::LeftButton, {}, (curve.from + curve.to) / 2);
        test::TestWindow::settle();
        EXPECT_EQ(w.document().selection().currentLink().value, curve.key);
        EXPECT_TRUE(inFront(inspector));
        EXPECT_FALSE(inFront(front));
    }
}
