// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/TagEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/edits/ClaimEdits.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;
using test::SeededCase;

namespace {

TagId addTag(Case& c, const QString& name, TagId parent = TagId())
{
    AddTag add(parent, name);
    const Status s = add.apply(c);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
    return add.tag().id;
}

QStringList paths(Case& c)
{
    auto tree = CaseReader(c).tags();
    EXPECT_TRUE(tree.ok());
    QStringList out;
    for (const model::Tag& t : tree.value()) {
        out << CaseReader::tagPath(tree.value(), t.id);
    }
    return out;
}

void tagClaim(Case& c, ClaimId claim, const QString& path)
{
    ClaimChanges changes;
    changes.addTags = {path};
    EditClaim edit(claim, changes);
    ASSERT_TRUE(edit.apply(c).ok());
}

} // namespace

TEST(AddTag, AddsATagUnderItsParentWithColourAndRoundTrips)
{
    SeededCase c;
    const TagId violence = addTag(c.get(), QStringLiteral("Violence"));
    AddTag add(violence, QStringLiteral("Shelling"), QStringLiteral("#EB5757"), QStringLiteral("artillery, rockets"));
    test::expectRoundTrip(c.get(), add);
    EXPECT_EQ(paths(c.get()), (QStringList{QStringLiteral("Violence"), QStringLiteral("Violence/Shelling")}));
    EXPECT_EQ(add.tag().colour, QStringLiteral("#eb5757"));
}

TEST(AddTag, NewTagsWithoutAColourAreGivenColoursNoOtherTagHasWhereverTheyAreMade)
{
    SeededCase c;
    // Made by tagging a claim with new paths (the Inspector, corroborate-cli claim edit --tag) and in the codebook.
    const ClaimId claim = test::addClaim(c.get(), test::kSeed001, QStringLiteral("1,235 civilian bodies"));
    tagClaim(c.get(), claim, QStringLiteral("Violence/Shelling"));
    tagClaim(c.get(), claim, QStringLiteral("Casualties"));
    addTag(c.get(), QStringLiteral("Legal"));
    auto tree = CaseReader(c.get()).tags();
    ASSERT_TRUE(tree.ok());
    ASSERT_EQ(tree->size(), 4u);
    QStringList colours;
    for (const model::Tag& t : tree.value()) {
        EXPECT_FALSE(colours.contains(t.colour)) << t.name.toStdString() << " has " << t.colour.toStdString();
        EXPECT_TRUE(model::Tag::palette().contains(t.colour)) << t.colour.toStdString();
        colours << t.colour;
    }
}

TEST(AddTag, RefusesASiblingNameTakenABadColourASlashAndAMissingParent)
{
    SeededCase c;
    addTag(c.get(), QStringLiteral("Violence"));
    AddTag same(TagId(), QStringLiteral("violence"));
    EXPECT_EQ(test::expectRefused(c.get(), same).code, ErrorCode::AlreadyExists);
    AddTag colour(TagId(), QStringLiteral("Legal"), QStringLiteral("red"));
    EXPECT_TRUE(test::expectRefused(c.get(), colour).message.contains(QStringLiteral("#rrggbb")));
    AddTag slash(TagId(), QStringLiteral("a/b"));
    EXPECT_TRUE(test::expectRefused(c.get(), slash).message.contains(QStringLiteral("'/'")));
    AddTag orphan(TagId(99), QStringLiteral("Legal"));
    EXPECT_EQ(test::expectRefused(c.get(), orphan).context, QStringLiteral("tag 99"));
    AddTag blank(TagId(), QStringLiteral("  "));
    EXPECT_TRUE(test::expectRefused(c.get(), blank).message.contains(QStringLiteral("needs a name")));
}

TEST(EditTag, RenamesAndRecoloursAndRoundTrips)
{
    SeededCase c;
    const TagId id = addTag(c.get(), QStringLiteral("Violance"));
    EditTag rename(id, {QStringLiteral("Violence"), QStringLiteral("#112233"), QStringLiteral("physical harm")});
    test::expectRoundTrip(c.get(), rename);
    EXPECT_EQ(paths(c.get()), QStringList{QStringLiteral("Violence")});
    addTag(c.get(), QStringLiteral("Legal"));
    EditTag clash(id, {QStringLiteral("LEGAL"), std::nullopt, std::nullopt});
    EXPECT_EQ(test::expectRefused(c.get(), clash).code, ErrorCode::AlreadyExists);
}

