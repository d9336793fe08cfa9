// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The search query language: every rule, and hostile input that must still read as a query.
#include "core/search/Choices.h"
#include "core/search/Query.h"
#include "core/storage/SearchRepository.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::search;

namespace {

std::string tree(const QString& text)
{
    const Query q = parseQuery(text);
    return q.root ? q.root->toString().toStdString() : std::string("-");
}

std::string match(const QString& text)
{
    const Query q = parseQuery(text);
    return q.root ? storage::SearchRepository::renderMatch(*q.root).toStdString() : std::string();
}

} // namespace

TEST(QueryParser, WordsAreAndedAndOperatorsCombineThem)
{
    EXPECT_EQ(tree(QStringLiteral("kharkiv shelling")), "and(term(kharkiv) term(shelling))");
    EXPECT_EQ(tree(QStringLiteral("a AND b")), "and(term(a) term(b))");
    EXPECT_EQ(tree(QStringLiteral("a OR b c")), "or(term(a) and(term(b) term(c)))");
    EXPECT_EQ(tree(QStringLiteral("(a OR b) c")), "and(or(term(a) term(b)) term(c))");
    EXPECT_EQ(tree(QStringLiteral("a NOT b")), "and(term(a) not(term(b)))");
    EXPECT_EQ(tree(QStringLiteral("\"war crimes\" Kharkiv*")), "and(phrase(war crimes) term(Kharkiv*))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(cluster bombs, 3)")), "near/3(term(cluster) term(bombs))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(cluster \"banned bombs\")")), "near/10(term(cluster) phrase(banned bombs))");
}

TEST(QueryParser, AnExclusionInParenthesesStillExcludes)
{
    // The group held only a NOT and was dropped with it: "rice AND (NOT netanyahu)" found the Netanyahu reports.
    EXPECT_EQ(tree(QStringLiteral("rice AND (NOT netanyahu)")), "and(term(rice) not(term(netanyahu)))");
    EXPECT_EQ(tree(QStringLiteral("rice (NOT a NOT b)")), "and(term(rice) not(or(term(a) term(b))))");
    EXPECT_EQ(match(QStringLiteral("rice (NOT a NOT b)")), "(\"rice\" NOT (\"a\" OR \"b\"))");
    EXPECT_EQ(tree(QStringLiteral("rice (NOT (a OR b))")), "and(term(rice) not(or(term(a) term(b))))");
    EXPECT_EQ(tree(QStringLiteral("(NOT a)")), "-"); // nothing to take a away from
    EXPECT_EQ(tree(QStringLiteral("x OR (NOT a)")), "term(x)");
}

TEST(QueryParser, APrefixInsideNearStaysAPrefix)
{
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kharki* shelling, 3)")), "near/3(term(Kharki*) term(shelling))");
    EXPECT_EQ(match(QStringLiteral("NEAR(Kharki* shelling, 3)")), "NEAR(\"Kharki\"* \"shelling\", 3)");
}

TEST(QueryParser, AnInfixNearBetweenTwoWordsIsANearGroup)
{
    // As SQLite's FTS3 and many search tools write it; FTS5 reads only NEAR( ), and "a NEAR b" found the word "near".
    EXPECT_EQ(tree(QStringLiteral("theatre NEAR bombed")), "near/10(term(theatre) term(bombed))");
    EXPECT_EQ(tree(QStringLiteral("kharkiv NEAR/3 city")), "near/3(term(kharkiv) term(city))");
    EXPECT_EQ(tree(QStringLiteral("\"cluster bombs\" NEAR/5 Kharkiv*")),
              "near/5(phrase(cluster bombs) term(Kharkiv*))");
    EXPECT_EQ(tree(QStringLiteral("a NEAR/2 b NEAR c")), "near/2(term(a) term(b) term(c))");
    EXPECT_EQ(tree(QStringLiteral("x a NEAR b y")), "and(term(x) near/10(term(a) term(b)) term(y))");
    // A NEAR without a word on each side, or with a distance that is none, is a word.
    EXPECT_EQ(tree(QStringLiteral("NEAR b")), "and(term(NEAR) term(b))");
    EXPECT_EQ(tree(QStringLiteral("a NEAR")), "and(term(a) term(NEAR))");
    EXPECT_EQ(tree(QStringLiteral("a NEAR/x b")), "and(term(a) term(NEAR/x) term(b))");
    EXPECT_EQ(tree(QStringLiteral("a near b")), "and(term(a) term(near) term(b))");
    EXPECT_EQ(match(QStringLiteral("kharkiv NEAR/3 city")), "NEAR(\"kharkiv\" \"city\", 3)");
}

