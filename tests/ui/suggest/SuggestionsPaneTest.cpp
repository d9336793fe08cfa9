// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Suggestions dock on the sample case, driven from the keyboard: it follows the current claim, picking a
// suggestion opens it beside the claim with a dashed curve, Enter accepts (undo takes the link and the claim made
// for the passage away again), a digit accepts as another type, Delete dismisses for good (also after the case is
// opened again), and the review queue lists the claims with likely links.
#include "ui/suggest/SuggestionsPane.h"
#include "resources/Translations.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/suggest/ReviewQueueModel.h"
#include "ui/suggest/SuggestionListModel.h"
#include "ui/widgets/LinkCurveOverlay.h"
#include "ui/widgets/ReadingTextView.h"

#include "tests/support/QtWait.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <optional>

using namespace corrob;

namespace {

constexpr int kWaitMs = 30000; // the worker builds the index first; generous for a loaded machine

struct SuggestionsWindow : test::SampleWindow
{
    using SampleWindow::SampleWindow;
    ui::SuggestionsPane* pane() const { return find<ui::SuggestionsPane>("suggestionsPane"); }

    // Brings the dock up (Ctrl+Shift+S), makes claim current and waits for its suggestions.
    void showSuggestionsOf(ClaimId claim) const
    {
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        document().selection().setCurrentClaim(claim);
        settle();
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->isBusy(), kWaitMs);
        EXPECT_EQ(pane()->model()->claim(), claim);
    }
    // The first suggestion that is a sentence (not a claim yet), or -1.
    int firstSentenceRow() const
    {
        for (int row = 0; row < pane()->model()->rowCount(); ++row) {
            if (!pane()->model()->candidate(row)->claim) {
                return row;
            }
        }
        return -1;
    }
    // Focuses the list (the dock's shortcut) and picks row.
    void pick(int row) const
    {
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTreeView* list = pane()->list();
        EXPECT_TRUE(list->hasFocus());
        list->setCurrentIndex(pane()->model()->index(row, 0));
    }
    size_t linkCount() const { return reader().links().value().size(); }
    size_t claimCount() const { return reader().claims().value().size(); }
};

bool sameSpan(const suggest::Candidate& a, const suggest::Candidate& b)
{
    return a.report == b.report && a.start == b.start && a.end == b.end;
}

bool proposes(ui::SuggestionsPane* pane, const suggest::Candidate& candidate)
{
    const auto& all = pane->model()->candidates();
    return std::any_of(all.cbegin(), all.cend(), [&](const suggest::Candidate& c) { return sameSpan(c, candidate); });
}

} // namespace

