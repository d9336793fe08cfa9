// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of issue 15 (decision 0005), one test each: corroboration has a direction and is not transitive,
// repeats are one statement, contradiction reaches only the statement, a denial weighs with its source's grade,
// and the reason names the links it followed.
#include "core/analysis/CorroborationAnalysis.h"
#include "tests/core/analysis/AnalysisTestSupport.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::analysis;
using namespace corrob::test;

namespace {

constexpr LinkType kCorroborates = LinkType::Corroborates;
constexpr LinkType kContradicts = LinkType::Contradicts;
constexpr LinkType kRepeats = LinkType::Repeats;

// The sample case's worked example as `ensureSampleCase` builds it, ids as there: Amnesty (B) documents 22 unlawful
// killings (claim 1, CBC); Callamard's call for justice is quoted by CBC (3) and repeated by Fox News (4); Russia's
// Ministry of Defence (E) denies the war crimes (5, contradicting claim 1 only); the Kyiv governor Pavlyuk (not
// graded) counts at least 1,235 bodies (6, corroborating claim 1).
AnalysisInput sampleCase()
{
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International", 0, "B"),
                  source(2, "Agnès Callamard", 1),
                  source(3, "Russian Ministry of Defence", 0, "E"),
                  source(4, "Oleksandr Pavlyuk"),
                  source(5, "CBC News"),
                  source(6, "Fox News")};
    in.claims = {claim(1, 1, 1, 5, "22 unlawful killings by Russian forces documented in Bucha and nearby towns"),
                 claim(2, 1, 1, 5, "Unlawful airstrikes on Borodyanka killed up to 40 people"),
                 claim(3, 1, 2, 5, "All those responsible, up the chain of command, must be brought to justice"),
                 claim(4, 2, 2, 6, "All those responsible, up the chain of command, must be brought to justice"),
                 claim(5, 2, 3, 6, "Russia hits only military targets and denies war crimes"),
                 claim(6, 2, 4, 6, "At least 1,235 civilian bodies found in the Kyiv region")};
    in.links = {link(4, kRepeats, 3, 1), link(6, kCorroborates, 1, 2), link(5, kContradicts, 1, 3)};
    return in;
}

} // namespace

TEST(CorroborationRules, PavlyuksBodyCountIsNotCreditedToAmnestyNorContradictedByTheDenialOfAmnestysClaim)
{
    const AnalysisResult result = analyzeCorroboration(sampleCase());
    const ClaimAnalysis* bodies = result.find(ClaimId(6));
    ASSERT_NE(bodies, nullptr);
    EXPECT_EQ(bodies->independentSources, 1);
    EXPECT_EQ(names(bodies->origins), QStringList{QStringLiteral("Oleksandr Pavlyuk")});
    EXPECT_TRUE(bodies->corroboratedBy().isEmpty());
    EXPECT_TRUE(bodies->contradictedBy.isEmpty());
    EXPECT_TRUE(bodies->contradictingOrigins.isEmpty());
    EXPECT_EQ(values(bodies->corroborates), QList<qint64>{1});
    EXPECT_EQ(bodies->suggestedCredibility, 3);
    EXPECT_EQ(bodies->reason(),
              QStringLiteral("possibly true: a single source (Oleksandr Pavlyuk), not yet corroborated "
                             "\u2014 backs claim #1 (link #2), which adds no source to this one"));

    // What Pavlyuk backs gains him; the denial is Amnesty's claim's alone.
    const ClaimAnalysis* killings = result.find(ClaimId(1));
    ASSERT_NE(killings, nullptr);
    EXPECT_EQ(names(killings->origins),
              (QStringList{QStringLiteral("Amnesty International"), QStringLiteral("Oleksandr Pavlyuk")}));
    EXPECT_EQ(values(killings->corroboratedBy()), QList<qint64>{6});
    EXPECT_EQ(values(killings->contradictedBy), QList<qint64>{5});
    EXPECT_EQ(killings->reports.size(), 2);
    EXPECT_EQ(killings->suggestedCredibility, 2);

    // Amnesty's other claim, in the same report, has nothing to do with either link.
    const ClaimAnalysis* airstrikes = result.find(ClaimId(2));
    EXPECT_EQ(airstrikes->independentSources, 1);
    EXPECT_TRUE(airstrikes->contradictedBy.isEmpty());
}

