// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Marking a claim proposes its speaker: the sample case's seed articles, real widgets, offscreen.
#include "ui/SpeakerSuggestion.h"
#include "core/case/Case.h"
#include "core/case/CaseReader.h"
#include "core/model/Vocabulary.h"
#include "tests/support/FakePrompts.h"
#include "tests/support/TestWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ClaimActions.h"
#include "ui/MainWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/panes/ReportPane.h"
#include "ui/panes/ReportPaneArea.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace corrob;
using corrob::test::FakePrompts;

namespace {

struct Workbench : test::SampleWindow
{
    QComboBox* sourceField() const { return window->findChild<QComboBox*>(QStringLiteral("claimSourceComboBox")); }

    // Shows the seed report whose title contains titlePart in a pane.
    void showReport(int paneIndex, const QString& titlePart) const
    {
        for (const model::ReportSummary& report : document().reportSummaries()) {
            if (report.metadata.title.contains(titlePart)) {
                pane(paneIndex)->showReport(report.id);
                settle();
                return;
            }
        }
        ADD_FAILURE() << "no report titled like " << titlePart.toStdString();
    }

    // Selects the first occurrence of text in a pane, as a mouse drag would, and presses Ctrl+M.
    void mark(int paneIndex, const QString& text) const
    {
        ui::ReadingTextView* view = pane(paneIndex)->textView();
        const QTextCursor found = view->document()->find(text);
        ASSERT_FALSE(found.isNull()) << text.toStdString();
        view->setTextCursor(found);
        view->setFocus(Qt::MouseFocusReason);
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_M));
        settle();
    }

    QString sourceNameOf(ClaimId claim) const
    {
        const model::Claim c = reader().claim(claim).value();
        return c.source.isValid() ? reader().source(c.source).value().name : QString();
    }
};

} // namespace

TEST(SpeakerSuggestion, MarkingAQuoteThatEndsCallamardSaidAttributesItToAgnesCallamardInOneUndoStep)
{
    Workbench w;
    const QString sentence = QStringLiteral("\u201CIt is vital that all those responsible, including at the top of the "
                                            "chain of command, are brought to justice,\u201D Callamard said.");
    const int stepsBefore = w.document().undoStack()->count();
    w.mark(0, sentence);

    const ClaimId id = w.document().selection().currentClaim();
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(w.reader().claim(id).value().anchor.quote, sentence);
    EXPECT_EQ(w.sourceNameOf(id), QStringLiteral("Agnès Callamard"));
    EXPECT_EQ(w.sourceField()->currentText(), QStringLiteral("Agnès Callamard")) << "the inspector shows it";
    EXPECT_FALSE(w.window->findChild<QAction*>(QStringLiteral("acceptSuggestedSourceAction"))->isVisible())
        << "nothing to propose when the source exists";
    EXPECT_EQ(w.document().undoStack()->count(), stepsBefore + 1);
    EXPECT_TRUE(w.prompts.errors.empty());

    w.document().undoStack()->undo();
    EXPECT_FALSE(w.reader().claim(id).ok()) << "one undo removes the claim and its attribution together";
}