TEST(MoveTag, MovesASubtreeAndRefusesCycles)
{
    SeededCase c;
    const TagId violence = addTag(c.get(), QStringLiteral("Violence"));
    const TagId shelling = addTag(c.get(), QStringLiteral("Shelling"), violence);
    const TagId cluster = addTag(c.get(), QStringLiteral("Cluster munitions"), shelling);
    const TagId weapons = addTag(c.get(), QStringLiteral("Weapons"));
    MoveTag move(shelling, weapons);
    test::expectRoundTrip(c.get(), move);
    EXPECT_EQ(paths(c.get()),
              (QStringList{QStringLiteral("Violence"), QStringLiteral("Weapons"), QStringLiteral("Weapons/Shelling"),
                           QStringLiteral("Weapons/Shelling/Cluster munitions")}));
    MoveTag toTop(cluster, TagId());
    test::expectRoundTrip(c.get(), toTop);

    MoveTag underItself(weapons, weapons);
    EXPECT_TRUE(test::expectRefused(c.get(), underItself).message.contains(QStringLiteral("under itself")));
    MoveTag underChild(weapons, shelling);
    EXPECT_TRUE(test::expectRefused(c.get(), underChild).message.contains(QStringLiteral("sub-tags")));
}

TEST(MergeTags, RetagsClaimsMovesChildrenAndUndoRestoresBoth)
{
    SeededCase c;
    const TagId killings = addTag(c.get(), QStringLiteral("Killings"));
    const TagId deaths = addTag(c.get(), QStringLiteral("Civilian deaths"));
    addTag(c.get(), QStringLiteral("Bucha"), deaths);
    const ClaimId both = test::addClaim(c.get(), test::kSeed001, QStringLiteral("at least 1,235 civilian bodies"));
    const ClaimId onlyDeaths = test::addClaim(c.get(), test::kSeed000, QStringLiteral("up to 40 people"));
    tagClaim(c.get(), both, QStringLiteral("Killings"));
    tagClaim(c.get(), both, QStringLiteral("Civilian deaths"));
    tagClaim(c.get(), onlyDeaths, QStringLiteral("Civilian deaths"));

    MergeTags merge(killings, deaths);
    test::expectRoundTrip(c.get(), merge);
    CaseReader reader(c.get());
    EXPECT_EQ(paths(c.get()), (QStringList{QStringLiteral("Killings"), QStringLiteral("Killings/Bucha")}));
    EXPECT_EQ(reader.claim(both).value().tags, QList<TagId>{killings});
    EXPECT_EQ(reader.claim(onlyDeaths).value().tags, QList<TagId>{killings});

    ASSERT_TRUE(merge.revert(c.get()).ok());
    EXPECT_EQ(reader.claim(both).value().tags, (QList<TagId>{killings, deaths}));
    EXPECT_EQ(reader.claim(onlyDeaths).value().tags, QList<TagId>{deaths});

    MergeTags self(killings, killings);
    EXPECT_TRUE(test::expectRefused(c.get(), self).message.contains(QStringLiteral("itself")));
}

TEST(DeleteTag, DeletesTheSubtreeAndAssignmentsAndUndoRestoresThem)
{
    SeededCase c;
    const TagId violence = addTag(c.get(), QStringLiteral("Violence"));
    addTag(c.get(), QStringLiteral("Shelling"), violence);
    const ClaimId claim = test::addClaim(c.get(), test::kSeed000, QStringLiteral("up to 40 people"));
    tagClaim(c.get(), claim, QStringLiteral("Violence/Shelling"));
    tagClaim(c.get(), claim, QStringLiteral("Violence"));
    DeleteTag del(violence);
    test::expectRoundTrip(c.get(), del);
    EXPECT_TRUE(paths(c.get()).isEmpty());
    EXPECT_TRUE(CaseReader(c.get()).claim(claim).value().tags.isEmpty());
    ASSERT_TRUE(del.revert(c.get()).ok());
    EXPECT_EQ(CaseReader(c.get()).claim(claim).value().tags.size(), 2);
    DeleteTag missing(TagId(99));
    EXPECT_EQ(test::expectRefused(c.get(), missing).context, QStringLiteral("tag 99"));
}
