// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Delete Report in the window: the Case list's Delete key, context menu and the Edit menu, the confirmation that
// says what goes with the report (answered by FakePrompts), one undo step, and the panes that were reading it.
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/ReportCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportListPane.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace corrob;

namespace {

struct DeletionWindow : test::SampleWindow
{
    ui::ReportListPane* list() const { return window->findChild<ui::ReportListPane*>(); }
    QTableView* listView() const { return find<QTableView>("reportListView"); }
    QAction* deleteAction() const { return find<QAction>("deleteReportAction"); }

    // The links of a report's claims, each once.
    int linksOf(ReportId report) const
    {
        const auto& links = document().cache().links();
        return int(std::count_if(links.cbegin(), links.cend(), [&](const model::Link& l) {
            const model::Claim* from = document().cache().claim(l.from);
            const model::Claim* to = document().cache().claim(l.to);
            return (from && from->report == report) || (to && to->report == report);
        }));
    }

    // Selects report in the Case list and presses Delete there, as a user does.
    void pressDeleteOn(ReportId report) const
    {
        ASSERT_TRUE(list()->selectReport(report));
        listView()->setFocus();
        QTest::keyClick(listView(), Qt::Key_Delete);
    }
};

} // namespace

TEST(DeleteReport, TheDeleteKeyInTheCaseListAsksWhatGoesWithItThenDeletesItAsOneUndoStep)
{
    DeletionWindow w;
    ui::CaseDocument& doc = w.document();
    const ReportId report = w.pane(0)->report();
    ASSERT_TRUE(report.isValid());
    const int claims = doc.cache().claimCount(report);
    const int links = w.linksOf(report);
    ASSERT_GT(claims, 0) << "the sample's first report has claims";
    ASSERT_GT(links, 0);
    const std::size_t reports = doc.reportSummaries().size();
    const std::size_t allClaims = doc.cache().claims().size();
    const std::size_t allLinks = doc.cache().links().size();
    const QString title = doc.reportTitle(report);
    const int steps = doc.undoStack()->count();
    w.prompts.confirmations = {true};

    w.pressDeleteOn(report);

    ASSERT_EQ(w.prompts.confirmQuestions.size(), 1u);
    const auto& asked = w.prompts.confirmQuestions.front();
    EXPECT_EQ(asked.title, QStringLiteral("Delete Report"));
    EXPECT_TRUE(asked.text.contains(title)) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QStringLiteral("%1 claim").arg(claims))) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QStringLiteral("%1 link").arg(links))) << asked.text.toStdString();
    // Gone from the Case list, the Claims table's cache and the pane that was reading it.
    EXPECT_EQ(doc.reportSummary(report), nullptr);
    EXPECT_EQ(doc.reportSummaries().size(), reports - 1);
    EXPECT_FALSE(test::columnTexts(*w.listView()->model()).contains(title));
    EXPECT_EQ(doc.cache().claims().size(), allClaims - std::size_t(claims));
    EXPECT_EQ(doc.cache().links().size(), allLinks - std::size_t(links));
    for (ui::ReportPane* pane : w.window->paneArea().panes()) {
        EXPECT_NE(pane->report(), report);
    }
    EXPECT_TRUE(w.prompts.errors.empty());
    ASSERT_EQ(doc.undoStack()->count(), steps + 1);
    // A Qt plural, as the English translation reads it.
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Delete 1 report"));

    doc.undoStack()->undo();
    ASSERT_NE(doc.reportSummary(report), nullptr);
    EXPECT_EQ(doc.cache().claims().size(), allClaims);
    EXPECT_EQ(doc.cache().links().size(), allLinks);
    EXPECT_EQ(doc.cache().claimCount(report), claims);
    EXPECT_TRUE(test::columnTexts(*w.listView()->model()).contains(title));
    doc.undoStack()->redo();
    EXPECT_EQ(doc.reportSummary(report), nullptr);
    EXPECT_EQ(doc.cache().claims().size(), allClaims - std::size_t(claims));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.cache().claims().size(), allClaims);
    EXPECT_TRUE(w.prompts.errors.empty());
}