TEST(CorroborationRules, ACorroboratesLinkBacksItsTargetOnly)
{
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International"), source(2, "Bellingcat")};
    in.claims = {claim(10, 1, 1, 0, "cluster munitions in Kharkiv"), claim(11, 2, 2, 0, "cluster bombs in Kharkiv")};
    in.links = {link(11, kCorroborates, 10)};
    AnalysisResult result = analyzeCorroboration(in);
    EXPECT_EQ(result.find(ClaimId(10))->independentSources, 2);
    EXPECT_EQ(values(result.find(ClaimId(10))->corroborators), QList<qint64>{11});
    EXPECT_EQ(result.find(ClaimId(11))->independentSources, 1);
    EXPECT_EQ(values(result.find(ClaimId(11))->corroborates), QList<qint64>{10});

    // Two independent reports of one fact back each other when the investigator links both ways.
    in.links.append(link(10, kCorroborates, 11));
    result = analyzeCorroboration(in);
    EXPECT_EQ(result.find(ClaimId(10))->independentSources, 2);
    EXPECT_EQ(result.find(ClaimId(11))->independentSources, 2);
    EXPECT_EQ(result.find(ClaimId(11))->suggestedCredibility, 1);
}

TEST(CorroborationRules, CorroborationCountsOneHopNotAChain)
{
    // C corroborates B, B corroborates A: A is backed by B, not by C.
    AnalysisInput in;
    in.sources = {source(1, "Alpha"), source(2, "Beta"), source(3, "Gamma")};
    in.claims = {claim(1, 1, 1, 0, "a"), claim(2, 2, 2, 0, "b"), claim(3, 3, 3, 0, "c")};
    in.links = {link(3, kCorroborates, 2), link(2, kCorroborates, 1)};
    const AnalysisResult result = analyzeCorroboration(in);
    EXPECT_EQ(names(result.find(ClaimId(1))->origins), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    EXPECT_EQ(values(result.find(ClaimId(1))->corroboratedBy()), QList<qint64>{2});
    EXPECT_EQ(names(result.find(ClaimId(2))->origins), (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    EXPECT_EQ(result.find(ClaimId(3))->independentSources, 1);
}

TEST(CorroborationRules, RepeatsAreOneStatementOnEitherEndOfACorroboration)
{
    // Amnesty's finding (1) is repeated by CBC (2) and, through CBC, by Fox (3): one statement. Bellingcat's claim
    // (4) corroborates Fox's copy; Le Monde (5) repeats Bellingcat's claim.
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International"), source(2, "CBC News"), source(3, "Fox News"),
                  source(4, "Bellingcat"), source(5, "Le Monde")};
    in.claims = {claim(1, 1, 1, 0, "x"), claim(2, 2, 0, 2, "x"), claim(3, 3, 0, 3, "x"), claim(4, 4, 4, 0, "y"),
                 claim(5, 5, 0, 5, "y")};
    in.links = {link(2, kRepeats, 1), link(3, kRepeats, 2), link(4, kCorroborates, 3), link(5, kRepeats, 4)};
    const AnalysisResult result = analyzeCorroboration(in);
    // Every copy of the statement, the original included, is backed by Bellingcat: 2 independent sources.
    for (qint64 id : {1, 2, 3}) {
        const ClaimAnalysis* a = result.find(ClaimId(id));
        EXPECT_EQ(names(a->origins),
                  (QStringList{QStringLiteral("Amnesty International"), QStringLiteral("Bellingcat")}))
            << id;
        EXPECT_EQ(values(a->sameStatement), (QList<qint64>{1, 2, 3})) << id;
        EXPECT_EQ(values(a->corroborators), QList<qint64>{4}) << id;
    }
    EXPECT_EQ(values(result.find(ClaimId(1))->corroboratedBy()), (QList<qint64>{2, 3, 4}));
    // The corroborating end counts with its own origin, which already follows what it repeats: Le Monde's copy of
    // Bellingcat's claim would add no source, and is not listed.
    EXPECT_FALSE(values(result.find(ClaimId(1))->component).contains(5));
    // Corroborating a statement does not make the corroborator's copies corroborated.
    EXPECT_EQ(result.find(ClaimId(5))->independentSources, 1);
    EXPECT_EQ(result.find(ClaimId(5))->origin.name, QStringLiteral("Bellingcat"));

    // A corroborator that repeats someone counts as that someone: Le Monde, repeating Bellingcat, corroborating a
    // claim of Fox, brings Bellingcat.
    AnalysisInput second = in;
    second.links = {link(5, kRepeats, 4), link(5, kCorroborates, 3)};
    EXPECT_EQ(names(analyzeCorroboration(second).find(ClaimId(3))->origins),
              (QStringList{QStringLiteral("Fox News"), QStringLiteral("Bellingcat")}));
}

TEST(CorroborationRules, UpdatesAndElaboratesNeitherCorroborateNorContradict)
{
    AnalysisInput in;
    in.sources = {source(1, "UN"), source(2, "UNHCR")};
    in.claims = {claim(1, 1, 1, 0, "more than 5.7 million refugees"),
                 claim(2, 2, 2, 0, "more than six million refugees"),
                 claim(3, 3, 2, 0, "most of them women and children")};
    in.links = {link(2, LinkType::Updates, 1), link(3, LinkType::Elaborates, 2)};
    const AnalysisResult result = analyzeCorroboration(in);
    for (qint64 id : {1, 2, 3}) {
        const ClaimAnalysis* a = result.find(ClaimId(id));
        EXPECT_EQ(a->independentSources, 1) << id;
        EXPECT_TRUE(a->corroboratedBy().isEmpty()) << id;
        EXPECT_TRUE(a->contradictedBy.isEmpty()) << id;
        EXPECT_TRUE(a->links.isEmpty()) << id;
    }
    ASSERT_EQ(result.conflicts.size(), 1); // the update's figures disagree: a conflict, not a contradiction
    EXPECT_EQ(result.conflicts.first().kind, ConflictKind::Figures);
}

TEST(CorroborationRules, ContradictionReachesTheStatementAndItsRepeatsButNotItsCorroborators)
{
    // The ministry denies Amnesty's claim (1); CBC repeats it (2); Pavlyuk corroborates it (3).
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International"), source(2, "Russian Ministry of Defence"),
                  source(3, "Oleksandr Pavlyuk"), source(4, "CBC News")};
    in.claims = {claim(1, 1, 1, 0, "war crimes"), claim(2, 2, 0, 4, "war crimes"), claim(3, 3, 3, 0, "bodies"),
                 claim(4, 4, 2, 0, "no war crimes")};
    in.links = {link(2, kRepeats, 1), link(3, kCorroborates, 1), link(1, kContradicts, 4)};
    const AnalysisResult result = analyzeCorroboration(in);
    EXPECT_EQ(values(result.find(ClaimId(1))->contradictedBy), QList<qint64>{4});
    EXPECT_EQ(values(result.find(ClaimId(2))->contradictedBy), QList<qint64>{4});
    EXPECT_TRUE(result.find(ClaimId(3))->contradictedBy.isEmpty());
    EXPECT_EQ(result.find(ClaimId(3))->suggestedCredibility, 3);
    // The denial is contradicted by the statement it denies, weighed with that statement's backing (Amnesty and
    // Pavlyuk), but not by anything Pavlyuk's claim is linked to.
    const ClaimAnalysis* denial = result.find(ClaimId(4));
    EXPECT_EQ(values(denial->contradictedBy), QList<qint64>{1});
    EXPECT_EQ(denial->contradictingSources, 2);
    EXPECT_EQ(denial->suggestedCredibility, 5);
}

TEST(CorroborationRules, ADenialByAnUnreliableSourceLowersTheGradeLessThanOneByAReliableSource)
{
    auto gradeAgainst = [](std::initializer_list<const char*> grades, int backers) {
        AnalysisInput in;
        in.claims = {claim(1, 1, 1, 0, "the claim")};
        in.sources = {source(1, "Amnesty International", 0, "B")};
        qint64 id = 100;
        for (int b = 0; b < backers; ++b, ++id) {
            in.sources.append(source(id, "a backer"));
            in.sources.last().name = QStringLiteral("Backer %1").arg(b);
            in.claims.append(claim(id, id, id, 0, "backing"));
            in.links.append(link(id, kCorroborates, 1));
        }
        for (const char* grade : grades) {
            in.sources.append(source(id, "", 0, grade));
            in.sources.last().name = QStringLiteral("Denier %1").arg(id);
            in.claims.append(claim(id, id, id, 0, "denial"));
            in.links.append(link(id, kContradicts, 1));
            ++id;
        }
        return analyzeCorroboration(in).find(ClaimId(1))->suggestedCredibility;
    };
    // A single source: denied by a B source it is doubtful; by an E source only possibly true.
    EXPECT_EQ(gradeAgainst({"B"}, 0), 4);
    EXPECT_EQ(gradeAgainst({"E"}, 0), 3);
    EXPECT_EQ(gradeAgainst({"D"}, 0), 3);
    EXPECT_EQ(gradeAgainst({"D", "D"}, 0), 4);      // two half-weights are one reliable source
    EXPECT_EQ(gradeAgainst({"B", "B"}, 0), 5);      // improbable
    EXPECT_EQ(gradeAgainst({"E", "E", "E"}, 0), 3); // three quarters
    EXPECT_EQ(gradeAgainst({"F"}, 0), 4);           // reliability that cannot be judged is not discounted
    EXPECT_EQ(gradeAgainst({""}, 0), 4);            // nor is a source nobody graded
    // Two independent sources: two B denials make it doubtful, two E denials leave it probably true; even one E
    // denial keeps it from "confirmed".
    EXPECT_EQ(gradeAgainst({"B", "B"}, 1), 4);
    EXPECT_EQ(gradeAgainst({"E", "E"}, 1), 2);
    EXPECT_EQ(gradeAgainst({"E"}, 1), 2);
    EXPECT_EQ(gradeAgainst({}, 1), 1);
    // Never lower for E than for B, whatever the backing.
    for (int backers = 0; backers < 4; ++backers) {
        EXPECT_GE(gradeAgainst({"B"}, backers), gradeAgainst({"E"}, backers)) << backers;
        EXPECT_GE(gradeAgainst({"B", "B"}, backers), gradeAgainst({"E", "E"}, backers)) << backers;
    }
}

TEST(CorroborationRules, AContradictionWeighsWithTheGradeOfItsOriginAndTheReasonSaysSo)
{
    // A spokesman (not graded) speaks for the ministry (E): the denial is the ministry's, and weighs a quarter.
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International", 0, "B"), source(2, "Russian Ministry of Defence", 0, "E"),
                  source(3, "Igor Konashenkov", 2)};
    in.claims = {claim(1, 1, 1, 0, "war crimes"), claim(2, 2, 3, 0, "no war crimes")};
    in.links = {link(2, kContradicts, 1, 7)};
    const AnalysisResult result = analyzeCorroboration(in); // find() points into it: keep it alive
    const ClaimAnalysis* a = result.find(ClaimId(1));
    EXPECT_EQ(a->contradictingSources, 1);
    EXPECT_DOUBLE_EQ(a->contradictingWeight, 0.25);
    EXPECT_EQ(a->suggestedCredibility, 3);
    EXPECT_EQ(a->reason(), QStringLiteral("possibly true: a single source (Amnesty International), disputed only by "
                                          "Russian Ministry of Defence (E), which weighs less than one reliable source "
                                          "\u2014 contradicted by claim #2 (link #7, Russian Ministry of Defence)"));
}