TEST(SpeakerSuggestion, ASpeakerNotInTheCaseIsProposedInTheInspectorAndAcceptingCreatesTheSourceUndoably)
{
    Workbench w;
    w.showReport(1, QStringLiteral("Kharkiv"));
    const std::size_t sourcesBefore = w.reader().sources().value().size();
    w.mark(1, QStringLiteral("The people of Kharkiv have faced a relentless barrage of indiscriminate attacks"));

    const ClaimId id = w.document().selection().currentClaim();
    ASSERT_TRUE(id.isValid());
    EXPECT_TRUE(w.sourceNameOf(id).isEmpty()) << "a new name is only proposed";
    EXPECT_EQ(w.reader().sources().value().size(), sourcesBefore);
    QLineEdit* field = w.sourceField()->lineEdit();
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(field->placeholderText().startsWith(QStringLiteral("Suggested: Donatella Rovera (from 'said')")))
        << field->placeholderText().toStdString();
    auto* accept = w.window->findChild<QAction*>(QStringLiteral("acceptSuggestedSourceAction"));
    ASSERT_TRUE(accept->isVisible());
    // The field shows the accept button (the action's tool button inside the line edit).
    bool buttonShown = false;
    for (QToolButton* button : field->findChildren<QToolButton*>()) {
        buttonShown = buttonShown || (button->defaultAction() == accept && button->isVisible());
    }
    EXPECT_TRUE(buttonShown);

    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    Workbench::settle();
    EXPECT_EQ(w.sourceNameOf(id), QStringLiteral("Donatella Rovera"));
    const model::Source rovera = w.reader().source(w.reader().claim(id).value().source).value();
    EXPECT_EQ(rovera.kind, model::SourceKind::Person);
    EXPECT_EQ(w.sourceField()->currentText(), QStringLiteral("Donatella Rovera"));
    EXPECT_FALSE(accept->isVisible());
    EXPECT_FALSE(field->placeholderText().contains(QStringLiteral("Suggested")));

    w.document().undoStack()->undo();
    EXPECT_TRUE(w.sourceNameOf(id).isEmpty());
    EXPECT_EQ(w.reader().sources().value().size(), sourcesBefore) << "undo removes the source it created";
    w.document().undoStack()->redo();
    EXPECT_EQ(w.sourceNameOf(id), QStringLiteral("Donatella Rovera"));
    EXPECT_TRUE(w.prompts.errors.empty());
}

TEST(SpeakerSuggestion, ClickingTheCheckMarkInTheSourceFieldAcceptsTheProposal)
{
    Workbench w;
    w.showReport(1, QStringLiteral("Kharkiv"));
    // "…," Rovera added: the surname alone, proposed as the full name the article used before.
    w.mark(1, QStringLiteral("The repeated use of widely banned cluster munitions is shocking"));
    const ClaimId id = w.document().selection().currentClaim();
    auto* accept = w.window->findChild<QAction*>(QStringLiteral("acceptSuggestedSourceAction"));
    QToolButton* checkMark = nullptr;
    for (QToolButton* button : w.sourceField()->lineEdit()->findChildren<QToolButton*>()) {
        if (button->defaultAction() == accept) {
            checkMark = button;
        }
    }
    ASSERT_NE(checkMark, nullptr);
    ASSERT_TRUE(checkMark->isVisible());
    QTest::mouseClick(checkMark, Qt::LeftButton);
    Workbench::settle();
    EXPECT_EQ(w.sourceNameOf(id), QStringLiteral("Donatella Rovera"));
    EXPECT_FALSE(checkMark->isVisible());
}

TEST(SpeakerSuggestion, TheProposalLapsesWhenAnotherClaimBecomesCurrent)
{
    Workbench w;
    w.showReport(1, QStringLiteral("Kharkiv"));
    w.mark(1, QStringLiteral("The people of Kharkiv have faced a relentless barrage"));
    auto* accept = w.window->findChild<QAction*>(QStringLiteral("acceptSuggestedSourceAction"));
    ASSERT_TRUE(accept->isVisible());
    const ClaimId marked = w.document().selection().currentClaim();
    for (const model::Claim& claim : w.document().cache().claims()) {
        if (claim.id != marked) {
            w.document().selection().setCurrentClaim(claim.id);
            break;
        }
    }
    Workbench::settle();
    EXPECT_FALSE(accept->isVisible());
    EXPECT_EQ(w.sourceField()->lineEdit()->placeholderText(), QStringLiteral("Who makes this claim?"));
    accept->trigger(); // nothing to accept: nothing changes, no error dialog
    EXPECT_TRUE(w.reader().claim(marked).value().source.isValid() == false);
}

TEST(SpeakerSuggestion, MarkingTextWithNoAttributionProposesNothing)
{
    Workbench w;
    w.mark(0, QStringLiteral("Used ammunition matched with Russian military units"));
    const ClaimId id = w.document().selection().currentClaim();
    ASSERT_TRUE(id.isValid());
    EXPECT_TRUE(w.sourceNameOf(id).isEmpty());
    EXPECT_FALSE(w.window->findChild<QAction*>(QStringLiteral("acceptSuggestedSourceAction"))->isVisible());
    EXPECT_EQ(w.sourceField()->lineEdit()->placeholderText(), QStringLiteral("Who makes this claim?"));
}