TEST(DeleteReport, CancellingTheConfirmationKeepsEverything)
{
    DeletionWindow w;
    const ReportId report = w.pane(0)->report();
    const std::size_t claims = w.document().cache().claims().size();
    const int steps = w.document().undoStack()->count();

    w.pressDeleteOn(report); // FakePrompts answers "cancel" when no answer is queued

    EXPECT_EQ(w.prompts.confirmQuestions.size(), 1u);
    EXPECT_NE(w.document().reportSummary(report), nullptr);
    EXPECT_EQ(w.document().cache().claims().size(), claims);
    EXPECT_EQ(w.pane(0)->report(), report);
    EXPECT_EQ(w.document().undoStack()->count(), steps);
}

TEST(DeleteReport, IsInTheEditMenuAndTheCaseListsContextMenuButTheDeleteKeyInAPaneLeavesReportsAlone)
{
    DeletionWindow w;
    QAction* action = w.deleteAction();
    EXPECT_TRUE(w.find<QMenu>("editMenu")->actions().contains(action));
    EXPECT_EQ(w.listView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_TRUE(w.listView()->actions().contains(action));
    EXPECT_TRUE(action->isEnabled());

    w.view(0)->setFocus();
    QTest::keyClick(w.view(0), Qt::Key_Delete);
    EXPECT_TRUE(w.prompts.confirmQuestions.empty());

    // From the Edit menu: the report selected in the Case list.
    const ReportId second = w.pane(1)->report();
    ASSERT_TRUE(w.list()->selectReport(second));
    w.prompts.confirmations = {true};
    action->trigger();
    EXPECT_EQ(w.document().reportSummary(second), nullptr);
    EXPECT_FALSE(w.pane(1)->report() == second);
}

TEST(DeleteReport, DeletingEveryReportLeavesTheEmptyCasePageAndUndoBringsThemBack)
{
    DeletionWindow w;
    ui::CaseDocument& doc = w.document();
    std::vector<ReportId> all;
    for (const model::ReportSummary& r : doc.reportSummaries()) {
        all.push_back(r.id);
    }
    ASSERT_TRUE(doc.execute(std::make_unique<ui::DeleteReportsCommand>(doc, all)).ok());
    EXPECT_TRUE(doc.reportSummaries().empty());
    EXPECT_TRUE(doc.cache().claims().empty());
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Delete %1 reports").arg(all.size())); // English plural
    test::SampleWindow::settle();
    EXPECT_TRUE(w.find<QWidget>("emptyCasePage")->isVisible());
    EXPECT_FALSE(w.deleteAction()->isEnabled());

    doc.undoStack()->undo();
    EXPECT_EQ(doc.reportSummaries().size(), all.size());
    test::SampleWindow::settle();
    EXPECT_TRUE(w.pane(0)->report().isValid()) << "the first reports open again";
}

TEST(DeleteReport, TheSavedPaneSessionNeverBringsBackAReportDeletedMeanwhile)
{
    DeletionWindow w;
    ui::CaseDocument& doc = w.document();
    const ReportId deleted = w.pane(1)->report();
    const ReportId kept = w.pane(0)->report();
    ASSERT_TRUE(deleted.isValid());
    const QString path = doc.path();
    doc.close(); // remembers what the panes showed, the report about to be deleted among them
    {
        // Deleted while the window had the case closed (corroborate-cli report delete does the same).
        auto other = casefile::Case::open(path, {QStringLiteral("tester")});
        ASSERT_TRUE(other.ok());
        casefile::DeleteReports del({deleted});
        ASSERT_TRUE(del.apply(*other.value()).ok());
    }

    ASSERT_TRUE(w.window->openSampleCase());
    test::SampleWindow::settle();
    EXPECT_EQ(doc.reportSummary(deleted), nullptr);
    EXPECT_EQ(doc.reportSummaries().size(), 4u);
    EXPECT_EQ(w.pane(0)->report(), kept);
    for (ui::ReportPane* pane : w.window->paneArea().panes()) {
        EXPECT_NE(pane->report(), deleted);
    }
}