TEST(QueryParser, AGroupOfAlternativesBesideAnInfixNearIsOneOperandOfIt)
{
    // "(Kyiv OR Kharkiv) NEAR shelling" read "near" as a word to find: any of the group's words near the other side.
    EXPECT_EQ(tree(QStringLiteral("(Kyiv OR Kharkiv) NEAR shelling")),
              "near/10(or(term(Kyiv) term(Kharkiv)) term(shelling))");
    EXPECT_EQ(tree(QStringLiteral("shelling NEAR/3 (Kyiv OR \"Kharkiv oblast\" OR Odes*)")),
              "near/3(term(shelling) or(term(Kyiv) phrase(Kharkiv oblast) term(Odes*)))");
    EXPECT_EQ(tree(QStringLiteral("(a OR b) NEAR/2 (c OR d) e")),
              "and(near/2(or(term(a) term(b)) or(term(c) term(d))) term(e))");
    // FTS5's NEAR takes phrases: the group is written as its choices.
    EXPECT_EQ(match(QStringLiteral("(kyiv OR kharkiv) NEAR/3 city")),
              "(NEAR(\"kyiv\" \"city\", 3) OR NEAR(\"kharkiv\" \"city\", 3))");
    // Other groups stay groups: mixed, a filter, a group away from NEAR, an unclosed one.
    EXPECT_EQ(tree(QStringLiteral("(a OR b c) NEAR d")), "and(or(term(a) and(term(b) term(c))) term(NEAR) term(d))");
    EXPECT_EQ(tree(QStringLiteral("(a OR outlet:X) NEAR c")), "and(or(term(a) filter(outlet:X)) term(NEAR) term(c))");
    EXPECT_EQ(tree(QStringLiteral("(a OR b) c")), "and(or(term(a) term(b)) term(c))");
    EXPECT_EQ(tree(QStringLiteral("(a OR b NEAR c")), "or(term(a) near/10(term(b) term(c)))");
}

TEST(QueryParser, AGroupOfWordsAndedBesideAnInfixNearPutsEachOfItsWordsInTheNearGroup)
{
    // "(Obama president) NEAR/5 Romney" searched the word "near" and found nothing: all three close together, as
    // NEAR(Obama president Romney, 5) reads.
    EXPECT_EQ(tree(QStringLiteral("(Obama president) NEAR/5 Romney")),
              "near/5(term(Obama) term(president) term(Romney))");
    EXPECT_EQ(tree(QStringLiteral("Romney NEAR/5 (Obama AND \"the president\")")),
              "near/5(term(Romney) term(Obama) phrase(the president))");
    EXPECT_EQ(tree(QStringLiteral("(a b) NEAR/3 (c OR d)")), "near/3(term(a) term(b) or(term(c) term(d)))");
    EXPECT_EQ(match(QStringLiteral("(obama president) NEAR/5 romney")), "NEAR(\"obama\" \"president\" \"romney\", 5)");
    EXPECT_TRUE(parseQuery(QStringLiteral("(Obama president) NEAR/5 Romney")).unreadNear.isEmpty());
}

TEST(QueryParser, AnInfixNearWithNothingToJoinIsListedAsReadAsAWord)
{
    // Searched as the word "near", it found nothing without a word of why: the CLI and the dock say so.
    EXPECT_EQ(parseQuery(QStringLiteral("(obama OR) NEAR/5 romney")).unreadNear, QStringList{QStringLiteral("NEAR/5")});
    EXPECT_EQ(parseQuery(QStringLiteral("(Kyiv) NEAR Irpin")).unreadNear, QStringList{QStringLiteral("NEAR")});
    // First or last, it is being typed.
    EXPECT_TRUE(parseQuery(QStringLiteral("Kyiv NEAR")).unreadNear.isEmpty());
    EXPECT_TRUE(parseQuery(QStringLiteral("NEAR(")).unreadNear.isEmpty());
    EXPECT_TRUE(parseQuery(QStringLiteral("Kyiv NEAR (")).unreadNear.isEmpty());
    EXPECT_TRUE(parseQuery(QStringLiteral("Kyiv NEAR (Bucha OR Irpin")).unreadNear.isEmpty());
    EXPECT_EQ(parseQuery(QStringLiteral("NEAR(a b) NEAR/2 c")).unreadNear, QStringList{QStringLiteral("NEAR/2")});
    EXPECT_TRUE(parseQuery(QStringLiteral("Kyiv NEAR/3 shelling")).unreadNear.isEmpty());
    EXPECT_TRUE(parseQuery(QStringLiteral("(Kyiv OR Kharkiv) NEAR shelling")).unreadNear.isEmpty());
    EXPECT_TRUE(parseQuery(QStringLiteral("a near b")).unreadNear.isEmpty()); // lower case: a word, as typed
}

TEST(QueryParser, ANearDistanceOfManyDigitsIsADistanceNotAWord)
{
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kyiv Putin, 9999)")), "near/9999(term(Kyiv) term(Putin))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kyiv Putin, 10000)")), "near/9999(term(Kyiv) term(Putin))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kyiv Putin, 2147483648)")), "near/9999(term(Kyiv) term(Putin))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kyiv Putin, 0)")), "near/0(term(Kyiv) term(Putin))");
    EXPECT_EQ(tree(QStringLiteral("NEAR(Kyiv Putin, 00005)")), "near/5(term(Kyiv) term(Putin))");
}