TEST(SuggestionsDock, FollowsTheCurrentClaimWithRankedCandidatesAndReasons)
{
    SuggestionsWindow w;
    QAbstractItemModelTester tester(w.pane()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_TRUE(killings.isValid());
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    ui::SuggestionListModel* model = w.pane()->model();
    ASSERT_GT(model->rowCount(), 0) << "the other reports speak of killings";
    const model::Claim* claim = w.document().cache().claim(killings);
    for (const suggest::Candidate& c : model->candidates()) {
        EXPECT_NE(c.report, claim->report) << "never the claim's own report";
    }
    EXPECT_FALSE(model->candidate(0)->reasons.isEmpty()) << "the best one says why";
    for (int row = 1; row < model->rowCount(); ++row) {
        EXPECT_GE(model->candidate(row - 1)->score, model->candidate(row)->score) << "best first";
    }
    EXPECT_FALSE(model->data(model->index(0, ui::SuggestionListModel::Relation)).toString().isEmpty());
    EXPECT_TRUE(model->data(model->index(0, ui::SuggestionListModel::Score)).toString().endsWith(u'%'));

    // Another claim: the dock follows.
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235 civilian bodies"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(bodies));
    EXPECT_EQ(model->claim(), bodies);
    // No claim: an empty list.
    w.document().selection().setCurrentClaim(ClaimId());
    w.settle();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST(SuggestionsDock, ComputesNothingWhileHiddenAndCatchesUpWhenShown)
{
    SuggestionsWindow w;
    auto* dock = w.find<QDockWidget>("suggestionsDock");
    w.find<QDockWidget>("caseDock")->raise(); // the Suggestions tab is behind it
    w.settle();
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    w.document().selection().setCurrentClaim(killings);
    w.settle();
    EXPECT_FALSE(w.pane()->isBusy());
    EXPECT_EQ(w.pane()->model()->rowCount(), 0);
    dock->show();
    dock->raise();
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_EQ(w.pane()->model()->claim(), killings);
    EXPECT_GT(w.pane()->model()->rowCount(), 0);
}

TEST(SuggestionsDock, PickingOpensThePassageBesideTheClaimWithADashedCurve)
{
    SuggestionsWindow w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    const int row = w.firstSentenceRow() >= 0 ? w.firstSentenceRow() : 0;
    ASSERT_GT(w.pane()->model()->rowCount(), row);
    const suggest::Candidate picked = *w.pane()->model()->candidate(row);
    w.pick(row);
    w.settle();

    ui::ReportPaneArea& area = w.window->paneArea();
    ui::ReportPane* claimPane = area.paneShowing(w.document().cache().claim(killings)->report);
    ui::ReportPane* passagePane = area.paneShowing(picked.report);
    ASSERT_NE(claimPane, nullptr);
    ASSERT_NE(passagePane, nullptr);
    EXPECT_NE(claimPane, passagePane);
    EXPECT_EQ(std::abs(area.panes().indexOf(claimPane) - area.panes().indexOf(passagePane)), 1) << "side by side";
    ASSERT_TRUE(passagePane->suggestion().has_value());
    EXPECT_EQ(passagePane->suggestion()->start, picked.start);
    EXPECT_EQ(passagePane->suggestion()->end, picked.end);
    int highlighted = 0;
    for (const auto& sel : passagePane->textView()->extraSelections()) {
        highlighted += sel.format.property(ui::ReportPane::kSuggestedProperty).toBool() ? 1 : 0;
    }
    EXPECT_EQ(highlighted, 1);
    const auto curves = area.overlay()->curves();
    EXPECT_TRUE(std::any_of(curves.cbegin(), curves.cend(), [](const auto& c) { return c.dashed; }))
        << "a dashed curve from the claim to the passage";
}

TEST(SuggestionsDock, EnterAcceptsAsTheGuessAndUndoTakesTheLinkAndTheNewClaimAway)
{
    SuggestionsWindow w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    const int row = w.firstSentenceRow();
    ASSERT_GE(row, 0) << "a sentence that is not a claim yet";
    const suggest::Candidate accepted = *w.pane()->model()->candidate(row);
    const size_t links = w.linkCount();
    const size_t claims = w.claimCount();
    w.pick(row);
    QTest::keyClick(w.pane()->list(), Qt::Key_Return);

    ASSERT_EQ(w.linkCount(), links + 1);
    EXPECT_EQ(w.claimCount(), claims + 1) << "the passage became a claim";
    const auto all = w.reader().links().value();
    const model::Link& link = all.back();
    EXPECT_EQ(link.type, accepted.relation) << "Enter takes the guessed relation";
    EXPECT_TRUE(link.from == killings || link.to == killings);
    // The link shows in the workbench at once, and the accepted passage is no longer proposed.
    EXPECT_FALSE(w.document().cache().linksOf(killings).empty());
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_FALSE(proposes(w.pane(), accepted));

    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(w.linkCount(), links);
    EXPECT_EQ(w.claimCount(), claims) << "one undo step takes both";
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_TRUE(proposes(w.pane(), accepted)) << "proposed again once undone";
}

TEST(SuggestionsDock, ADigitAcceptsAsAnotherType)
{
    SuggestionsWindow w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    ASSERT_GT(w.pane()->model()->rowCount(), 0);
    const size_t links = w.linkCount();
    // 4 = updates (corroborates, contradicts, repeats, updates, elaborates), shown in the dock.
    EXPECT_TRUE(w.find<QLabel>("suggestionKeys")->text().contains(QStringLiteral("<b>4</b>")));
    w.pick(0);
    QTest::keyClick(w.pane()->list(), Qt::Key_4);
    ASSERT_EQ(w.linkCount(), links + 1);
    EXPECT_EQ(w.reader().links().value().back().type, model::LinkType::Updates);
}

TEST(SuggestionsDock, DeleteDismissesForGoodEvenAfterTheCaseIsOpenedAgain)
{
    SuggestionsWindow w;
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    ASSERT_GT(w.pane()->model()->rowCount(), 0);
    const suggest::Candidate dismissed = *w.pane()->model()->candidate(0);
    const size_t links = w.linkCount();
    w.pick(0);
    QTest::keyClick(w.pane()->list(), Qt::Key_Delete);
    EXPECT_FALSE(proposes(w.pane(), dismissed));
    EXPECT_EQ(w.linkCount(), links) << "nothing linked";
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_FALSE(proposes(w.pane(), dismissed)) << "not back after the candidates are computed again";

    // Undo brings it back, redo dismisses it again.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_TRUE(proposes(w.pane(), dismissed));
    w.find<QAction>("redoAction")->trigger();
    EXPECT_FALSE(w.document().undoStack()->canRedo()) << "redone";
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_FALSE(proposes(w.pane(), dismissed));

    // The case remembers it.
    w.reopen();
    ASSERT_TRUE(w.window->openSampleCase());
    w.settle();
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(w.claimWith(QStringLiteral("22 unlawful killings"))));
    EXPECT_GT(w.pane()->model()->rowCount(), 0);
    EXPECT_FALSE(proposes(w.pane(), dismissed));
}

TEST(SuggestionsDock, TheReviewQueueListsClaimsWithLikelyLinksAndFollowsNewReports)
{
    SuggestionsWindow w;
    QAbstractItemModelTester tester(w.pane()->queueModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    w.find<QAction>("showReviewQueueAction")->trigger();
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy(), kWaitMs);
    ui::ReviewQueueModel* queue = w.pane()->queueModel();
    const auto bestReportOf = [&](ClaimId claim) {
        const int row = queue->rowOf(claim);
        return row < 0 ? ReportId() : queue->items().at(size_t(row)).candidates.front().report;
    };
    const ClaimId bodies = w.claimWith(QStringLiteral("1,235 civilian bodies"));
    // Its count is of the likely links, not of every candidate the claim's Suggestions list shows (a tester read 3
    // "Candidates" here against 12 there).
    EXPECT_EQ(queue->headerData(ui::ReviewQueueModel::Count, Qt::Horizontal).toString(), QStringLiteral("Likely"));
    EXPECT_TRUE(queue->headerData(ui::ReviewQueueModel::Count, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("every candidate")));

    // A newer report repeats the governor's figure word for word: the queue, shown, is computed again and has it.
    const QString path = w.dir.filePath(QStringLiteral("repeat.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Bodies found near Kyiv\n\nKyiv regional governor Oleksandr Pavlyuk said that at least 1,235 civilian "
               "bodies have been found in the region.\n");
    file.close();
    const auto outcome = test::importInto(w.document(), {path});
    ASSERT_EQ(outcome.imported.size(), 1u);
    const ReportId repeat = outcome.imported.front().report.id;
    ASSERT_NE(bestReportOf(bodies), repeat);
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy() && bestReportOf(bodies) == repeat, kWaitMs);
    EXPECT_TRUE(
        w.find<QLabel>("reviewQueueStatus")->text().contains(QStringLiteral("have likely links you have not made")))
        << w.find<QLabel>("reviewQueueStatus")->text().toStdString();

    // Picking an entry makes its claim current; Enter shows its suggestions.
    const int row = queue->rowOf(bodies);
    w.pane()->queueList()->setCurrentIndex(queue->index(row, 0));
    EXPECT_EQ(w.document().selection().currentClaim(), bodies);
    QTest::keyClick(w.pane()->queueList(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isBusy(), kWaitMs);
    EXPECT_EQ(w.pane()->model()->claim(), bodies);
    EXPECT_TRUE(w.pane()->list()->hasFocus());
    ASSERT_GT(w.pane()->model()->rowCount(), 0);
    EXPECT_EQ(w.pane()->model()->candidate(0)->report, repeat) << "the word-for-word repeat first";
}

TEST(SuggestionsDock, TheReviewQueueNamesAReportWithoutAnOutletAsTheClaimsTableDoes)
{
    SuggestionsWindow w;
    w.find<QAction>("showReviewQueueAction")->trigger();
    w.settle();
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy(), kWaitMs);
    ui::ReviewQueueModel* queue = w.pane()->queueModel();
    // The sample's first report names no outlet: its row says which report it is rather than nothing.
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    const int row = queue->rowOf(killings);
    ASSERT_GE(row, 0);
    const ReportId report = w.document().cache().claim(killings)->report;
    ASSERT_TRUE(w.document().reportSummary(report)->metadata.outlet.isEmpty());
    EXPECT_EQ(queue->index(row, ui::ReviewQueueModel::Report).data().toString(),
              QStringLiteral("Report #%1").arg(report.value));
}

TEST(SuggestionsDock, WithNoClaimPickedItSaysWhatToDo)
{
    SuggestionsWindow w;
    ASSERT_FALSE(w.document().selection().currentClaim().isValid());
    QTest::keyClick(w.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    w.settle();
    auto* label = w.find<QLabel>("suggestionsClaimLabel");
    ASSERT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Pick a claim"))) << label->text().toStdString();
}

TEST(SuggestionsDock, ThePickedSuggestionsReasonsAreNeverCutOffInAShortDock)
{
    SuggestionsWindow w(QSize(1180, 740)); // the window's first size on a 1280 x 800 screen
    const ClaimId killings = w.claimWith(QStringLiteral("22 unlawful killings"));
    ASSERT_NO_FATAL_FAILURE(w.showSuggestionsOf(killings));
    ASSERT_GT(w.pane()->model()->rowCount(), 0);
    w.pick(0);
    w.settle();
    auto* details = w.find<QLabel>("suggestionDetails");
    const QString reasons = w.pane()->model()->candidate(0)->reasons.join(QStringLiteral("; ")).toHtmlEscaped();
    ASSERT_TRUE(details->text().contains(reasons));
    // All of the text has its height: what the dock cannot show scrolls into view instead of being clipped.
    EXPECT_GE(details->height(), details->heightForWidth(details->width()));
}

TEST(SuggestionsDock, CtrlShiftROpensTheReviewQueueWithTheFocusInItsList)
{
    SuggestionsWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    w.settle();
    EXPECT_TRUE(w.pane()->queueList()->isVisible());
    EXPECT_TRUE(w.pane()->queueList()->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy(), kWaitMs);
    EXPECT_GT(w.pane()->queueModel()->rowCount(), 0);
}

TEST(SuggestionsDock, TheReviewQueueLeavesTheClaimAGoodPartOfTheWidth)
{
    SuggestionsWindow w(QSize(1180, 740)); // the window's first size on a 1280 x 800 screen
    QTest::keyClick(w.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy() && w.pane()->queueModel()->rowCount() > 0, kWaitMs);
    w.settle();
    QTreeView* list = w.pane()->queueList();
    EXPECT_GE(list->columnWidth(ui::ReviewQueueModel::Claim), list->viewport()->width() * 40 / 100);
    // The columns fill the list without scrolling sideways.
    int total = 0;
    for (int column = 0; column < ui::ReviewQueueModel::ColumnCount; ++column) {
        total += list->columnWidth(column);
    }
    EXPECT_LE(total, list->viewport()->width());
    // A title cut short is there in full in the header's tooltip.
    for (int column = 0; column < ui::ReviewQueueModel::ColumnCount; ++column) {
        const QString title = w.pane()->queueModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        EXPECT_TRUE(
            w.pane()->queueModel()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(title))
            << title.toStdString();
    }
}

TEST(SuggestionsDock, TheReviewQueueShowsEveryHeaderWholeInGerman)
{
    const resources::Translations german(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_EQ(german.language(), QStringLiteral("de"));
    SuggestionsWindow w(QSize(1180, 740)); // the window's first size on a 1280 x 800 screen
    QTest::keyClick(w.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!w.pane()->isQueueBusy() && w.pane()->queueModel()->rowCount() > 0, kWaitMs);
    w.settle();
    QTreeView* list = w.pane()->queueList();
    const QFontMetrics metrics = list->header()->fontMetrics();
    for (int column = 1; column < ui::ReviewQueueModel::ColumnCount; ++column) {
        const QString title = w.pane()->queueModel()->headerData(column, Qt::Horizontal).toString();
        SCOPED_TRACE(title.toStdString());
        EXPECT_GE(list->columnWidth(column), metrics.horizontalAdvance(title) + 8) << "cut (\"Kandida\")";
    }
    EXPECT_GE(list->columnWidth(ui::ReviewQueueModel::Claim), list->viewport()->width() * 40 / 100);
}