TEST(CorroborationRules, TheReasonNamesTheLinksItFollowedFromTheClaimsSide)
{
    // Amnesty's claim 1, repeated by CBC (2) and Fox (3, repeating CBC); the Kyiv Independent (12) corroborates
    // CBC's copy; the ministry (9) denies Amnesty's.
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International"), source(2, "CBC News"), source(3, "Fox News"),
                  source(4, "Kyiv Independent"), source(5, "Russian Ministry of Defence", 0, "E")};
    in.claims = {claim(1, 1, 1, 0, "x"), claim(2, 2, 0, 2, "x"), claim(3, 3, 0, 3, "x"), claim(12, 4, 4, 0, "y"),
                 claim(9, 5, 5, 0, "not x")};
    in.links = {link(2, kRepeats, 1, 5), link(3, kRepeats, 2, 6), link(12, kCorroborates, 2, 4),
                link(9, kContradicts, 1, 8)};
    const AnalysisResult result = analyzeCorroboration(in);
    const QString followed1 = QStringLiteral(
        "repeated by claim #2 (link #5); claim #3 repeats claim #2 (link #6); corroborated by claim #12 (link #4 to "
        "claim #2, Kyiv Independent); contradicted by claim #9 (link #8, Russian Ministry of Defence)");
    EXPECT_TRUE(result.find(ClaimId(1))->reason().endsWith(QStringLiteral(" \u2014 ") + followed1))
        << result.find(ClaimId(1))->reason().toStdString();
    const QString followed2 = QStringLiteral(
        "repeats claim #1 (link #5); repeated by claim #3 (link #6); corroborated by claim #12 (link #4, Kyiv "
        "Independent); contradicted by claim #9 (link #8 to claim #1, Russian Ministry of Defence)");
    EXPECT_TRUE(result.find(ClaimId(2))->reason().endsWith(QStringLiteral(" \u2014 ") + followed2))
        << result.find(ClaimId(2))->reason().toStdString();
    // The links as data, for the CLI and the dock.
    QList<qint64> ids;
    for (const FollowedLink& l : result.find(ClaimId(3))->links) {
        ids << l.id.value;
    }
    EXPECT_EQ(ids, (QList<qint64>{5, 6, 4, 8}));
    // A claim with no link says only the rule's sentence.
    in.claims.append(claim(20, 6, 1, 0, "alone"));
    EXPECT_EQ(analyzeCorroboration(in).find(ClaimId(20))->reason(),
              QStringLiteral("possibly true: a single source (Amnesty International), not yet corroborated"));
}

