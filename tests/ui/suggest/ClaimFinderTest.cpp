// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The claim finder on the sample case, from the keyboard: Ctrl+Shift+U underlines the check-worthy sentences of the
// report panes, F9 marks the one at the cursor as a claim (one undo step), and a claimed sentence is no longer
// underlined.
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QTest>
#include <QTextCursor>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// The report of the sample case whose working text contains words.
ReportId reportWith(ui::CaseDocument& document, const QString& words)
{
    for (const model::ReportSummary& summary : document.reportSummaries()) {
        auto text = document.reportText(summary.id, casefile::Case::TextView::All);
        if (text && text.value().contains(words)) {
            return summary.id;
        }
    }
    return {};
}

// The underlined sentence holding words, or nullptr.
const ui::ReportPane::Underline* underlineWith(ui::ReportPane* pane, const QString& fullText, const QString& words)
{
    for (const ui::ReportPane::Underline& u : pane->checkWorthy()) {
        if (fullText.mid(u.start, u.end - u.start).contains(words)) {
            return &u;
        }
    }
    return nullptr;
}

int underlinedSelections(ui::ReportPane* pane)
{
    int n = 0;
    for (const auto& sel : pane->textView()->extraSelections()) {
        n += sel.format.property(ui::ReportPane::kCheckWorthyProperty).toBool() ? 1 : 0;
    }
    return n;
}

} // namespace

TEST(ClaimFinder, UnderlinesAFigureSentenceAndF9MarksItAsOneUndoableClaim)
{
    test::SampleWindow w;
    const QString figure = QStringLiteral("recorded 6,731 civilian casualties");
    const ReportId fox = reportWith(w.document(), figure);
    ASSERT_TRUE(fox.isValid());
    ui::ReportPane* pane = w.pane(0);
    pane->showReport(fox);
    w.window->paneArea().setCurrentPane(pane);
    const QString text = w.document().reportText(fox, casefile::Case::TextView::All).value();
    EXPECT_TRUE(pane->checkWorthy().isEmpty()) << "nothing is underlined until asked";

    QTest::keyClick(w.window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    auto* show = w.find<QAction>("showCheckWorthyAction");
    ASSERT_TRUE(show);
    EXPECT_TRUE(show->isChecked());
    const ui::ReportPane::Underline* sentence = underlineWith(pane, text, figure);
    ASSERT_NE(sentence, nullptr) << "the OHCHR casualty figure is worth checking";
    EXPECT_TRUE(sentence->toolTip.contains(QStringLiteral("6,731"))) << sentence->toolTip.toStdString();
    EXPECT_EQ(underlinedSelections(pane), pane->checkWorthy().size()) << "each is drawn";
    // Sentences already marked as claims are not underlined again.
    EXPECT_EQ(underlineWith(pane, text, QStringLiteral("at least 1,235 civilian bodies")), nullptr);
    // The other pane's report is underlined too.
    EXPECT_FALSE(w.pane(1)->checkWorthy().isEmpty());

    const qsizetype start = sentence->start;
    const qsizetype end = sentence->end;
    const size_t before = w.reader().claims().value().size();
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(int(pane->offsetMap().toDisplay(start + 5)));
    pane->textView()->setTextCursor(cursor);
    QTest::keyClick(w.window.get(), Qt::Key_F9);

    const auto claims = w.reader().claims().value();
    ASSERT_EQ(claims.size(), before + 1);
    const auto marked = std::find_if(claims.cbegin(), claims.cend(), [&](const model::Claim& c) {
        return c.report == fox && c.anchor.start == start && c.anchor.end == end;
    });
    ASSERT_NE(marked, claims.cend()) << "the whole sentence is the claim";
    EXPECT_EQ(w.document().selection().currentClaim(), marked->id);
    EXPECT_EQ(underlineWith(pane, text, figure), nullptr) << "a claim now: no longer underlined";

    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(w.reader().claims().value().size(), before);
    EXPECT_NE(underlineWith(pane, text, figure), nullptr) << "underlined again once the claim is undone";

    // Off again: nothing is underlined.
    QTest::keyClick(w.window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(pane->checkWorthy().isEmpty());
    EXPECT_EQ(underlinedSelections(pane), 0);
}

TEST(ClaimFinder, F9MarksTheNextSentenceAfterTheCursorAndIsInThePanesMenu)
{
    test::SampleWindow w;
    ui::ReportPane* pane = w.pane(0);
    w.window->paneArea().setCurrentPane(pane);
    ASSERT_TRUE(pane->report().isValid());
    const size_t before = w.reader().claims().value().size();
    // Without the underlines shown, F9 still finds the next check-worthy sentence after the cursor.
    QTest::keyClick(w.window.get(), Qt::Key_F9);
    QTest::keyClick(w.window.get(), Qt::Key_F9);
    const auto claims = w.reader().claims().value();
    ASSERT_EQ(claims.size(), before + 2) << "two presses, two sentences";
    EXPECT_LT(claims[before].anchor.end, claims[before + 1].anchor.start + 1) << "in text order";
    EXPECT_TRUE(w.window->paneArea().contextActions().contains(w.find<QAction>("markCheckWorthyAction")));
    EXPECT_TRUE(w.window->paneArea().contextActions().contains(w.find<QAction>("showCheckWorthyAction")));
}