TEST(QueryParser, ANearGroupWithSpellingsIsEveryChoiceOfThemAndAPrefixsSpellingsArePrefixes)
{
    // FTS5 takes only phrases inside NEAR: a word's spellings make one group per choice, the typed words first.
    Query q = parseQuery(QStringLiteral("NEAR(Kyiv Zelensk* \"war crimes\", 4)"));
    ASSERT_TRUE(q.root);
    ASSERT_EQ(q.root->children.size(), 3u);
    q.root->children[0].spellings = {QStringLiteral("Kiev")};
    q.root->children[1].spellings = {QStringLiteral("Зеленськ")};
    EXPECT_EQ(storage::SearchRepository::renderMatch(*q.root).toStdString(),
              "(NEAR(\"Kyiv\" \"Zelensk\"* \"war crimes\", 4) OR NEAR(\"Kyiv\" \"Зеленськ\"* \"war crimes\", 4) OR "
              "NEAR(\"Kiev\" \"Zelensk\"* \"war crimes\", 4) OR NEAR(\"Kiev\" \"Зеленськ\"* \"war crimes\", 4))");

    Query prefix = parseQuery(QStringLiteral("Kharkiv*"));
    ASSERT_TRUE(prefix.root);
    prefix.root->spellings = {QStringLiteral("Kharkov"), QStringLiteral("Харків")};
    EXPECT_EQ(storage::SearchRepository::renderMatch(*prefix.root).toStdString(),
              "(\"Kharkiv\"* OR \"Kharkov\"* OR \"Харків\"*)");
}

TEST(QueryParser, ANearGroupWithManySpellingsStaysWithinItsCapAndKeepsTheTypedWords)
{
    Query q = parseQuery(QStringLiteral("NEAR(a b c)"));
    ASSERT_TRUE(q.root);
    for (QueryNode& c : q.root->children) {
        for (int i = 0; i < 9; ++i) {
            c.spellings << c.text + QString::number(i);
        }
    }
    const QString rendered = storage::SearchRepository::renderMatch(*q.root);
    const qsizetype groups = rendered.count(QStringLiteral("NEAR("));
    EXPECT_LE(groups, 64);
    EXPECT_GE(groups, 27); // three spellings of each word at least (the cap is not met by dropping words)
    EXPECT_TRUE(rendered.startsWith(QStringLiteral("(NEAR(\"a\" \"b\" \"c\", 10) OR "))) << rendered.toStdString();
}

TEST(QueryParser, NotBeforeAFilterExcludesWhatTheFilterSelects)
{
    const Query q = parseQuery(QStringLiteral("Kharkiv NOT outlet:\"Al Jazeera\" NOT in:claims shelling"));
    ASSERT_TRUE(q.root);
    EXPECT_EQ(q.root->toString().toStdString(), "and(term(Kharkiv) term(shelling))");
    EXPECT_TRUE(q.filters.outlets.isEmpty());
    ASSERT_EQ(q.filters.excluded.size(), 2u);
    EXPECT_EQ(q.filters.excluded[0].outlets, QStringList{QStringLiteral("Al Jazeera")});
    ASSERT_EQ(q.filters.excluded[1].in.size(), 1u);
    EXPECT_EQ(q.filters.excluded[1].in.front(), DocKind::Claim);
    // NOT before what is no filter stays a NOT of words.
    EXPECT_EQ(tree(QStringLiteral("a NOT b:c")), "and(term(a) not(term(b:c)))");
}

TEST(QueryParser, AHyphenBeforeAWordPhraseOrFilterExcludesItAsWebSearchesDo)
{
    EXPECT_EQ(tree(QStringLiteral("Kyiv -Bucha")), "and(term(Kyiv) not(term(Bucha)))");
    EXPECT_EQ(tree(QStringLiteral("Kyiv -\"war crimes\"")), "and(term(Kyiv) not(phrase(war crimes)))");
    const Query q = parseQuery(QStringLiteral("Kyiv -outlet:Reuters"));
    ASSERT_EQ(q.filters.excluded.size(), 1u);
    EXPECT_EQ(q.filters.excluded[0].outlets, QStringList{QStringLiteral("Reuters")});
    // Inside a word, before a number, or alone, a hyphen is what it was.
    EXPECT_EQ(tree(QStringLiteral("state-of")), "term(state-of)");
    EXPECT_EQ(tree(QStringLiteral("fell -5%")), "and(term(fell) term(-5%))");
    EXPECT_EQ(tree(QStringLiteral("a - b")), "and(term(a) term(b))"); // a lone hyphen is no word, no NOT
}

