// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspector's claim page at a laptop's size: a long statement read whole and edited there.
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "tests/support/TestWindow.h"
#include "ui/commands/InspectorCommands.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
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

TEST(ClaimInspector, FieldsLeftAsTheyWereFilledApplyNothingWhateverHappenedMeanwhile)
{
    ClaimPage p;
    const model::Claim* claim = p.document().cache().claim(p.killings);
    ASSERT_NE(claim, nullptr);
    ASSERT_TRUE(claim->source.isValid());
    const SourceId source = claim->source;
    const ClaimId other = p.claimWith(QStringLiteral("1,235"));
    ASSERT_TRUE(other.isValid());
    // The claim's source is picked and renamed in the Source page; then another claim is picked.
    p.document().selection().setCurrentSource(source);
    ClaimPage::settle();
    casefile::SourceChanges rename;
    rename.name = QStringLiteral("Amnesty International (London)");
    ASSERT_TRUE(p.document().execute(std::make_unique<ui::EditSourceCommand>(p.document(), source, rename)).ok());
    const int edits = p.undo()->count();
    p.document().selection().setCurrentClaim(other);
    ClaimPage::settle();
    EXPECT_EQ(p.undo()->count(), edits) << "the claim page's old source name was applied as if typed";
    EXPECT_EQ(p.document().cache().claim(p.killings)->source, source);

    // A tag added, the selection on a report, the tag undone: picking a claim brings nothing back.
    p.document().selection().setCurrentClaim(p.killings);
    ClaimPage::settle();
    auto* tags = p.find<QLineEdit>("claimTagsLineEdit");
    tags->setFocus(Qt::MouseFocusReason);
    tags->setText(tags->text() + QStringLiteral(", Unverified"));
    QTest::keyClick(tags, Qt::Key_Return);
    ClaimPage::settle();
    const auto tagged = p.document().cache().claim(p.killings)->tags.size();
    p.document().selection().setCurrentReport(p.document().cache().claim(p.killings)->report);
    ClaimPage::settle();
    p.undo()->undo();
    ClaimPage::settle();
    ASSERT_EQ(p.document().cache().claim(p.killings)->tags.size(), tagged - 1);
    EXPECT_TRUE(p.undo()->canRedo());
    p.document().selection().setCurrentClaim(other);
    ClaimPage::settle();
    EXPECT_EQ(p.document().cache().claim(p.killings)->tags.size(), tagged - 1) << "the undone tag came back";
    EXPECT_TRUE(p.undo()->canRedo());
}

TEST(ClaimInspector, ANoteTypedForAClaimThatIsGoneIsNotOfferedToTheNextClaimWithItsId)
{
    ClaimPage p;
    // A new claim, a note typed for it and not added, another claim picked, the new claim's marking undone.
    const ClaimId killings = p.killings;
    p.document().selection().setCurrentClaim({});
    auto* view = p.view(0);
    const QTextCursor found = view->document()->find(QStringLiteral("Amnesty investigators interviewed 45 people"));
    ASSERT_FALSE(found.isNull());
    view->setTextCursor(found);
    view->setFocus(Qt::MouseFocusReason);
    p.find<QAction>("markClaimAction")->trigger();
    ClaimPage::settle();
    const ClaimId made = p.document().selection().currentClaim();
    ASSERT_TRUE(made.isValid());
    auto* note = p.find<QLineEdit>("claimNoteLineEdit");
    note->setText(QStringLiteral("check the 45 with Amnesty"));
    p.document().selection().setCurrentClaim(killings);
    ClaimPage::settle();
    p.undo()->undo(); // the marking
    ClaimPage::settle();
    ASSERT_EQ(p.document().cache().claim(made), nullptr);
    // Marked again: the same id, another claim, and no note waiting for it.
    view->setTextCursor(found);
    view->setFocus(Qt::MouseFocusReason);
    p.find<QAction>("markClaimAction")->trigger();
    ClaimPage::settle();
    ASSERT_TRUE(p.document().selection().currentClaim().isValid());
    EXPECT_TRUE(note->text().isEmpty()) << note->text().toStdString();
}

TEST(ClaimInspector, ASourcePickedFromTheCompletionListWithTheKeysIsTheOneAttributed)
{
    ClaimPage p;
    auto* source = p.window->findChild<QComboBox*>(QStringLiteral("claimSourceComboBox"));
    ASSERT_NE(source, nullptr);
    // A source some way down the list, found by a part of its name that no other source has.
    QString wanted;
    QString part;
    for (int row = source->count() - 1; row > 1 && part.isEmpty(); --row) {
        const QString name = source->itemText(row);
        const QString tail = name.right(6);
        int holders = 0;
        for (int other = 0; other < source->count(); ++other) {
            holders += source->itemText(other).contains(tail, Qt::CaseInsensitive) ? 1 : 0;
        }
        if (name.size() > 8 && holders == 1) {
            wanted = name;
            part = tail;
        }
    }
    ASSERT_FALSE(part.isEmpty()) << "the sample has no source to pick";
    QLineEdit* field = source->lineEdit();
    field->setFocus(Qt::MouseFocusReason);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, part);
    ClaimPage::settle();
    QAbstractItemView* popup = source->lineEdit()->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    ASSERT_EQ(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    ClaimPage::settle();
    const model::Claim* claim = p.document().cache().claim(p.killings);
    ASSERT_NE(claim, nullptr);
    const model::Source* attributed = p.document().cache().source(claim->source);
    ASSERT_NE(attributed, nullptr);
    EXPECT_EQ(attributed->name, wanted);
    EXPECT_EQ(field->text(), wanted);
}