TEST(CorroborationRules, AReasonIsWrittenFromItsStatementsPartsAndComparedWithoutWritingIt)
{
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International"), source(2, "CBC News"), source(4, "Kyiv Independent")};
    in.claims = {claim(1, 1, 1, 0, "x"), claim(2, 2, 0, 2, "x"), claim(12, 4, 4, 0, "y")};
    in.links = {link(2, kRepeats, 1, 5), link(12, kCorroborates, 2, 4)};
    const AnalysisResult result = analyzeCorroboration(in);
    const ClaimAnalysis* one = result.find(ClaimId(1));
    const ClaimAnalysis* two = result.find(ClaimId(2));
    ASSERT_TRUE(one && two);
    EXPECT_EQ(one->reasonParts, two->reasonParts) << "one statement, one set of parts";
    EXPECT_TRUE(one->reason().endsWith(QStringLiteral(
        "repeated by claim #2 (link #5); corroborated by claim #12 (link #4 to claim #2, Kyiv Independent)")))
        << one->reason().toStdString();
    EXPECT_TRUE(two->reason().endsWith(
        QStringLiteral("repeats claim #1 (link #5); corroborated by claim #12 (link #4, Kyiv Independent)")))
        << two->reason().toStdString();

    // Analysed again: other parts, the same reasons.
    const AnalysisResult again = analyzeCorroboration(in);
    EXPECT_NE(again.find(ClaimId(1))->reasonParts, one->reasonParts);
    EXPECT_TRUE(again.find(ClaimId(1))->hasSameReasonAs(*one));
    // The corroborating source renamed: the grade and counts stay, the reason names it anew.
    in.sources[2].name = QStringLiteral("The Kyiv Independent");
    const AnalysisResult renamed = analyzeCorroboration(in);
    EXPECT_EQ(renamed.find(ClaimId(1))->suggestedCredibility, one->suggestedCredibility);
    EXPECT_FALSE(renamed.find(ClaimId(1))->hasSameReasonAs(*one));
    EXPECT_TRUE(renamed.find(ClaimId(1))->reason().endsWith(QStringLiteral("The Kyiv Independent)")));
    EXPECT_TRUE(ClaimAnalysis{}.reason().isEmpty()) << "no analysis, no reason";
}