TEST(QueryParser, AFilterNegatedThroughParenthesesOrByARunOfNotsIsExcluded)
{
    const Query grouped = parseQuery(QStringLiteral("Kyiv -(outlet:Reuters)"));
    ASSERT_TRUE(grouped.root);
    EXPECT_EQ(grouped.root->toString().toStdString(), "term(Kyiv)"); // no word "not", no empty group
    EXPECT_TRUE(grouped.filters.outlets.isEmpty());
    ASSERT_EQ(grouped.filters.excluded.size(), 1u);
    EXPECT_EQ(grouped.filters.excluded[0].outlets, QStringList{QStringLiteral("Reuters")});

    const Query twice = parseQuery(QStringLiteral("Kyiv NOT NOT outlet:Reuters"));
    ASSERT_TRUE(twice.root);
    EXPECT_EQ(twice.root->toString().toStdString(), "term(Kyiv)");
    ASSERT_EQ(twice.filters.excluded.size(), 1u);

    // Filters alone in a negated group, however deep: each alternative is left out.
    const Query both = parseQuery(QStringLiteral("Kyiv -(outlet:Reuters OR outlet:AP)"));
    ASSERT_TRUE(both.root);
    EXPECT_EQ(both.root->toString().toStdString(), "term(Kyiv)");
    EXPECT_TRUE(both.filters.outlets.isEmpty());
    ASSERT_EQ(both.filters.excluded.size(), 1u); // one filter of either outlet
    EXPECT_EQ(both.filters.excluded[0].outlets, (QStringList{QStringLiteral("Reuters"), QStringLiteral("AP")}));
    const Query fields = parseQuery(QStringLiteral("Kyiv -(outlet:Reuters OR tag:Shelling)"));
    EXPECT_EQ(fields.filters.excluded.size(), 2u); // each left out
    const Query deep = parseQuery(QStringLiteral("Kyiv NOT ((outlet:X))"));
    EXPECT_EQ(deep.filters.excluded.size(), 1u);
    const Query together = parseQuery(QStringLiteral("Kyiv NOT (outlet:X in:claims)")); // what both select
    ASSERT_EQ(together.filters.excluded.size(), 1u);
    EXPECT_EQ(together.filters.excluded[0].toString().toStdString(), "outlet:X in:claim");
    const Query closedBefore = parseQuery(QStringLiteral("NOT (a) outlet:X"));
    EXPECT_EQ(closedBefore.filters.outlets, QStringList{QStringLiteral("X")}); // a closed group is not around it
    ASSERT_TRUE(closedBefore.root);
    EXPECT_EQ(closedBefore.root->toString().toStdString(), "not(term(a))"); // taken from what outlet:X selects
    EXPECT_FALSE(closedBefore.onlyExclusions);
}

TEST(QueryParser, AFilterGoesWithTheWordsItIsWrittenWith)
{
    // With words in a negated group, the filter is part of what the group leaves out: the Reuters reports that
    // mention Bucha, not every Reuters report and every report that mentions Bucha.
    const Query after = parseQuery(QStringLiteral("Kyiv -(Bucha outlet:Reuters)"));
    ASSERT_TRUE(after.root);
    EXPECT_EQ(after.root->toString().toStdString(), "and(term(Kyiv) not(and(term(Bucha) filter(outlet:Reuters))))");
    EXPECT_TRUE(after.filters.empty());
    EXPECT_TRUE(search::containsFilter(*after.root));

    // ORed with words, a filter adds what it selects.
    EXPECT_EQ(tree(QStringLiteral("Kyiv OR (outlet:Reuters)")), "or(term(Kyiv) filter(outlet:Reuters))");
    EXPECT_EQ(tree(QStringLiteral("(Kyiv outlet:Reuters) OR (Kiev outlet:TASS)")),
              "or(and(term(Kyiv) filter(outlet:Reuters)) and(term(Kiev) filter(outlet:TASS)))");
    EXPECT_EQ(tree(QStringLiteral("Kyiv AND NOT outlet:Reuters OR -outlet:TASS AND tag:Shelling")),
              "or(and(term(Kyiv) not(filter(outlet:Reuters))) and(not(filter(outlet:TASS)) filter(tag:Shelling)))");
    // Filters of different fields ORed stay apart; of one field they are one filter of any of the values.
    const Query fields = parseQuery(QStringLiteral("outlet:Reuters OR tag:Shelling"));
    ASSERT_TRUE(fields.root);
    EXPECT_EQ(fields.root->toString().toStdString(), "or(filter(outlet:Reuters) filter(tag:Shelling))");
    const Query same = parseQuery(QStringLiteral("Kyiv (outlet:Reuters OR outlet:AP OR outlet:TASS)"));
    ASSERT_TRUE(same.root);
    EXPECT_EQ(same.root->toString().toStdString(), "term(Kyiv)");
    EXPECT_EQ(same.filters.outlets,
              (QStringList{QStringLiteral("Reuters"), QStringLiteral("AP"), QStringLiteral("TASS")}));
    const Query mixed = parseQuery(QStringLiteral("Kyiv (outlet:Reuters OR outlet:AP OR Kiev)"));
    ASSERT_TRUE(mixed.root);
    EXPECT_EQ(mixed.root->toString().toStdString(), "and(term(Kyiv) or(filter(outlet:Reuters|AP) term(Kiev)))");
    // Values of one field mean any of them in a group as in the whole query, ANDed or ORed: a group means what it
    // would mean alone.
    EXPECT_EQ(tree(QStringLiteral("(outlet:A outlet:B) OR x")), "or(filter(outlet:A|B) term(x))");
    EXPECT_EQ(tree(QStringLiteral("Bucha -(outlet:A outlet:B Amnesty)")),
              "and(term(Bucha) not(and(filter(outlet:A|B) term(Amnesty))))");
    // Values ORed beside the same field ANDed, and a second date range, are both required: they stay in the tree.
    const Query both = parseQuery(QStringLiteral("outlet:A (outlet:A OR outlet:B)"));
    EXPECT_EQ(both.filters.outlets, QStringList{QStringLiteral("A")});
    ASSERT_TRUE(both.root);
    EXPECT_EQ(both.root->toString().toStdString(), "filter(outlet:A|B)");
    const Query ranges = parseQuery(QStringLiteral("published:2021 published:2022"));
    EXPECT_EQ(ranges.filters.publishedFrom, QStringLiteral("2021"));
    ASSERT_TRUE(ranges.root);
    EXPECT_EQ(ranges.root->toString().toStdString(), "filter(published:2022..2022)");
    // An AND or OR before a filter joins it like any operand; nothing is read as the word "and" or "or".
    EXPECT_EQ(tree(QStringLiteral("Kyiv AND outlet:Reuters OR Kiev")),
              "or(and(term(Kyiv) filter(outlet:Reuters)) term(Kiev))");
}

