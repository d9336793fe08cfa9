// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Marking a claim from a selection in a report pane: the quote is the words the reader meant.
#include "core/case/CaseReader.h"
#include "tests/support/TestWindow.h"
#include "ui/document/CaseDocument.h"
#include "ui/document/WorkbenchSelection.h"
#include "ui/widgets/ReadingTextView.h"

#include <QAction>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

// Selects text in the first pane and marks it, as Ctrl+M does; the claim made (invalid when none).
ClaimId markSelected(test::SampleWindow& w, const QString& text)
{
    ui::ReadingTextView* view = w.view(0);
    const QTextCursor found = view->document()->find(text);
    EXPECT_FALSE(found.isNull()) << text.toStdString();
    view->setTextCursor(found);
    view->setFocus(Qt::MouseFocusReason);
    w.find<QAction>("markClaimAction")->trigger();
    test::SampleWindow::settle();
    return w.document().selection().currentClaim();
}

} // namespace

TEST(MarkClaim, ASelectionThatCutsAWordMarksTheWholeWord)
{
    test::SampleWindow w;
    // A drag that began inside "Amnesty" and ended inside "people": the claim is the words, not their pieces.
    const ClaimId id = markSelected(w, QStringLiteral("nesty investigators interviewed 45 peo"));
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(w.reader().claim(id).value().anchor.quote, QStringLiteral("Amnesty investigators interviewed 45 people"));
    // Whole words, and the spaces and signs around them, stay as selected.
    const ClaimId whole = markSelected(w, QStringLiteral("the report concludes."));
    ASSERT_TRUE(whole.isValid());
    ASSERT_NE(whole, id);
    EXPECT_EQ(w.reader().claim(whole).value().anchor.quote, QStringLiteral("the report concludes."));
}

TEST(MarkClaim, AClaimIsMarkedWithTheKindItsWordsRead)
{
    test::SampleWindow w;
    // A count of people: a figure; a crime named: legal; neither: other (the investigator corrects it in the
    // Inspector).
    const ClaimId figure = markSelected(w, QStringLiteral("Amnesty investigators interviewed 45 people"));
    ASSERT_TRUE(figure.isValid());
    EXPECT_EQ(w.reader().claim(figure).value().kind, model::ClaimKind::Figure);
    const ClaimId legal = markSelected(w, QStringLiteral("documenting alleged war crimes in eight towns"));
    ASSERT_TRUE(legal.isValid());
    EXPECT_NE(w.reader().claim(legal).value().kind, model::ClaimKind::Other);
    const ClaimId plain = markSelected(w, QStringLiteral("the report concludes."));
    ASSERT_TRUE(plain.isValid());
    EXPECT_EQ(w.reader().claim(plain).value().kind, model::ClaimKind::Other);
}
