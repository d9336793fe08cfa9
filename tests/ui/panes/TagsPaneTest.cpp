// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/TagsPane.h"
#include "core/case/CaseReader.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;

namespace {

// The sample case in a window, with the Tags dock shown: tags Casualties, Unlawful killings, Denial, Accountability.
struct Codebook : test::SampleWindow
{
    ui::TagsPane* pane = nullptr;

    Codebook() : SampleWindow(QSize(1400, 900))
    {
        window->findChild<QDockWidget*>(QStringLiteral("tagsDock"))->raise();
        pane = window->findChild<ui::TagsPane*>();
        EXPECT_NE(pane, nullptr);
        QApplication::processEvents();
    }

    QTreeWidget* tree() const { return pane->tree(); }
    [[nodiscard]] const model::Tag* tagNamed(const QString& name) const
    {
        for (const model::Tag& tag : document().cache().tags()) {
            if (tag.name == name) {
                return &tag;
            }
        }
        return nullptr;
    }
    QTreeWidgetItem* itemNamed(const QString& name) const
    {
        const auto found = tree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.constFirst();
    }
    void select(const QString& name) const
    {
        QTreeWidgetItem* item = itemNamed(name);
        ASSERT_NE(item, nullptr) << name.toStdString();
        tree()->setFocus();
        tree()->setCurrentItem(item);
    }
    // The in-place editor the tree opened, if any.
    QLineEdit* editor() const { return tree()->viewport()->findChild<QLineEdit*>(); }
    // Types text into the open in-place editor and presses Enter; the tree commits it on its next turn.
    void typeAndEnter(const QString& text) const
    {
        QLineEdit* line = editor();
        ASSERT_NE(line, nullptr) << "no in-place editor is open";
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        for (int pass = 0; pass < 3; ++pass) {
            QApplication::processEvents();
        }
    }
    void undo() const { document().undoStack()->undo(); }
};

} // namespace