TEST(QueryParser, ANearGroupOfManyWordsWithSpellingsStaysWithinItsCap)
{
    // Forty words of two spellings each: 2^40 choices, which overflowed the count and built groups without end.
    QStringList words;
    for (int i = 0; i < 40; ++i) {
        words << QStringLiteral("w%1").arg(i);
    }
    Query q = parseQuery(QStringLiteral("NEAR(") + words.join(u' ') + u')');
    ASSERT_TRUE(q.root);
    for (QueryNode& c : q.root->children) {
        c.spellings = {c.text + QStringLiteral("x")};
    }
    const QString rendered = storage::SearchRepository::renderMatch(*q.root);
    EXPECT_LE(rendered.count(QStringLiteral("NEAR(")), 64);
    EXPECT_GE(rendered.count(QStringLiteral("NEAR(")), 1);
}

TEST(QueryParser, FiltersAreCountedApartFromTheWordsSoALongTextDoesNotPushOneOut)
{
    QStringList words;
    for (int i = 0; i < kMaxQueryWords + 6; ++i) {
        words << QStringLiteral("w%1").arg(i);
    }
    const Query q = parseQuery(words.join(u' ') + QStringLiteral(" outlet:Reuters"));
    EXPECT_TRUE(q.truncated);
    EXPECT_EQ(q.filters.outlets, QStringList{QStringLiteral("Reuters")});
    QStringList filters;
    for (int i = 0; i < kMaxQueryFilters + 3; ++i) {
        filters << QStringLiteral("tag:t%1").arg(i);
    }
    const Query many = parseQuery(QStringLiteral("Kyiv ") + filters.join(u' '));
    EXPECT_TRUE(many.truncated);
    EXPECT_EQ(many.filters.tags.size(), kMaxQueryFilters);
}

TEST(QueryParser, AnAndOrOrBeforeAFilterJoinsItAsItJoinsAWord)
{
    const Query q = parseQuery(QStringLiteral("Kyiv AND NOT outlet:Reuters AND -outlet:TASS AND tag:Shelling"));
    ASSERT_TRUE(q.root);
    EXPECT_EQ(q.root->toString().toStdString(), "term(Kyiv)");
    EXPECT_EQ(q.filters.excluded.size(), 2u);
    EXPECT_EQ(q.filters.tags, QStringList{QStringLiteral("Shelling")});
    // A hyphen before a letter outside the BMP excludes too.
    EXPECT_EQ(tree(QStringLiteral("Kyiv -\U0001D400bc")), "and(term(Kyiv) not(term(\U0001D400bc)))");
}