TEST(CorroborationRules, AClaimOfAHugeStatementNamesAFewLinksAndSharesTheLists)
{
    // 20,000 outlets repeating one press release, each copy corroborating a claim of its own: every claim's reason
    // stays short and the statement's lists are shared, not copied per claim.
    AnalysisInput in;
    in.sources = {source(1, "Reuters")};
    constexpr int n = 20000;
    in.claims.append(claim(1, 1, 1, 0, "original"));
    for (int i = 2; i <= n; ++i) {
        in.claims.append(claim(i, i, 0, 0, "copy"));
        in.links.append(link(i, kRepeats, 1, i));
        in.claims.append(claim(n + i, n + i, 1, 0, "other"));
        in.links.append(link(i, kCorroborates, n + i, n + i));
    }
    const AnalysisResult result = analyzeCorroboration(in);
    const ClaimAnalysis* copy = result.find(ClaimId(n));
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->sameStatement.size(), n);
    EXPECT_EQ(copy->corroborates.size(), n - 1);
    EXPECT_LT(copy->reason().size(), 800) << copy->reason().toStdString();
    EXPECT_TRUE(copy->reason().contains(QStringLiteral("and 19996 more repeats links")))
        << copy->reason().toStdString();
    EXPECT_EQ(copy->sameStatement.constData(), result.find(ClaimId(1))->sameStatement.constData());
    // Each corroborated claim is backed by the one copy linked to it: Reuters, once.
    EXPECT_EQ(result.find(ClaimId(n + 2))->independentSources, 1);
    EXPECT_EQ(values(result.find(ClaimId(n + 2))->corroborators), QList<qint64>{2});
}

