// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The History dock's list: a click picks a step, only a double-click or Enter goes to it.
#include "ui/widgets/UndoHistoryView.h"

#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

using corrob::ui::UndoHistoryView;

namespace {

// A step that adds its number to a list, and takes it away when undone.
class AppendCommand final : public QUndoCommand
{
public:
    AppendCommand(QList<int>& list, int value)
        : QUndoCommand(QStringLiteral("Add %1").arg(value)), m_list(list), m_value(value)
    {
    }
    void redo() override { m_list.append(m_value); }
    void undo() override { m_list.removeLast(); }

private:
    QList<int>& m_list;
    int m_value;
};

struct History
{
    QList<int> list;
    QUndoStack stack;
    UndoHistoryView view{&stack, QStringLiteral("Case opened")};

    History()
    {
        for (int i = 1; i <= 4; ++i) {
            stack.push(new AppendCommand(list, i));
        }
        view.resize(300, 300);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
    QPoint centreOf(int row) const { return view.visualRect(view.model()->index(row, 0)).center(); }
};

} // namespace

TEST(UndoHistoryView, ListsTheCaseAsOpenedThenEachStepWithTheCurrentOneInBold)
{
    History h;
    ASSERT_EQ(h.view.model()->rowCount(), 5);
    EXPECT_EQ(h.view.model()->index(0, 0).data().toString(), QStringLiteral("Case opened"));
    EXPECT_EQ(h.view.model()->index(4, 0).data().toString(), QStringLiteral("Add 4"));
    EXPECT_EQ(h.view.currentIndex().row(), 4);
    EXPECT_TRUE(h.view.model()->index(4, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(h.view.model()->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    h.stack.undo();
    EXPECT_EQ(h.view.currentIndex().row(), 3);
    EXPECT_TRUE(h.view.model()->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(h.view.model()->index(4, 0).data(Qt::ForegroundRole).isValid()) << "an undone step is greyed";
}

TEST(UndoHistoryView, AClickOnlyPicksAStepAndUndoesNothing)
{
    // Qt's QUndoView undid back to a step on a click: a click meant to focus the list undid four steps at once.
    History h;
    QSignalSpy jumped(&h.view, &UndoHistoryView::jumped);
    QTest::mouseClick(h.view.viewport(), Qt::LeftButton, {}, h.centreOf(1));
    EXPECT_EQ(h.view.currentIndex().row(), 1);
    EXPECT_EQ(h.stack.index(), 4);
    EXPECT_EQ(h.list, (QList<int>{1, 2, 3, 4}));
    QTest::keyClick(h.view.viewport(), Qt::Key_Up);
    EXPECT_EQ(h.stack.index(), 4);
    EXPECT_EQ(jumped.count(), 0);
}

TEST(UndoHistoryView, EnterOrADoubleClickGoesBackOrForwardToTheStep)
{
    History h;
    QSignalSpy jumped(&h.view, &UndoHistoryView::jumped);
    h.view.setFocus();
    h.view.setCurrentIndex(h.view.model()->index(1, 0));
    QTest::keyClick(&h.view, Qt::Key_Return);
    EXPECT_EQ(h.stack.index(), 1);
    EXPECT_EQ(h.list, (QList<int>{1}));
    ASSERT_EQ(jumped.count(), 1);
    EXPECT_EQ(jumped.at(0).at(0).toInt(), -3);
    EXPECT_EQ(h.view.currentIndex().row(), 1);

    // A double-click as a mouse makes it: a press and release, then the second press.
    QTest::mouseClick(h.view.viewport(), Qt::LeftButton, {}, h.centreOf(3));
    EXPECT_EQ(h.stack.index(), 1) << "the first click of the two only picks";
    QTest::mouseDClick(h.view.viewport(), Qt::LeftButton, {}, h.centreOf(3));
    EXPECT_EQ(h.stack.index(), 3);
    EXPECT_EQ(h.list, (QList<int>{1, 2, 3}));
    ASSERT_EQ(jumped.count(), 2);
    EXPECT_EQ(jumped.at(1).at(0).toInt(), 2);

    // Enter on the current step changes nothing.
    QTest::keyClick(&h.view, Qt::Key_Return);
    EXPECT_EQ(h.stack.index(), 3);
    EXPECT_EQ(jumped.count(), 2);
}

TEST(UndoHistoryView, TheKeypadsEnterGoesToTheStepToo)
{
    History h;
    h.view.setFocus();
    h.view.setCurrentIndex(h.view.model()->index(2, 0));
    QTest::keyClick(&h.view, Qt::Key_Enter, Qt::KeypadModifier);
    EXPECT_EQ(h.stack.index(), 2);
}

namespace {

// A step whose undo is refused, as an edit another program changed since: Qt takes an obsolete step off the stack.
class RefusedUndoCommand final : public QUndoCommand
{
public:
    explicit RefusedUndoCommand(QList<int>& list) : QUndoCommand(QStringLiteral("Refused")), m_list(list) {}
    void redo() override { m_list.append(0); }
    void undo() override { setObsolete(true); }

private:
    QList<int>& m_list;
};

} // namespace

TEST(UndoHistoryView, AJumpPastARefusedStepCountsOnlyTheStepsUndone)
{
    QList<int> list;
    QUndoStack stack;
    UndoHistoryView view(&stack, QStringLiteral("Case opened"));
    stack.push(new AppendCommand(list, 1));
    stack.push(new AppendCommand(list, 2));
    stack.push(new RefusedUndoCommand(list));
    stack.push(new AppendCommand(list, 4));
    QSignalSpy jumped(&view, &UndoHistoryView::jumped);
    view.setFocus();
    view.setCurrentIndex(view.model()->index(1, 0));
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_EQ(jumped.count(), 1);
    // "Add 4" and "Add 2" undone; the refused step left the stack.
    EXPECT_EQ(jumped.at(0).at(0).toInt(), -2);
    EXPECT_EQ(stack.count(), 3);
    EXPECT_EQ(stack.index(), 1);
}
