// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspector's claim page at a laptop's size: a long statement read whole and edited there.
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
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

TEST(ClaimInspector, AStatementTypedAndNotLeftIsSavedWhenTheWindowCloses)
{
    ClaimPage p;
    ASSERT_NE(p.statement, nullptr);
    const QString path = p.document().path();
    p.statement->setFocus(Qt::MouseFocusReason);
    p.statement->moveCursor(QTextCursor::End);
    QTest::keyClicks(p.statement, QStringLiteral(" (unverified)"));
    p.window->close(); // Ctrl+Q at once: the field never lost the focus
    ClaimPage::settle();
    ASSERT_FALSE(p.document().isOpen());
    auto reopened = casefile::Case::open(path, {QStringLiteral("tester")}, casefile::Case::Access::ReadOnly);
    ASSERT_TRUE(reopened.ok());
    bool found = false;
    for (const model::Claim& claim : casefile::CaseReader(*reopened.value()).claims().value()) {
        if (claim.id == p.killings) {
            found = true;
            EXPECT_TRUE(claim.statement.endsWith(QStringLiteral(" (unverified)"))) << claim.statement.toStdString();
        }
    }
    EXPECT_TRUE(found);
}

TEST(ClaimInspector, EscapePutsBackTheStatementAndNothingIsApplied)
{
    ClaimPage p;
    ASSERT_NE(p.statement, nullptr);
    const QString before = p.statement->toPlainText();
    const int edits = p.undo()->count();
    p.statement->setFocus(Qt::MouseFocusReason);
    p.statement->moveCursor(QTextCursor::End);
    QTest::keyClicks(p.statement, QStringLiteral(" XXX"));
    QTest::keyClick(p.statement, Qt::Key_Escape);
    EXPECT_EQ(p.statement->toPlainText(), before);
    p.statement->clearFocus(); // leaving applies nothing now
    ClaimPage::settle();
    EXPECT_EQ(p.undo()->count(), edits);
    EXPECT_EQ(p.document().cache().claim(p.killings)->statement, before);
}

TEST(ClaimInspector, WhatIsTypedForAClaimStaysWithItWhenTheSelectionMovesWithoutTheFocus)
{
    ClaimPage p;
    ASSERT_NE(p.statement, nullptr);
    const ClaimId other = p.claimWith(QStringLiteral("1,235"));
    ASSERT_TRUE(other.isValid());
    const QString otherStatement = p.document().cache().claim(other)->statement;
    auto* note = p.find<QLineEdit>("claimNoteLineEdit");
    // A statement and a note typed for the killings claim; the selection moves (a shortcut, a search result)
    // while the focus stays in the statement.
    note->setText(QStringLiteral("Pavlyuk figure from the oblast police"));
    p.statement->setFocus(Qt::MouseFocusReason);
    p.statement->moveCursor(QTextCursor::End);
    QTest::keyClicks(p.statement, QStringLiteral(" near Kyiv"));
    p.document().selection().setCurrentClaim(other);
    ClaimPage::settle();
    EXPECT_TRUE(p.document().cache().claim(p.killings)->statement.endsWith(QStringLiteral(" near Kyiv")));
    EXPECT_EQ(p.document().cache().claim(other)->statement, otherStatement) << "not given to the claim selected";
    EXPECT_EQ(p.statement->toPlainText(), otherStatement);
    EXPECT_TRUE(note->text().isEmpty()) << "the draft note is not offered for another claim";
    // Back on the killings claim, its draft note is there, and Enter adds it to that claim.
    p.document().selection().setCurrentClaim(p.killings);
    ClaimPage::settle();
    EXPECT_EQ(note->text(), QStringLiteral("Pavlyuk figure from the oblast police"));
    QTest::keyClick(note, Qt::Key_Return);
    ClaimPage::settle();
    const auto notes = p.document().notesOf(model::NoteTarget::Claim, p.killings.value);
    ASSERT_TRUE(notes.ok());
    ASSERT_FALSE(notes->empty());
    EXPECT_EQ(notes->back().body, QStringLiteral("Pavlyuk figure from the oblast police"));
    EXPECT_TRUE(p.document().notesOf(model::NoteTarget::Claim, other.value)->empty());
}
