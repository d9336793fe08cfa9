// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/NoteEdits.h"
#include "core/case/CaseReader.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

TEST(AddNote, AttachesMarkdownToTheCaseAReportOrAClaimAndRoundTrips)
{
    SeededCase c;
    const ClaimId claim = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    AddNote onCase(model::NoteTarget::Case, 0, QStringLiteral("# Open questions"));
    AddNote onReport(model::NoteTarget::Report, test::kSeed001.value, QStringLiteral("CBC, same day as Amnesty"));
    AddNote onClaim(model::NoteTarget::Claim, claim.value, QStringLiteral("figure from the **regional governor**"));
    for (AddNote* add : {&onCase, &onReport, &onClaim}) {
        test::expectRoundTrip(c.get(), *add);
    }
    auto notes = CaseReader(c.get()).notesOf(model::NoteTarget::Claim, claim.value);
    ASSERT_TRUE(notes.ok());
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().body, QStringLiteral("figure from the **regional governor**"));
    EXPECT_EQ(notes->front().author, QStringLiteral("tester"));
}

TEST(AddNote, RefusesAnEmptyBodyAndATargetThatDoesNotExist)
{
    SeededCase c;
    AddNote empty(model::NoteTarget::Case, 0, QStringLiteral("  \n"));
    EXPECT_TRUE(test::expectRefused(c.get(), empty).message.contains(QStringLiteral("some text")));
    AddNote noClaim(model::NoteTarget::Claim, 42, QStringLiteral("x"));
    EXPECT_EQ(test::expectRefused(c.get(), noClaim).context, QStringLiteral("claim 42"));
    AddNote noReport(model::NoteTarget::Report, 42, QStringLiteral("x"));
    EXPECT_EQ(test::expectRefused(c.get(), noReport).context, QStringLiteral("report 42"));
    AddNote noLink(model::NoteTarget::Link, 42, QStringLiteral("x"));
    EXPECT_EQ(test::expectRefused(c.get(), noLink).context, QStringLiteral("link 42"));
    AddNote noSource(model::NoteTarget::Source, 4200, QStringLiteral("x"));
    EXPECT_EQ(test::expectRefused(c.get(), noSource).context, QStringLiteral("source 4200"));
}

TEST(EditNote, ReplacesTheBodyAndRoundTrips)
{
    SeededCase c;
    AddNote add(model::NoteTarget::Case, 0, QStringLiteral("draft"));
    ASSERT_TRUE(add.apply(c.get()).ok());
    EditNote edit(add.note().id, QStringLiteral("final"));
    test::expectRoundTrip(c.get(), edit);
    EXPECT_EQ(CaseReader(c.get()).notes().value().front().body, QStringLiteral("final"));
    EditNote blank(add.note().id, QString());
    EXPECT_TRUE(test::expectRefused(c.get(), blank).message.contains(QStringLiteral("some text")));
}

TEST(DeleteNote, RemovesTheNoteAndUndoRestoresItWithItsId)
{
    SeededCase c;
    AddNote add(model::NoteTarget::Case, 0, QStringLiteral("to be deleted"));
    ASSERT_TRUE(add.apply(c.get()).ok());
    DeleteNote del(add.note().id);
    test::expectRoundTrip(c.get(), del);
    EXPECT_TRUE(CaseReader(c.get()).notes().value().empty());
    ASSERT_TRUE(del.revert(c.get()).ok());
    EXPECT_EQ(CaseReader(c.get()).notes().value().front(), add.note());
    DeleteNote missing(NoteId(77));
    EXPECT_EQ(test::expectRefused(c.get(), missing).context, QStringLiteral("note 77"));
}
