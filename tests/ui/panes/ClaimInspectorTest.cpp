// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspector's claim page at a laptop's size: a long statement read whole and edited there.
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

struct ClaimPage : test::SampleWindow
{
    QPlainTextEdit* statement = nullptr;
    ClaimId killings;

    ClaimPage() : SampleWindow(QSize(1280, 800))
    {
        for (const model::Claim& claim : document().cache().claims()) {
            if (claim.statement.startsWith(QStringLiteral("22 unlawful killings"))) {
                killings = claim.id;
            }
        }
        document().selection().setCurrentClaim(killings);
        settle();
        statement = window->findChild<QPlainTextEdit*>(QStringLiteral("claimStatementLineEdit"));
        EXPECT_NE(statement, nullptr);
    }
    QUndoStack* undo() const { return document().undoStack(); }
};

} // namespace

TEST(ClaimInspector, ALongStatementWrapsOntoTwoToFourLinesAndIsReadWhole)
{
    ClaimPage p;
    ASSERT_NE(p.statement, nullptr);
    ASSERT_TRUE(p.statement->isVisible());
    EXPECT_EQ(p.statement->toPlainText(), p.document().cache().claim(p.killings)->statement);
    const int line = p.statement->fontMetrics().lineSpacing();
    EXPECT_GE(p.statement->height(), 2 * line);
    EXPECT_LE(p.statement->height(), 5 * line); // four lines and the frame
    EXPECT_EQ(p.statement->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    // Whole: nothing to scroll to, either way.
    EXPECT_EQ(p.statement->horizontalScrollBar()->maximum(), 0);
    EXPECT_EQ(p.statement->verticalScrollBar()->maximum(), 0);
}

TEST(ClaimInspector, TypingAStatementAppliesItOnCtrlEnterOrLeavingAndTabMovesOnToTheKind)
{
    ClaimPage p;
    ASSERT_NE(p.statement, nullptr);
    const int before = p.undo()->count();
    p.statement->setFocus(Qt::MouseFocusReason);
    p.statement->selectAll();
    QTest::keyClick(p.statement, Qt::Key_Backspace);
    QTest::keyClicks(p.statement, QStringLiteral("22 unlawful killings documented by Amnesty"));
    EXPECT_EQ(p.undo()->count(), before) << "typing applies nothing";
    QTest::keyClick(p.statement, Qt::Key_Return, Qt::ControlModifier);
    ClaimPage::settle();
    ASSERT_EQ(p.undo()->count(), before + 1);
    EXPECT_EQ(p.document().cache().claim(p.killings)->statement,
              QStringLiteral("22 unlawful killings documented by Amnesty"));

    QTest::keyClicks(p.statement, QStringLiteral(" in Bucha"));
    QTest::keyClick(p.statement, Qt::Key_Tab); // leaving applies it
    ClaimPage::settle();
    EXPECT_EQ(QApplication::focusWidget(), p.window->findChild<QComboBox*>(QStringLiteral("claimKindComboBox")));
    ASSERT_EQ(p.undo()->count(), before + 2);
    EXPECT_EQ(p.document().cache().claim(p.killings)->statement,
              QStringLiteral("22 unlawful killings documented by Amnesty in Bucha"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), p.statement);

    p.undo()->undo();
    p.undo()->undo();
    ClaimPage::settle();
    EXPECT_EQ(p.statement->toPlainText(), p.document().cache().claim(p.killings)->statement);
    EXPECT_TRUE(p.statement->toPlainText().startsWith(QStringLiteral("22 unlawful killings by Russian forces")));
}
