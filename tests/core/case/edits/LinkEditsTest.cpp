// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/LinkEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/edits/NoteEdits.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

struct TwoClaims
{
    SeededCase c;
    ClaimId amnesty = test::addClaim(c.get(), test::kSeed000, QStringLiteral("Agnès Callamard"));
    ClaimId commonDreams = test::addClaim(c.get(), test::kSeed002, QStringLiteral("Agnès Callamard"));
};

} // namespace

TEST(AddLink, LinksTwoClaimsWithNoteConfidenceAndAuthorAndRoundTrips)
{
    TwoClaims t;
    AddLink link(t.amnesty, t.commonDreams, model::LinkType::Corroborates, QStringLiteral("same statement"), 0.8);
    test::expectRoundTrip(t.c.get(), link);
    auto links = CaseReader(t.c.get()).linksOf(t.commonDreams);
    ASSERT_TRUE(links.ok());
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ(links->front().from, t.amnesty);
    EXPECT_EQ(links->front().type, model::LinkType::Corroborates);
    EXPECT_EQ(links->front().note, QStringLiteral("same statement"));
    EXPECT_DOUBLE_EQ(links->front().confidence.value_or(-1), 0.8);
    EXPECT_EQ(links->front().author, QStringLiteral("tester"));
}

TEST(AddLink, RefusesASelfLinkADuplicateAMissingClaimAndABadConfidence)
{
    TwoClaims t;
    AddLink first(t.amnesty, t.commonDreams, model::LinkType::Repeats);
    ASSERT_TRUE(first.apply(t.c.get()).ok());

    AddLink self(t.amnesty, t.amnesty, model::LinkType::Corroborates);
    const Error e = test::expectRefused(t.c.get(), self);
    EXPECT_TRUE(e.message.contains(QStringLiteral("itself")));
    EXPECT_EQ(e.context, QStringLiteral("claim %1").arg(t.amnesty.value));

    AddLink duplicate(t.amnesty, t.commonDreams, model::LinkType::Repeats);
    const Error dup = test::expectRefused(t.c.get(), duplicate);
    EXPECT_EQ(dup.code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(dup.message.contains(QStringLiteral("already repeats"))) << dup.message.toStdString();

    AddLink missing(t.amnesty, ClaimId(999), model::LinkType::Contradicts);
    const Error gone = test::expectRefused(t.c.get(), missing);
    EXPECT_EQ(gone.code, ErrorCode::NotFound);
    EXPECT_EQ(gone.context, QStringLiteral("claim 999"));

    AddLink confident(t.amnesty, t.commonDreams, model::LinkType::Updates, QString(), 1.5);
    EXPECT_TRUE(test::expectRefused(t.c.get(), confident).message.contains(QStringLiteral("between 0 and 1")));

    // The same two claims may still be linked with another type, or the other way round.
    AddLink reverse(t.commonDreams, t.amnesty, model::LinkType::Repeats);
    EXPECT_TRUE(reverse.apply(t.c.get()).ok());
}

TEST(RemoveLink, RemovesTheLinkAndItsNotesAndUndoRestoresBoth)
{
    TwoClaims t;
    AddLink link(t.amnesty, t.commonDreams, model::LinkType::Contradicts);
    ASSERT_TRUE(link.apply(t.c.get()).ok());
    AddNote note(model::NoteTarget::Link, link.link().id.value, QStringLiteral("not really"));
    ASSERT_TRUE(note.apply(t.c.get()).ok());
    RemoveLink remove(link.link().id);
    test::expectRoundTrip(t.c.get(), remove);
    EXPECT_TRUE(CaseReader(t.c.get()).links().value().empty());
    ASSERT_TRUE(remove.revert(t.c.get()).ok());
    EXPECT_EQ(CaseReader(t.c.get()).links().value().front(), link.link());
    EXPECT_EQ(CaseReader(t.c.get()).notes().value().front(), note.note());

    RemoveLink missing(LinkId(999));
    EXPECT_EQ(test::expectRefused(t.c.get(), missing).context, QStringLiteral("link 999"));
}

TEST(EditLink, ChangesOnlyTheGivenFieldsInOneStepAndRoundTrips)
{
    TwoClaims t;
    AddLink link(t.amnesty, t.commonDreams, model::LinkType::Corroborates, QStringLiteral("same statement"), 0.8);
    ASSERT_TRUE(link.apply(t.c.get()).ok());
    const qint64 audit = test::auditCount(t.c.get());

    LinkChanges changes;
    changes.type = model::LinkType::Repeats;
    changes.confidence = 0.5;
    EditLink edit(link.link().id, changes);
    test::expectRoundTrip(t.c.get(), edit);
    EXPECT_EQ(test::auditCount(t.c.get()), audit + 3);
    const model::Link stored = CaseReader(t.c.get()).links().value().front();
    EXPECT_EQ(stored.type, model::LinkType::Repeats);
    EXPECT_DOUBLE_EQ(stored.confidence.value_or(-1), 0.5);
    EXPECT_EQ(stored.note, QStringLiteral("same statement")); // not given, so unchanged
    EXPECT_EQ(stored.author, link.link().author);
    EXPECT_EQ(stored.createdAt, link.link().createdAt);
    EXPECT_EQ(edit.before(), link.link());

    // A note alone; then clearing the note and the confidence.
    LinkChanges note;
    note.note = QStringLiteral("  both quote the same press conference ");
    EditLink noteEdit(link.link().id, note);
    test::expectRoundTrip(t.c.get(), noteEdit);
    EXPECT_EQ(CaseReader(t.c.get()).links().value().front().note,
              QStringLiteral("both quote the same press conference"));
    LinkChanges clear;
    clear.note = QString();
    clear.confidence = std::optional<double>();
    EditLink clearEdit(link.link().id, clear);
    test::expectRoundTrip(t.c.get(), clearEdit);
    EXPECT_TRUE(CaseReader(t.c.get()).links().value().front().note.isEmpty());
    EXPECT_FALSE(CaseReader(t.c.get()).links().value().front().confidence.has_value());
    EXPECT_EQ(CaseReader(t.c.get()).links().value().front().type, model::LinkType::Repeats);
}

TEST(EditLink, RefusesABadConfidenceADuplicateTypeAMissingLinkAndNoChange)
{
    TwoClaims t;
    AddLink repeats(t.amnesty, t.commonDreams, model::LinkType::Repeats);
    ASSERT_TRUE(repeats.apply(t.c.get()).ok());
    AddLink corroborates(t.amnesty, t.commonDreams, model::LinkType::Corroborates);
    ASSERT_TRUE(corroborates.apply(t.c.get()).ok());
    const QString where = QStringLiteral("link %1").arg(corroborates.link().id.value);

    LinkChanges confident;
    confident.confidence = 1.5;
    EditLink tooSure(corroborates.link().id, confident);
    const Error e = test::expectRefused(t.c.get(), tooSure);
    EXPECT_TRUE(e.message.contains(QStringLiteral("between 0 and 1"))) << e.message.toStdString();
    EXPECT_EQ(e.context, where);

    LinkChanges duplicate;
    duplicate.type = model::LinkType::Repeats;
    duplicate.note = QStringLiteral("would be lost with the refusal");
    EditLink dup(corroborates.link().id, duplicate);
    const Error d = test::expectRefused(t.c.get(), dup);
    EXPECT_EQ(d.code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(d.message.contains(QStringLiteral("already repeats"))) << d.message.toStdString();

    LinkChanges some;
    some.note = QStringLiteral("x");
    EditLink missing(LinkId(999), some);
    const Error gone = test::expectRefused(t.c.get(), missing);
    EXPECT_EQ(gone.code, ErrorCode::NotFound);
    EXPECT_EQ(gone.context, QStringLiteral("link 999"));

    EditLink nothing(corroborates.link().id, LinkChanges{});
    EXPECT_TRUE(test::expectRefused(t.c.get(), nothing).message.contains(QStringLiteral("nothing to change")));
}
