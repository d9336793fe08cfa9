// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/EntityEdits.h"
#include "core/case/CaseReader.h"
#include "core/case/EntityIndex.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::casefile;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The entities with their aliases and every report's mentions, with the sources (test::snapshot).
QString entitySnapshot(Case& c)
{
    EntityIndex index(c);
    QJsonArray all;
    for (const model::Entity& e : index.entities().value()) {
        all.append(QJsonObject{{s("id"), e.id.value},
                               {s("canonical"), e.canonical},
                               {s("type"), e.type},
                               {s("aliases"), QJsonArray::fromStringList(e.aliases)},
                               {s("confirmed"), e.confirmed},
                               {s("source"), e.source.value},
                               {s("mentions"), e.mentions},
                               {s("reports"), e.reports}});
    }
    for (const model::ReportSummary& r : c.reports().value()) {
        for (const ReportEntityMention& m : index.mentionsOf(r.id).value()) {
            all.append(QJsonObject{{s("report"), r.id.value}, {s("start"), m.start}, {s("entity"), m.entity.value}});
        }
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)) + test::snapshot(c);
}

void expectEntityRoundTrip(Case& c, Edit& edit)
{
    const QString before = entitySnapshot(c);
    const qint64 audit = test::auditCount(c);
    ASSERT_TRUE(edit.apply(c).ok());
    const QString after = entitySnapshot(c);
    EXPECT_NE(before, after);
    ASSERT_TRUE(edit.revert(c).ok());
    EXPECT_EQ(entitySnapshot(c), before);
    ASSERT_TRUE(edit.apply(c).ok());
    EXPECT_EQ(entitySnapshot(c), after);
    EXPECT_EQ(test::auditCount(c), audit + 3);
}

class EntityEdits : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(EntityIndex(c.get()).scanPending().ok()); }

    EntityId named(const char* name)
    {
        auto id = EntityIndex(c.get()).entityNamed(s(name));
        EXPECT_TRUE(id.ok() && id.value()) << name;
        return id.ok() && id.value() ? *id.value() : EntityId();
    }
    model::Entity entity(EntityId id) { return EntityIndex(c.get()).entity(id).value(); }

    test::SeededCase c;
};

} // namespace

TEST_F(EntityEdits, TheSeedReportsFoldVariantsAcrossReports)
{
    const model::Entity kyiv = entity(named("Kiev"));
    EXPECT_EQ(kyiv.canonical, s("Kyiv"));
    EXPECT_EQ(kyiv.type, s("place"));
    EXPECT_GE(kyiv.reports, 3);
    EXPECT_TRUE(kyiv.aliases.contains(s("Kiev")));
    const model::Entity amnesty = entity(named("amnesty"));
    EXPECT_EQ(amnesty.canonical, s("Amnesty International"));
    EXPECT_EQ(amnesty.reports, 5);
    EXPECT_EQ(named("Agnes Callamard"), named("Callamard"));
}

TEST_F(EntityEdits, MergeMovesNamesAndMentionsAndUndoes)
{
    const EntityId kyiv = named("Kyiv");
    const EntityId bucha = named("Bucha");
    const qint64 mentions = entity(kyiv).mentions + entity(bucha).mentions;
    MergeEntities merge(bucha, kyiv);
    expectEntityRoundTrip(c.get(), merge);
    EXPECT_EQ(entity(kyiv).mentions, mentions);
    EXPECT_EQ(named("Bucha"), kyiv);
    EXPECT_TRUE(entity(kyiv).aliases.contains(s("Bucha")));
}

TEST_F(EntityEdits, RenameKeepsTheOldNameAsAnAlias)
{
    const EntityId id = named("Kyiv");
    RenameEntity rename(id, s("Kyiv City"));
    expectEntityRoundTrip(c.get(), rename);
    EXPECT_EQ(entity(id).canonical, s("Kyiv City"));
    EXPECT_EQ(named("Kyiv"), id);
    RenameEntity clash(id, s("Bucha"));
    const Error e = test::expectRefused(c.get(), clash);
    EXPECT_TRUE(e.message.contains(s("merge"))) << e.message.toStdString();
}

TEST_F(EntityEdits, SplitTakesAnAliasAndItsMentionsOut)
{
    const EntityId kyiv = named("Kyiv");
    ASSERT_TRUE(entity(kyiv).aliases.contains(s("Kiev")));
    SplitEntity split(kyiv, s("Kiev"));
    expectEntityRoundTrip(c.get(), split);
    const model::Entity part = entity(split.created());
    EXPECT_EQ(part.canonical, s("Kiev"));
    EXPECT_GE(part.mentions, 1);
    EXPECT_EQ(named("Kiev"), split.created());
    SplitEntity notAnAlias(kyiv, s("Bucha"));
    test::expectRefused(c.get(), notAnAlias);
}