TEST(TagsPane, InsertAddsATagWithANewColourAndRenamingItInPlaceIsOneMoreUndoStep)
{
    Codebook c;
    c.select(QStringLiteral("Denial"));
    const auto tagsBefore = c.document().cache().tags().size();
    QTest::keyClick(c.tree(), Qt::Key_Insert);

    const model::Tag* added = c.tagNamed(QStringLiteral("New tag"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(c.document().cache().tags().size(), tagsBefore + 1);
    EXPECT_FALSE(added->parent.isValid()) << "beside the selected top-level tag";
    for (const model::Tag& other : c.document().cache().tags()) {
        if (other.id != added->id) {
            EXPECT_NE(other.colour, added->colour) << "a colour no tag has yet";
        }
    }
    ASSERT_NE(c.editor(), nullptr) << "the new tag's name is open for typing";
    c.typeAndEnter(QStringLiteral("Civilian infrastructure"));
    ASSERT_NE(c.tagNamed(QStringLiteral("Civilian infrastructure")), nullptr);
    EXPECT_EQ(c.pane->currentTag(), c.tagNamed(QStringLiteral("Civilian infrastructure"))->id) << "still selected";
    const auto beside = test::openBeside(c.document());
    casefile::CaseReader reader(*beside);
    EXPECT_EQ(reader.tags().value().size(), tagsBefore + 1) << "saved at once";

    c.undo();
    EXPECT_NE(c.tagNamed(QStringLiteral("New tag")), nullptr);
    c.undo();
    EXPECT_EQ(c.document().cache().tags().size(), tagsBefore);
}

TEST(TagsPane, ShiftInsertAddsASubTagUnderTheSelectedOne)
{
    Codebook c;
    c.select(QStringLiteral("Casualties"));
    QTest::keyClick(c.tree(), Qt::Key_Insert, Qt::ShiftModifier);
    const model::Tag* added = c.tagNamed(QStringLiteral("New tag"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->parent, c.tagNamed(QStringLiteral("Casualties"))->id);
    EXPECT_EQ(c.document().cache().tagPath(added->id), QStringLiteral("Casualties/New tag"));
    ASSERT_NE(c.itemNamed(QStringLiteral("New tag")), nullptr);
    EXPECT_EQ(c.itemNamed(QStringLiteral("New tag"))->parent(), c.itemNamed(QStringLiteral("Casualties")));
}

TEST(TagsPane, ARenameTheCaseRefusesSaysWhyAndShowsTheNameAsStored)
{
    Codebook c;
    c.select(QStringLiteral("Denial"));
    QTest::keyClick(c.tree(), Qt::Key_F2);
    c.typeAndEnter(QStringLiteral("casualties")); // a sibling's name, in another case

    ASSERT_EQ(c.prompts.errors.size(), 1U);
    EXPECT_TRUE(c.prompts.errors[0].text.contains(QStringLiteral("Casualties"), Qt::CaseInsensitive))
        << c.prompts.errors[0].text.toStdString();
    EXPECT_NE(c.itemNamed(QStringLiteral("Denial")), nullptr);
    EXPECT_NE(c.tagNamed(QStringLiteral("Denial")), nullptr);
    EXPECT_EQ(c.document().undoStack()->count(), 0);
}

TEST(TagsPane, ANewColourRepaintsTheClaimsCarryingTheTagAndUndoPutsItBack)
{
    Codebook c;
    const model::Tag* denial = c.tagNamed(QStringLiteral("Denial"));
    ASSERT_NE(denial, nullptr);
    const TagId id = denial->id;
    const QString before = denial->colour;
    // The denial claim is in the second pane; find its highlight's colour there.
    auto denialHighlight = [&c]() -> QColor {
        ui::ReportPane* pane = c.window->paneArea().panes().at(1);
        for (const auto& selection : pane->textView()->extraSelections()) {
            if (selection.cursor.selectedText().contains(QStringLiteral("hits only targets"))) {
                return selection.format.background().color();
            }
        }
        return {};
    };
    ASSERT_TRUE(denialHighlight().isValid());
    const int hueBefore = denialHighlight().hue();

    c.select(QStringLiteral("Denial"));
    c.prompts.colours.push_back(QColor(0xd6, 0x45, 0x45));
    c.pane->findChild<QAction*>(QStringLiteral("tagColourAction"))->trigger();
    ASSERT_EQ(c.prompts.colourTitles.size(), 1);
    EXPECT_EQ(c.document().cache().tag(id)->colour, QStringLiteral("#d64545"));
    EXPECT_EQ(denialHighlight().hue(), QColor(0xd6, 0x45, 0x45).hue());
    EXPECT_NE(denialHighlight().hue(), hueBefore);

    c.undo();
    EXPECT_EQ(c.document().cache().tag(id)->colour, before);
    EXPECT_EQ(denialHighlight().hue(), hueBefore);

    c.pane->findChild<QAction*>(QStringLiteral("tagColourAction"))
        ->trigger(); // cancelled: nothing changes, nothing to undo
    EXPECT_EQ(c.document().cache().tag(id)->colour, before);
    EXPECT_FALSE(c.document().undoStack()->canUndo());
}

TEST(TagsPane, DeleteTakesTheTagOffItsClaimsWithoutAskingAndUndoPutsItBack)
{
    Codebook c;
    const TagId casualties = c.tagNamed(QStringLiteral("Casualties"))->id;
    auto tagged = [&c, casualties] {
        int n = 0;
        for (const model::Claim& claim : c.document().cache().claims()) {
            n += claim.tags.contains(casualties) ? 1 : 0;
        }
        return n;
    };
    ASSERT_EQ(tagged(), 2);
    c.select(QStringLiteral("Casualties"));
    QTest::keyClick(c.tree(), Qt::Key_Delete);
    EXPECT_EQ(c.tagNamed(QStringLiteral("Casualties")), nullptr);
    EXPECT_EQ(tagged(), 0);
    EXPECT_EQ(c.itemNamed(QStringLiteral("Casualties")), nullptr);

    c.undo();
    ASSERT_NE(c.tagNamed(QStringLiteral("Casualties")), nullptr);
    EXPECT_EQ(tagged(), 2) << "the same tag, on the same claims";
}

TEST(TagsPane, DroppingATagOnAnotherMovesItThereAsAnUndoableStep)
{
    Codebook c;
    QTreeWidgetItem* target = c.itemNamed(QStringLiteral("Accountability"));
    ASSERT_NE(target, nullptr);
    const QRect row = c.tree()->visualItemRect(target);
    const TagId accountability = c.tagNamed(QStringLiteral("Accountability"))->id;
    // Where a drop lands decides where the tag goes (the tree's drag itself cannot run offscreen).
    EXPECT_EQ(c.pane->dropParentAt(row.center()), accountability) << "on the middle of a row: under it";
    EXPECT_FALSE(c.pane->dropParentAt(QPoint(row.center().x(), row.top() + 1)).isValid()) << "on its edge: beside";
    EXPECT_FALSE(c.pane->dropParentAt(QPoint(5, c.tree()->viewport()->height() - 2)).isValid()) << "below all tags";

    c.select(QStringLiteral("Denial"));
    ASSERT_TRUE(c.pane->moveTag(c.pane->currentTag(), c.pane->dropParentAt(row.center())));
    const model::Tag* denial = c.tagNamed(QStringLiteral("Denial"));
    ASSERT_NE(denial, nullptr);
    EXPECT_EQ(denial->parent, accountability);
    EXPECT_EQ(c.itemNamed(QStringLiteral("Denial"))->parent(), c.itemNamed(QStringLiteral("Accountability")));
    EXPECT_EQ(c.pane->currentTag(), denial->id) << "the moved tag stays selected";
    EXPECT_EQ(c.document().undoStack()->undoText(), QStringLiteral("Move tag “Denial”"));

    // A tag cannot go under itself: the case refuses and says so.
    c.select(QStringLiteral("Accountability"));
    EXPECT_FALSE(c.pane->moveTag(accountability, c.tagNamed(QStringLiteral("Denial"))->id));
    EXPECT_EQ(c.prompts.errors.size(), 1U);

    c.undo();
    EXPECT_FALSE(c.tagNamed(QStringLiteral("Denial"))->parent.isValid());
}

TEST(TagsPane, KeepsTheSelectionAndCollapsedBranchesWhenTheCodebookChanges)
{
    Codebook c;
    c.select(QStringLiteral("Casualties"));
    c.pane->addTag(true); // Casualties/New tag
    QApplication::processEvents();
    c.itemNamed(QStringLiteral("Casualties"))->setExpanded(false);
    c.select(QStringLiteral("Denial"));
    c.prompts.colours.push_back(QColor(Qt::green));
    c.pane->findChild<QAction*>(QStringLiteral("tagColourAction"))->trigger(); // any change rebuilds the tree
    EXPECT_EQ(c.pane->currentTag(), c.tagNamed(QStringLiteral("Denial"))->id);
    EXPECT_FALSE(c.itemNamed(QStringLiteral("Casualties"))->isExpanded());
}
