// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Search dock driven from the keyboard on the sample case: Ctrl+Shift+F, results as you type, arrows, Enter
// opening the report with every hit highlighted, F3 / Shift+F3, and marking a hit as a claim in one step.
#include "ui/search/SearchDock.h"
#include "tests/support/TestWindow.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString selected(ui::ReportPane* pane)
{
    return pane->textView()->textCursor().selectedText();
}

} // namespace

TEST(SearchDock, TheKeyboardFindsOpensAndStepsThroughHits)
{
    test::SampleWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* query = w.find<QLineEdit>("searchQuery");
    auto* results = w.find<QTreeWidget>("searchResults");
    ASSERT_TRUE(query && results);
    QTRY_VERIFY(query->hasFocus());

    QTest::keyClicks(query, QStringLiteral("Kharkov"));
    // Results come from the worker thread, grouped by report; Kharkov finds the sample's Kharkiv.
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, 10000);
    QTreeWidgetItem* group = results->topLevelItem(0);
    ASSERT_GT(group->childCount(), 0);
    EXPECT_EQ(results->currentItem(), group);
    QTest::keyClick(query, Qt::Key_Down);
    EXPECT_EQ(results->currentItem(), group->child(0));
    EXPECT_TRUE(query->hasFocus()) << "the arrows move through results without leaving the query";

    QTest::keyClick(query, Qt::Key_Return);
    ui::ReportPane* pane = w.window->paneArea().currentPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchHits().size() >= 2, 10000);
    const auto hits = pane->searchHits();
    // The first hit is selected and every hit is highlighted.
    EXPECT_TRUE((QStringList{QStringLiteral("Kharkiv"), QStringLiteral("Kharkov")}.contains(selected(pane))))
        << selected(pane).toStdString();
    int marked = 0;
    for (const auto& sel : pane->textView()->extraSelections()) {
        marked += sel.format.property(ui::ReportPane::kSearchHitProperty).toBool() ? 1 : 0;
    }
    EXPECT_EQ(marked, hits.size());

    auto displayed = [&](qsizetype full) {
        return int(pane->offsetMap().toDisplay(full));
    };
    QTest::keyClick(w.window.get(), Qt::Key_F3);
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.at(1).first));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.at(0).first));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
    EXPECT_EQ(pane->textView()->textCursor().selectionStart(), displayed(hits.back().first));
}

TEST(SearchDock, AHitBecomesAClaimInOneStep)
{
    test::SampleWindow w;
    const size_t before = w.reader().claims().value().size();
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* query = w.find<QLineEdit>("searchQuery");
    auto* results = w.find<QTreeWidget>("searchResults");
    QTest::keyClicks(query, QStringLiteral("\"cluster bombs\""));
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, 10000);
    QTest::keyClick(query, Qt::Key_Down);
    QPushButton* mark = nullptr;
    for (auto* b : w.window->findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Claim"))) {
            mark = b;
        }
    }
    ASSERT_NE(mark, nullptr);
    mark->click();
    QTRY_COMPARE_WITH_TIMEOUT(w.reader().claims().value().size(), before + 1, 10000);
}