TEST_F(EntityEdits, RetypeConfirmAliasAndDelete)
{
    const EntityId id = named("Okhtyrka");
    ConfirmEntity confirm(id, true);
    expectEntityRoundTrip(c.get(), confirm);
    EXPECT_TRUE(entity(id).confirmed);

    RetypeEntity retype(id, s("unit"));
    expectEntityRoundTrip(c.get(), retype);
    EXPECT_EQ(entity(id).type, s("unit"));
    RetypeEntity bad(id, s("planet"));
    test::expectRefused(c.get(), bad);

    AddEntityAliases alias(id, {s("Akhtyrka town")});
    expectEntityRoundTrip(c.get(), alias);
    EXPECT_EQ(named("akhtyrka TOWN"), id);
    AddEntityAliases taken(id, {s("Kyiv")});
    test::expectRefused(c.get(), taken);

    DeleteEntity del(id);
    expectEntityRoundTrip(c.get(), del);
    EXPECT_FALSE(EntityIndex(c.get()).entityNamed(s("Okhtyrka")).value());
}

TEST_F(EntityEdits, ADeletedEntityStaysGoneInLaterImports)
{
    const EntityId id = named("Okhtyrka");
    DeleteEntity del(id);
    ASSERT_TRUE(del.apply(c.get()).ok());
    // A new version of the extractor's work: every report is scanned again, the decision holds.
    ASSERT_TRUE(EntityIndex(c.get()).mentionsOf(test::kSeed004).ok());
    for (const model::ReportSummary& r : c->reports().value()) {
        for (const ReportEntityMention& m : EntityIndex(c.get()).mentionsOf(r.id).value()) {
            EXPECT_NE(m.canonical, s("Okhtyrka"));
        }
    }
}

TEST_F(EntityEdits, APersonBecomesASourceWithItsAliases)
{
    const EntityId id = named("Eliot Higgins");
    EntityToSource make(id);
    expectEntityRoundTrip(c.get(), make);
    const model::Source source = CaseReader(c.get()).source(make.source()).value();
    EXPECT_EQ(source.name, s("Eliot Higgins"));
    EXPECT_EQ(source.kind, model::SourceKind::Person);
    EXPECT_TRUE(source.aliases.contains(s("Higgins")));
    EXPECT_EQ(entity(id).source, make.source());
    EntityToSource place(named("Kyiv"));
    test::expectRefused(c.get(), place);
}

TEST_F(EntityEdits, ReportsMentioningTwoEntitiesAndCoMentions)
{
    EntityIndex index(c.get());
    const auto both = index.reportsMentioningAll({named("Kharkiv"), named("Amnesty International")}).value();
    EXPECT_FALSE(both.empty());
    const auto all = index.reportsMentioningAll({named("Amnesty International")}).value();
    EXPECT_EQ(all.size(), 5U);
    const auto co = index.coMentioned(named("Agnès Callamard")).value();
    ASSERT_FALSE(co.empty());
    EXPECT_GE(co.front().second, co.back().second);
}

TEST_F(EntityEdits, TwoEditsOfOneEntityUndoOneAfterTheOther)
{
    // Undo wrote the entity back with a new created_at, and the earlier edit's undo took that for another program's
    // change and was refused.
    const EntityId kyiv = named("Kyiv");
    RetypeEntity retype(kyiv, s("organisation"));
    ASSERT_TRUE(retype.apply(c.get()).ok());
    ConfirmEntity confirm(kyiv, true);
    ASSERT_TRUE(confirm.apply(c.get()).ok());
    RenameEntity rename(kyiv, s("Kyiv City"));
    ASSERT_TRUE(rename.apply(c.get()).ok());
    const Status undoRename = rename.revert(c.get());
    ASSERT_TRUE(undoRename.ok()) << undoRename.error().toString().toStdString();
    const Status undoConfirm = confirm.revert(c.get());
    ASSERT_TRUE(undoConfirm.ok()) << undoConfirm.error().toString().toStdString();
    const Status undoRetype = retype.revert(c.get());
    ASSERT_TRUE(undoRetype.ok()) << undoRetype.error().toString().toStdString();
    EXPECT_EQ(entity(kyiv).type, s("place"));
    EXPECT_FALSE(entity(kyiv).confirmed);
}

TEST_F(EntityEdits, AnUndoIsRefusedWhenAnotherProgramMergedAnEntityIntoTheOneItChanged)
{
    // The window adds an alias, corroborate-cli merges Bucha into the same entity: the window's undo wrote the
    // entity's rows back as they were before the alias and Bucha was gone, names, mentions and all.
    const EntityId kyiv = named("Kyiv");
    const EntityId bucha = named("Bucha");
    AddEntityAliases alias(kyiv, {s("Kyjiw")});
    ASSERT_TRUE(alias.apply(c.get()).ok());
    auto cli = Case::open(c.path(), {s("cli")});
    ASSERT_TRUE(cli.ok());
    ASSERT_TRUE(MergeEntities(bucha, kyiv).apply(*cli.value()).ok());
    const Status undo = alias.revert(c.get());
    ASSERT_FALSE(undo.ok());
    EXPECT_EQ(undo.error().code, ErrorCode::Conflict);
    EXPECT_EQ(named("Bucha"), kyiv) << "the merge stays";
}