TEST(CorroborationRules, AClaimNobodyIsNamedForNeverCountsAsAnIndependentSource)
{
    // Pavlyuk's figure (1), and a fragment marked in a report that names no outlet, attributed to nobody (2),
    // linked as corroborating it: the fragment is no one, so the figure still rests on Pavlyuk alone.
    AnalysisInput in;
    in.sources = {source(1, "Oleksandr Pavlyuk")};
    in.claims = {claim(1, 1, 1, 0, "at least 1,235 civilian bodies"), claim(2, 2, 0, 0, "several ot")};
    in.links = {link(2, kCorroborates, 1)};
    const AnalysisResult result = analyzeCorroboration(in);
    const ClaimAnalysis* figure = result.find(ClaimId(1));
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure->origins.size(), 2); // both listed, the unknown one as such
    EXPECT_EQ(figure->independentSources, 1);
    EXPECT_EQ(figure->suggestedCredibility, 3) << figure->reason().toStdString();
    EXPECT_TRUE(figure->reason().startsWith(u"possibly true")) << figure->reason().toStdString();
    EXPECT_FALSE(figure->reason().contains(u"independent sources")) << figure->reason().toStdString();
    const ClaimAnalysis* fragment = result.find(ClaimId(2));
    EXPECT_EQ(fragment->independentSources, 0);
    EXPECT_EQ(fragment->suggestedCredibility, 6);
}