TEST(Choices, EveryChoiceStartsWithTheTypedWordsAndKeepsSomeSpellingsOfEachWordWithinItsCap)
{
    const auto list = [](std::initializer_list<const char*> items) {
        QStringList out;
        for (const char* item : items) {
            out << QString::fromUtf8(item);
        }
        return out;
    };
    const std::vector<QStringList> words{list({"Kyiv", "Kiev", "Київ"}), list({"region", "oblast"})};
    const auto all = everyChoice(words, 100);
    ASSERT_EQ(all.size(), 6u);
    EXPECT_EQ(all.front(), (list({"Kyiv", "region"})));
    EXPECT_EQ(all[1], (list({"Kyiv", "oblast"})));
    EXPECT_EQ(all.back(), (list({"Київ", "oblast"})));

    // Capped at 4: the word with the most spellings gives up its last (Київ), both words keep two.
    const auto capped = everyChoice(words, 4);
    ASSERT_EQ(capped.size(), 4u);
    EXPECT_EQ(capped.front(), (list({"Kyiv", "region"})));
    EXPECT_EQ(capped.back(), (list({"Kiev", "oblast"})));

    // Forty words of two spellings: 2^40 choices were never built.
    const std::vector<QStringList> many(40, list({"a", "b"}));
    EXPECT_EQ(everyChoice(many, 64).size(), 64u);
    EXPECT_TRUE(everyChoice({list({"a"}), QStringList()}, 8).empty());
    EXPECT_TRUE(everyChoice(words, 0).empty());
}

TEST(QueryParser, LowerCaseOperatorsAreWords)
{
    EXPECT_EQ(tree(QStringLiteral("rock or roll")), "and(term(rock) term(or) term(roll))");
}

TEST(QueryParser, FieldFiltersAreReadAndRemovedFromTheWords)
{
    const Query q = parseQuery(QStringLiteral(
        "bombs outlet:Reuters source:\"Agnès Callamard\" tag:Weapons kind:figure report:7 in:claims|notes "
        "published:2022-03..2022-05"));
    ASSERT_TRUE(q.root);
    EXPECT_EQ(q.root->toString().toStdString(), "term(bombs)");
    EXPECT_EQ(q.filters.outlets, QStringList{QStringLiteral("Reuters")});
    EXPECT_EQ(q.filters.sources, QStringList{QStringLiteral("Agnès Callamard")});
    EXPECT_EQ(q.filters.tags, QStringList{QStringLiteral("Weapons")});
    EXPECT_EQ(q.filters.kinds, QStringList{QStringLiteral("figure")});
    EXPECT_EQ(q.filters.reports, QStringList{QStringLiteral("7")});
    EXPECT_EQ(q.filters.in, (std::vector<DocKind>{DocKind::Claim, DocKind::Note}));
    EXPECT_EQ(q.filters.publishedFrom, QStringLiteral("2022-03"));
    EXPECT_EQ(q.filters.publishedTo, QStringLiteral("2022-05"));

    const Query open = parseQuery(QStringLiteral("published:2022-03.."));
    EXPECT_FALSE(open.root);
    EXPECT_EQ(open.filters.publishedFrom, QStringLiteral("2022-03"));
    EXPECT_TRUE(open.filters.publishedTo.isEmpty());
}

TEST(QueryParser, ADateRangeTypedBackwardsIsReadForwards)
{
    const Query q = parseQuery(QStringLiteral("published:2022-05..2022-03"));
    EXPECT_EQ(q.filters.publishedFrom, QStringLiteral("2022-03"));
    EXPECT_EQ(q.filters.publishedTo, QStringLiteral("2022-05"));
    const Query years = parseQuery(QStringLiteral("published:2023..2021-06-30"));
    EXPECT_EQ(years.filters.publishedFrom, QStringLiteral("2021-06-30"));
    EXPECT_EQ(years.filters.publishedTo, QStringLiteral("2023"));
    // From the 10th to the end of the month: forwards already.
    const Query month = parseQuery(QStringLiteral("published:2022-03-10..2022-03"));
    EXPECT_EQ(month.filters.publishedFrom, QStringLiteral("2022-03-10"));
    EXPECT_EQ(month.filters.publishedTo, QStringLiteral("2022-03"));
}

