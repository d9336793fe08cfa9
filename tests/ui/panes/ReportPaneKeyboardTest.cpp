// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and marking with the keyboard alone: selecting from the last click, caret browsing (F7), and the
// workbench's keys beside them. Real widgets, keys sent as a user types them.
#include "core/case/CaseReader.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

const QString kWords = QStringLiteral("Amnesty investigators interviewed 45 people");

struct KeyboardWindow : test::SampleWindow
{
    // Where text first occurs in pane i's view (a document position), or -1.
    int positionOf(int i, const QString& text) const
    {
        const QTextCursor found = view(i)->document()->find(text);
        return found.isNull() ? -1 : found.selectionStart();
    }

    // Scrolls the position into view and clicks just before it, as a reader puts the cursor there.
    void clickBefore(int i, int position) const
    {
        pane(i)->scrollToTextPosition(pane(i)->offsetMap().toFull(position));
        QTextCursor cursor(view(i)->document());
        cursor.setPosition(position);
        const QRect at = view(i)->cursorRect(cursor);
        QTest::mouseClick(view(i)->viewport(), Qt::LeftButton, {}, QPoint(at.left(), at.center().y()));
        settle();
    }

    // Presses a key (with modifiers) in whatever has the keyboard focus, count times.
    void press(QKeyCombination key, int count = 1) const
    {
        for (int n = 0; n < count; ++n) {
            QTest::keySequence(QApplication::focusWidget(), QKeySequence(key));
        }
        settle();
    }

    [[nodiscard]] QString selected(int i) const { return view(i)->textCursor().selectedText(); }
    [[nodiscard]] QString quoteOfCurrentClaim() const
    {
        const ClaimId id = document().selection().currentClaim();
        return id.isValid() ? reader().claim(id).value().anchor.quote : QString();
    }
};

} // namespace

TEST(ReportPaneKeyboard, ShiftAndCtrlShiftArrowsSelectFromTheLastClickAndCtrlMMarksExactlyThat)
{
    KeyboardWindow w;
    const int start = w.positionOf(0, kWords);
    ASSERT_GE(start, 0);
    ASSERT_FALSE(w.view(0)->isCaretBrowsing()) << "caret browsing starts off";
    w.clickBefore(0, start);
    ASSERT_EQ(w.view(0)->textCursor().position(), start);
    ASSERT_EQ(w.window->paneArea().currentPane(), w.pane(0));

    w.press(Qt::CTRL | Qt::SHIFT | Qt::Key_Right, 4); // "Amnesty investigators interviewed 45 "
    w.press(Qt::SHIFT | Qt::Key_Right, 6);            // "people"
    EXPECT_EQ(w.selected(0), kWords);
    w.press(Qt::CTRL | Qt::Key_M);

    EXPECT_TRUE(w.prompts.errors.empty());
    ASSERT_EQ(w.reader().claims().value().size(), 7u);
    EXPECT_EQ(w.quoteOfCurrentClaim(), kWords);

    // Back over a word and the space before it: Shift+Left and Ctrl+Shift+Left shrink a selection as they grow it.
    w.press(Qt::CTRL | Qt::Key_Z);
    w.clickBefore(0, start);
    w.press(Qt::CTRL | Qt::SHIFT | Qt::Key_Right, 6);
    w.press(Qt::CTRL | Qt::SHIFT | Qt::Key_Left);
    EXPECT_EQ(w.selected(0), kWords + QStringLiteral(" ")) << "up to the start of the word after \"people\"";
    // The space after the last word is not part of the claim.
    w.press(Qt::CTRL | Qt::Key_M);
    EXPECT_EQ(w.quoteOfCurrentClaim(), kWords);
}

TEST(ReportPaneKeyboard, ShiftHomeEndAndCtrlShiftEndAndCtrlASelectWithoutTheMouse)
{
    KeyboardWindow w;
    const int start = w.positionOf(0, kWords);
    ASSERT_GE(start, 0);
    QTextDocument* text = w.view(0)->document();
    const int end = text->characterCount() - 1;

    w.clickBefore(0, start);
    w.press(Qt::SHIFT | Qt::Key_End);
    QTextCursor lineEnd(text);
    lineEnd.setPosition(start);
    lineEnd.movePosition(QTextCursor::EndOfLine);
    EXPECT_EQ(w.view(0)->textCursor().selectionStart(), start);
    EXPECT_EQ(w.view(0)->textCursor().selectionEnd(), lineEnd.position());
    EXPECT_GT(lineEnd.position(), start);

    w.clickBefore(0, start + 8); // inside "investigators"
    w.press(Qt::SHIFT | Qt::Key_Home);
    EXPECT_EQ(w.selected(0).right(8), QStringLiteral("Amnesty ")) << w.selected(0).toStdString();

    w.clickBefore(0, start);
    w.press(Qt::CTRL | Qt::SHIFT | Qt::Key_End);
    EXPECT_EQ(w.view(0)->textCursor().selectionStart(), start);
    EXPECT_EQ(w.view(0)->textCursor().selectionEnd(), end);
    // The selection's moving end is scrolled into view: the end of the report.
    EXPECT_TRUE(w.view(0)->viewport()->rect().contains(w.view(0)->cursorRect().center()));
    EXPECT_GT(w.view(0)->verticalScrollBar()->value(), w.view(0)->verticalScrollBar()->maximum() * 3 / 4);

    w.press(Qt::CTRL | Qt::Key_A);
    EXPECT_EQ(w.view(0)->textCursor().selectionStart(), 0);
    EXPECT_EQ(w.view(0)->textCursor().selectionEnd(), end);
}