TEST(QueryParser, WhatIsNoFilterIsAWord)
{
    EXPECT_EQ(tree(QStringLiteral("http://example.org")), "term(http://example.org)");
    EXPECT_EQ(tree(QStringLiteral("published:soon")), "term(published:soon)");
    EXPECT_EQ(tree(QStringLiteral("in:everything")), "term(in:everything)");
    EXPECT_EQ(tree(QStringLiteral("outlet:")), "term(outlet:)");
    // A date no calendar has is none: searched as words too.
    EXPECT_EQ(tree(QStringLiteral("published:2022-13")), "term(published:2022-13)");
    EXPECT_EQ(tree(QStringLiteral("published:2022-02-30")), "term(published:2022-02-30)");
    EXPECT_EQ(parseQuery(QStringLiteral("published:2024-02-29")).filters.publishedFrom, QStringLiteral("2024-02-29"));
    // The query says which filters it could not read, for the window to tell.
    const Query q = parseQuery(QStringLiteral("Kharkiv in:bogus published:soon http://example.org outlet:"));
    EXPECT_EQ(q.unreadFilters, (QStringList{QStringLiteral("in:bogus"), QStringLiteral("published:soon")}));
    EXPECT_TRUE(parseQuery(QStringLiteral("Kharkiv in:claims")).unreadFilters.isEmpty());
    // kind: takes a claim kind, as the Inspector names it or as the product writes it.
    EXPECT_EQ(parseQuery(QStringLiteral("Kharkiv kind:bogus")).unreadFilters,
              QStringList{QStringLiteral("kind:bogus")});
    EXPECT_EQ(tree(QStringLiteral("kind:bogus")), "term(kind:bogus)");
    EXPECT_TRUE(parseQuery(QStringLiteral("kind:Denial")).unreadFilters.isEmpty());
    EXPECT_EQ(parseQuery(QStringLiteral("kind:\"legal qualification\"")).filters.kinds,
              QStringList{QStringLiteral("legal qualification")});
    EXPECT_EQ(parseQuery(QStringLiteral("Kharkiv in:\"bogus value\"")).unreadFilters,
              QStringList{QStringLiteral("in:\"bogus value\"")});
    // A name's possessive is the name; a contraction is its own word.
    EXPECT_EQ(tree(QStringLiteral("Kyiv's")), "term(Kyiv)");
    EXPECT_EQ(tree(QStringLiteral("Putin\u2019s")), "term(Putin)");
    EXPECT_EQ(tree(QStringLiteral("it's")), "term(it's)");
    EXPECT_EQ(tree(QStringLiteral("That's")), "term(That's)");
}

TEST(QueryParser, ALongQueryIsReadUpToItsCapAndSaysItWasCut)
{
    QStringList words;
    for (int i = 0; i < 5000; ++i) {
        words << QStringLiteral("Kyiv");
    }
    const Query many = parseQuery(words.join(QStringLiteral(" OR ")));
    ASSERT_TRUE(many.root);
    EXPECT_TRUE(many.truncated);
    EXPECT_EQ(many.root->children.size(), std::size_t(kMaxQueryWords));
    const Query cut = parseQuery(QStringLiteral("a ").repeated(int(kMaxQueryCharacters)) + QStringLiteral("zzz"));
    EXPECT_TRUE(cut.truncated);
    EXPECT_FALSE(cut.root->toString().contains(QStringLiteral("zzz")));
    // What the cut leaves waiting for an operand goes with it: no word "not", "or" or "near".
    QStringList sixtyThree = words.mid(0, kMaxQueryWords - 1);
    const Query notCut = parseQuery(sixtyThree.join(u' ') + QStringLiteral(" a NOT b"));
    EXPECT_TRUE(notCut.truncated);
    EXPECT_FALSE(notCut.root->toString().contains(QStringLiteral("NOT"))) << notCut.root->toString().toStdString();
    const Query orCut = parseQuery(sixtyThree.join(u' ') + QStringLiteral(" a (b OR c)"));
    EXPECT_FALSE(orCut.root->toString().contains(QStringLiteral("term(OR)")));
    const QString longWords = QStringLiteral("abcdefghij ").repeated(int(kMaxQueryCharacters / 11) - 1);
    const Query nearCut = parseQuery(longWords + QStringLiteral("NEAR(abc def ghi, 5)"));
    EXPECT_FALSE(nearCut.root->toString().contains(QStringLiteral("term(NEAR)")));
    const Query fits = parseQuery(words.mid(0, kMaxQueryWords).join(u' '));
    EXPECT_FALSE(fits.truncated);
    EXPECT_EQ(fits.root->children.size(), std::size_t(kMaxQueryWords));
}

TEST(QueryParser, InvisibleCharactersAreNoPartOfAWord)
{
    // A soft hyphen, a direction override, a byte order mark: pasted with a name, never typed.
    EXPECT_EQ(tree(QStringLiteral("Ky\u00ADiv")), "term(Kyiv)");
    // A zero-width space stays: the index splits its text there too, so the query finds the text it came from.
    EXPECT_EQ(tree(QStringLiteral("K\u200Byiv")), "term(K\u200Byiv)");
    EXPECT_EQ(tree(QStringLiteral("\u202EKyiv\u202C \uFEFFBucha")), "and(term(Kyiv) term(Bucha))");
    // A zero-width non-joiner is spelling in Persian: kept.
    EXPECT_EQ(tree(QStringLiteral("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")),
              "term(\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645)");
}

TEST(QueryParser, AQueryOfOnlyExclusionsSaysSo)
{
    EXPECT_TRUE(parseQuery(QStringLiteral("-Putin")).onlyExclusions);
    EXPECT_TRUE(parseQuery(QStringLiteral("NOT Kyiv NOT Bucha")).onlyExclusions);
    EXPECT_FALSE(parseQuery(QStringLiteral("Kyiv -Putin")).onlyExclusions);
    EXPECT_FALSE(parseQuery(QString()).onlyExclusions);
    EXPECT_FALSE(parseQuery(QStringLiteral("-outlet:Reuters")).onlyExclusions); // a filter narrows what it can
}