TEST(ReportPaneKeyboard, WithoutCaretBrowsingTheArrowsScrollAndShiftArrowsSelectFromTheFirstLineShown)
{
    KeyboardWindow w;
    ui::ReadingTextView* view = w.view(0);
    view->verticalScrollBar()->setValue(0);
    view->setFocus(Qt::OtherFocusReason);
    const int caret = view->textCursor().position();

    w.press(QKeyCombination(Qt::Key_Down), 3);
    EXPECT_GT(view->verticalScrollBar()->value(), 0) << "Down scrolls";
    EXPECT_EQ(view->textCursor().position(), caret) << "and moves no cursor";

    // The reader has scrolled well past where the cursor was: Shift+Down selects from the first line shown.
    w.press(QKeyCombination(Qt::Key_PageDown), 2);
    const int top = view->topPosition();
    ASSERT_GT(top, caret + 200);
    w.press(Qt::SHIFT | Qt::Key_Down);
    EXPECT_EQ(view->textCursor().selectionStart(), top);
    EXPECT_GT(view->textCursor().selectionEnd(), top);
}

TEST(ReportPaneKeyboard, F7TurnsOnCaretBrowsingInEveryPaneAndTheArrowsThenMoveAVisibleCaret)
{
    KeyboardWindow w;
    auto* caretAction = w.find<QAction>("caretBrowsingAction");
    ASSERT_TRUE(caretAction->isCheckable());
    EXPECT_EQ(caretAction->shortcut(), QKeySequence(Qt::Key_F7));
    auto* viewMenu = w.find<QMenu>("viewMenu");
    EXPECT_TRUE(viewMenu->actions().contains(caretAction)) << "View > Caret Browsing";

    const int start = w.positionOf(0, kWords);
    w.clickBefore(0, start);
    w.press(QKeyCombination(Qt::Key_F7));
    EXPECT_TRUE(caretAction->isChecked());
    EXPECT_TRUE(w.view(0)->isCaretBrowsing());
    EXPECT_TRUE(w.view(1)->isCaretBrowsing());
    EXPECT_GE(w.view(0)->cursorWidth(), 2) << "a caret a reader can find";
    ASSERT_TRUE(w.view(0)->hasFocus());

    // The caret moves where the arrows take it, from the click.
    w.press(QKeyCombination(Qt::Key_Right), 10);
    EXPECT_EQ(w.view(0)->textCursor().position(), start + 10);
    w.press(Qt::CTRL | Qt::Key_Left);
    EXPECT_EQ(w.view(0)->textCursor().position(), start + 8) << "the start of \"investigators\"";
    w.press(QKeyCombination(Qt::Key_Home));
    const int lineStart = w.view(0)->textCursor().position();
    w.press(QKeyCombination(Qt::Key_Down));
    EXPECT_GT(w.view(0)->textCursor().position(), lineStart) << "the next line";
    EXPECT_FALSE(w.view(0)->textCursor().hasSelection()) << "moving is not selecting";

    // Shift extends from the caret; Ctrl+M marks it.
    w.clickBefore(0, start);
    w.press(Qt::CTRL | Qt::SHIFT | Qt::Key_Right, 4);
    w.press(Qt::SHIFT | Qt::Key_Right, 6);
    EXPECT_EQ(w.selected(0), kWords);
    w.press(Qt::CTRL | Qt::Key_M);
    EXPECT_EQ(w.quoteOfCurrentClaim(), kWords);

    // A pane added later browses with a caret too; F7 again turns it off everywhere.
    w.press(Qt::CTRL | Qt::Key_T);
    ASSERT_EQ(w.window->paneArea().panes().size(), 3);
    EXPECT_TRUE(w.view(2)->isCaretBrowsing());
    w.view(0)->setFocus(Qt::OtherFocusReason);
    w.press(QKeyCombination(Qt::Key_F7));
    EXPECT_FALSE(caretAction->isChecked());
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(w.view(i)->isCaretBrowsing());
    }
}

TEST(ReportPaneKeyboard, F8F6AndCtrlFStillWorkWhileBrowsingWithACaret)
{
    KeyboardWindow w;
    w.view(0)->setFocus(Qt::OtherFocusReason);
    w.press(QKeyCombination(Qt::Key_F7));
    ASSERT_TRUE(w.view(0)->isCaretBrowsing());

    w.press(QKeyCombination(Qt::Key_F8));
    const ClaimId first = w.document().selection().currentClaim();
    ASSERT_TRUE(first.isValid());
    EXPECT_EQ(w.document().cache().claim(first)->report, w.pane(0)->report());
    w.press(QKeyCombination(Qt::Key_F8));
    EXPECT_NE(w.document().selection().currentClaim(), first);

    w.press(QKeyCombination(Qt::Key_F6));
    EXPECT_EQ(w.window->paneArea().currentPane(), w.pane(1));
    EXPECT_TRUE(w.view(1)->hasFocus());

    w.press(Qt::CTRL | Qt::Key_F);
    auto* find = w.pane(1)->findChild<QLineEdit*>(QStringLiteral("findInReportLineEdit"));
    ASSERT_NE(find, nullptr);
    EXPECT_TRUE(find->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), find);
}