TEST(QueryParser, HostileInputIsAlwaysAQuery)
{
    EXPECT_EQ(tree(QStringLiteral("C++")), "term(C++)");
    EXPECT_EQ(tree(QStringLiteral("state-of")), "term(state-of)");
    EXPECT_EQ(tree(QStringLiteral("\"unbalanced")), "phrase(unbalanced)");
    EXPECT_EQ(tree(QStringLiteral("NEAR(")), "term(NEAR)");
    EXPECT_EQ(tree(QStringLiteral("*")), "-");
    EXPECT_EQ(tree(QStringLiteral("AND")), "term(AND)");
    EXPECT_EQ(tree(QStringLiteral("OR OR")), "and(term(OR) term(OR))");
    EXPECT_EQ(tree(QStringLiteral("NOT")), "term(NOT)");
    EXPECT_EQ(tree(QStringLiteral("(((")), "-");
    EXPECT_EQ(tree(QStringLiteral(")))a(((")), "term(a)");
    EXPECT_EQ(tree(QString()), "-");
    EXPECT_EQ(tree(QStringLiteral("   ")), "-");
    EXPECT_EQ(tree(QStringLiteral("a OR")), "and(term(a) term(OR))");
    EXPECT_EQ(tree(QStringLiteral("NOT a")), "-"); // nothing to take a away from
    EXPECT_EQ(tree(QStringLiteral("\"\"")), "-");
    EXPECT_EQ(tree(QStringLiteral("'; DROP TABLE reports; --")), "and(term(DROP) term(TABLE) term(reports;))");
}

TEST(QueryParser, EveryWordIsQuotedForTheIndex)
{
    EXPECT_EQ(match(QStringLiteral("C++")), "\"C++\"");
    EXPECT_EQ(match(QStringLiteral("say \"\"\"hi")), "(\"say\" AND \"hi\")");
    EXPECT_EQ(match(QStringLiteral("Kharkiv* NOT Kyiv")), "(\"Kharkiv\"* NOT \"Kyiv\")");
    EXPECT_EQ(match(QStringLiteral("a\"b")), "(\"a\" AND \"b\")");
    EXPECT_EQ(match(QStringLiteral("NEAR(a b, 2)")), "NEAR(\"a\" \"b\", 2)");
}

TEST(QueryParser, DeepNestingAndLongRunsOfNotAreReadWithoutRecursingIntoThem)
{
    // 30,000 parentheses overflowed the parser's stack (a fuzz reproducer): now those past twelve levels are read as
    // if absent, and the words inside still count (as many parentheses as a query reads, kMaxQueryCharacters).
    EXPECT_EQ(tree(QString(kMaxQueryCharacters - 10, u'(') + QStringLiteral("Kharkiv")), "term(Kharkiv)");
    EXPECT_EQ(tree(QString(30000, u'(') + QStringLiteral("Kharkiv")), "-"); // past the cap: no word, no crash
    QString nested;
    for (int i = 0; i < 30; ++i) {
        nested += QStringLiteral("(a%1 OR b%1 ").arg(i);
    }
    nested += u'x';
    const std::string deep = tree(nested);
    EXPECT_NE(deep.find("term(a0)"), std::string::npos);
    EXPECT_NE(deep.find("term(a11)"), std::string::npos) << "the twelfth level is still a group";
    EXPECT_NE(deep.find("term(a29)"), std::string::npos) << "deeper words are kept";
    size_t ors = 0;
    for (size_t at = deep.find("or("); at != std::string::npos; at = deep.find("or(", at + 1)) {
        ++ors;
    }
    EXPECT_EQ(ors, 12u) << "twelve groups, the deeper words read flat in the twelfth: " << deep.substr(0, 200);

    // A run of NOTs reads as one NOT, however long.
    EXPECT_EQ(tree(QStringLiteral("a ") + QStringLiteral("NOT ").repeated(1000) + QStringLiteral("b")),
              "and(term(a) not(term(b)))");
}

TEST(QueryParser, ANulIsASpace)
{
    // A NUL inside a word ended FTS5's MATCH string and the search failed (a fuzz reproducer).
    EXPECT_EQ(tree(QStringLiteral("quo") + QChar(u'\0') + QStringLiteral("ted")), "and(term(quo) term(ted))");
}

TEST(QueryParser, ManyExcludedWordsAreOneLevelForTheIndex)
{
    // Each NOT nested the MATCH one level deeper, and FTS5 refused a few hundred ("parser stack overflow").
    EXPECT_EQ(match(QStringLiteral("a NOT b NOT c")), "(\"a\" NOT (\"b\" OR \"c\"))");
    QString many = QStringLiteral("a");
    for (int i = 0; i < kMaxQueryWords - 1; ++i) {
        many += QStringLiteral(" NOT b%1").arg(i);
    }
    const std::string rendered = match(many);
    EXPECT_EQ(rendered.rfind("(\"a\" NOT (\"b0\" OR \"b1\" OR ", 0), 0u) << rendered.substr(0, 80);
}
