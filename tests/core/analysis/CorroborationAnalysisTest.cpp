// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CorroborationAnalysis.h"
#include "core/analysis/Analyzer.h"
#include "tests/core/analysis/AnalysisTestSupport.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>
#include <thread>
#include <tuple>

using namespace corrob;
using namespace corrob::analysis;
using namespace corrob::test;

namespace {

// The case of issue 4, built from the seed articles: Amnesty's Kyiv-region findings repeated by CBC, Fox News
// and Al Jazeera; cluster-munition use in Kharkiv reported by Amnesty (Rovera) and Bellingcat (Higgins);
// Russia's Ministry of Defence denying; UN refugee counts from March and May.
namespace ids {
constexpr qint64 amnesty = 1, callamard = 2, cbc = 3, fox = 4, aljazeera = 5, bellingcat = 6, higgins = 7,
                 russianMod = 8, rovera = 9, un = 10, unhcr = 11, pavlyuk = 12, elpais = 13;
constexpr qint64 amnestyReport = 10, cbcReport = 11, foxReport = 12, elpaisReport = 13, aljazeeraReport = 14,
                 tassReport = 15;
} // namespace ids

AnalysisInput issueFourCase(bool withDenials)
{
    using namespace ids;
    AnalysisInput in;
    in.sources = {source(amnesty, "Amnesty International"),
                  source(callamard, "Agnès Callamard", amnesty),
                  source(rovera, "Donatella Rovera", amnesty),
                  source(cbc, "CBC News"),
                  source(fox, "Fox News"),
                  source(aljazeera, "Al Jazeera"),
                  source(elpais, "El País"),
                  source(bellingcat, "Bellingcat"),
                  source(higgins, "Eliot Higgins", bellingcat),
                  source(russianMod, "Russian Ministry of Defence"),
                  source(un, "United Nations"),
                  source(unhcr, "UNHCR", un),
                  source(pavlyuk, "Oleksandr Pavlyuk")};
    in.claims = {
        // Amnesty's own report and three outlets repeating it.
        claim(100, amnestyReport, callamard, amnesty, "Russian forces committed war crimes around Kyiv", "2022-05-06"),
        claim(101, cbcReport, callamard, cbc, "Russian forces committed war crimes in the Kyiv region", "2022-05-06"),
        claim(102, foxReport, callamard, fox, "war crimes by Russian forces around Ukraine's capital", "2022-05-06"),
        claim(103, aljazeeraReport, amnesty, aljazeera, "wilful killings of civilians by Russian forces", "2022-06-13"),
        // Cluster munitions in Kharkiv: Amnesty and Bellingcat, independently.
        claim(200, aljazeeraReport, rovera, aljazeera, "repeated use of widely banned cluster munitions", "2022-06-13"),
        claim(201, elpaisReport, higgins, elpais, "cluster bombs in civilian areas of Kharkiv", "2022-03-02"),
        // Refugee counts, updated, and body counts, restated.
        claim(300, foxReport, un, fox, "there were more than 5.7 million refugees from the conflict", "2022-05-06"),
        claim(301, aljazeeraReport, unhcr, aljazeera, "More than six million refugees have fled Ukraine", "2022-06-13"),
        claim(400, foxReport, pavlyuk, fox, "at least 1,235 civilian bodies have been found in the region",
              "2022-05-06"),
        claim(401, cbcReport, pavlyuk, cbc, "more than 1,200 bodies were found around Kyiv", "2022-05-06"),
        // No attributed source: the outlet is the origin.
        claim(500, foxReport, 0, fox, "Russia did not take responsibility", "2022-05-06"),
    };
    in.links = {link(101, LinkType::Repeats, 100), link(102, LinkType::Repeats, 100),
                link(103, LinkType::Repeats, 101), link(201, LinkType::Corroborates, 200),
                link(301, LinkType::Updates, 300), link(401, LinkType::Corroborates, 400)};
    if (withDenials) {
        in.claims.append(
            claim(600, tassReport, russianMod, 0, "Russian forces do not strike civilian targets", "2022-03-01"));
        in.claims.append(claim(601, tassReport, russianMod, 0, "no cluster munitions were used", "2022-03-01"));
        in.links.append(link(600, LinkType::Contradicts, 100));
        in.links.append(link(601, LinkType::Contradicts, 200));
        in.links.append(link(200, LinkType::Contradicts, 601)); // the same contradiction recorded from both sides
    }
    return in;
}

} // namespace

TEST(CorroborationAnalysis, OutletsRepeatingAmnestyCountAsOneIndependentSource)
{
    const AnalysisResult result = analyzeCorroboration(issueFourCase(false));
    for (qint64 id : {100, 101, 102, 103}) {
        const ClaimAnalysis* a = result.find(ClaimId(id));
        ASSERT_NE(a, nullptr) << id;
        EXPECT_EQ(a->independentSources, 1) << id;
        EXPECT_EQ(names(a->origins), QStringList{QStringLiteral("Amnesty International")}) << id;
        EXPECT_EQ(a->reports.size(), 4) << id; // Amnesty's report, CBC, Fox News, Al Jazeera
        EXPECT_EQ(a->suggestedCredibility, 3) << id;
        EXPECT_TRUE(a->reason().contains(QStringLiteral("all from one origin (Amnesty International)")))
            << a->reason().toStdString();
    }
    EXPECT_EQ(values(result.find(ClaimId(101))->corroboratedBy()), (QList<qint64>{100, 102, 103}));
    EXPECT_EQ(result.find(ClaimId(101))->origin.name, QStringLiteral("Amnesty International"));
}

TEST(CorroborationAnalysis, AmnestyAndBellingcatAreTwoIndependentSourcesForClusterMunitions)
{
    const AnalysisResult result = analyzeCorroboration(issueFourCase(false));
    const ClaimAnalysis* rovera = result.find(ClaimId(200));
    ASSERT_NE(rovera, nullptr);
    EXPECT_EQ(rovera->independentSources, 2);
    EXPECT_EQ(names(rovera->origins),
              (QStringList{QStringLiteral("Amnesty International"), QStringLiteral("Bellingcat")}));
    EXPECT_EQ(values(rovera->corroboratedBy()), QList<qint64>{201});
    EXPECT_EQ(rovera->suggestedCredibility, 1);
    EXPECT_TRUE(rovera->reason().startsWith(QStringLiteral("confirmed: corroborated by 2 independent sources")))
        << rovera->reason().toStdString();
    EXPECT_TRUE(rovera->contradictedBy.isEmpty());
}

TEST(CorroborationAnalysis, MinistryOfDefenceDenialsLowerTheGradesAndAreListedAsConflicts)
{
    const AnalysisResult result = analyzeCorroboration(issueFourCase(true));

    // Amnesty alone against the ministry: doubtful.
    const ClaimAnalysis* warCrimes = result.find(ClaimId(102));
    ASSERT_NE(warCrimes, nullptr);
    EXPECT_EQ(values(warCrimes->contradictedBy), QList<qint64>{600});
    EXPECT_EQ(warCrimes->suggestedCredibility, 4);
    EXPECT_TRUE(warCrimes->reason().contains(QStringLiteral("contradicted by Russian Ministry of Defence")))
        << warCrimes->reason().toStdString();

    // Two independent sources against one: probably true, naming who contradicts. (Rovera's claim, which the
    // denial names and Higgins corroborates; Higgins's own claim is neither denied nor backed by Rovera's.)
    const ClaimAnalysis* cluster = result.find(ClaimId(200));
    ASSERT_NE(cluster, nullptr);
    EXPECT_EQ(values(cluster->contradictedBy), QList<qint64>{601});
    EXPECT_EQ(cluster->suggestedCredibility, 2);
    EXPECT_TRUE(cluster->reason().startsWith(QStringLiteral("probably true: corroborated by 2 independent sources "
                                                            "(Amnesty International and Bellingcat), contradicted by "
                                                            "Russian Ministry of Defence \u2014 ")))
        << cluster->reason().toStdString();
    EXPECT_TRUE(result.find(ClaimId(201))->contradictedBy.isEmpty());

    // The denials themselves are contradicted by the claims they deny.
    EXPECT_EQ(values(result.find(ClaimId(600))->contradictedBy), QList<qint64>{100});
    // Denying what two independent sources report, with nobody backing the denial: improbable.
    EXPECT_EQ(result.find(ClaimId(601))->suggestedCredibility, 5);

    // Each contradiction is listed once, even when recorded from both sides.
    QList<std::pair<qint64, qint64>> contradictions;
    for (const Conflict& c : result.conflicts) {
        if (c.kind == ConflictKind::Contradicts) {
            contradictions.append({c.a.value, c.b.value});
        }
    }
    EXPECT_EQ(contradictions, (QList<std::pair<qint64, qint64>>{{600, 100}, {601, 200}}));
    const auto first = std::find_if(result.conflicts.begin(), result.conflicts.end(),
                                    [](const Conflict& c) { return c.a == ClaimId(600); });
    ASSERT_NE(first, result.conflicts.end());
    EXPECT_EQ(conflictKindName(first->kind), QStringLiteral("contradicts"));
    EXPECT_EQ(first->detail,
              QStringLiteral("Russian Ministry of Defence (2022-03-01) vs Amnesty International (2022-05-06)"));
}

TEST(CorroborationAnalysis, RefugeeUpdateIsAFigureConflictButARoundedBodyCountIsNot)
{
    const AnalysisResult result = analyzeCorroboration(issueFourCase(false));
    QList<Conflict> figures;
    for (const Conflict& c : result.conflicts) {
        if (c.kind == ConflictKind::Figures) {
            figures.append(c);
        }
    }
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures.first().a, ClaimId(300)); // the older count first
    EXPECT_EQ(figures.first().b, ClaimId(301));
    EXPECT_EQ(conflictKindName(figures.first().kind), QStringLiteral("figures"));
    EXPECT_EQ(figures.first().detail, QStringLiteral("more than 5.7 million refugees (2022-05-06) vs More than six "
                                                     "million refugees (2022-06-13)"));
    // Restating one of several figures is no conflict, and a figure about something else is never compared.
    using namespace ids;
    AnalysisInput in = issueFourCase(false);
    in.claims.append(claim(800, cbcReport, pavlyuk, cbc, "three civilians were killed and 10 civilians injured", ""));
    in.claims.append(claim(801, foxReport, pavlyuk, fox, "three civilians were killed, up to 40 people", ""));
    in.links.append(link(801, LinkType::Corroborates, 800));
    qsizetype figureConflicts = 0;
    for (const Conflict& c : analyzeCorroboration(in).conflicts) {
        figureConflicts += c.kind == ConflictKind::Figures ? 1 : 0;
    }
    EXPECT_EQ(figureConflicts, 1); // still only the refugee counts

    // An update is not corroboration: the two counts are separate claims.
    EXPECT_EQ(result.find(ClaimId(301))->independentSources, 1);
    EXPECT_EQ(result.find(ClaimId(401))->independentSources, 1); // both from the governor
}

TEST(CorroborationAnalysis, ClaimWithoutSourceHasItsOutletAsOriginAndWithNeitherCannotBeJudged)
{
    AnalysisInput in = issueFourCase(false);
    in.claims.append(claim(700, 99, 0, 0, "a claim nobody is named for", ""));
    in.claims.append(claim(701, 98, 0, 0, "another anonymous claim", ""));
    in.links.append(link(701, LinkType::Corroborates, 700));
    const AnalysisResult result = analyzeCorroboration(in);

    const ClaimAnalysis* fox = result.find(ClaimId(500));
    ASSERT_NE(fox, nullptr);
    EXPECT_EQ(fox->origin.name, QStringLiteral("Fox News"));
    EXPECT_EQ(fox->suggestedCredibility, 3);
    EXPECT_EQ(fox->reason(), QStringLiteral("possibly true: a single source (Fox News), not yet corroborated"));

    // Each report without any source is its own unknown origin: listed, but no one, so it counts as no source.
    const ClaimAnalysis* anonymous = result.find(ClaimId(700));
    ASSERT_NE(anonymous, nullptr);
    EXPECT_FALSE(anonymous->origin.isKnown());
    EXPECT_EQ(anonymous->origin.name, QStringLiteral("unknown origin (report 99)"));
    EXPECT_EQ(anonymous->origins.size(), 2);
    EXPECT_EQ(anonymous->independentSources, 0);
    EXPECT_EQ(anonymous->suggestedCredibility, 6);
    EXPECT_TRUE(anonymous->reason().startsWith(QStringLiteral("cannot be judged")));
}

TEST(CorroborationAnalysis, AffiliationAndRepeatCyclesEndAndAgreeOnOneOrigin)
{
    AnalysisInput in;
    // A speaks for B, B for C, C for A; D repeats E repeats F repeats D.
    in.sources = {source(5, "Alpha", 6), source(6, "Beta", 7), source(7, "Gamma", 5), source(8, "Delta", 8)};
    in.claims = {claim(1, 1, 5, 0, "x", ""), claim(2, 2, 6, 0, "x", ""),  claim(3, 3, 7, 0, "x", ""),
                 claim(4, 4, 8, 0, "y", ""), claim(10, 5, 0, 0, "z", ""), claim(11, 6, 0, 0, "z", ""),
                 claim(12, 7, 0, 0, "z", "")};
    in.links = {link(1, LinkType::Corroborates, 2), link(2, LinkType::Corroborates, 3), link(10, LinkType::Repeats, 11),
                link(11, LinkType::Repeats, 12), link(12, LinkType::Repeats, 10)};
    const AnalysisResult result = analyzeCorroboration(in);
    ASSERT_EQ(result.claims.size(), 7);
    // The affiliation cycle resolves to its member with the smallest id, from every starting point.
    for (qint64 id : {1, 2, 3}) {
        EXPECT_EQ(result.find(ClaimId(id))->origin.name, QStringLiteral("Alpha")) << id;
        EXPECT_EQ(result.find(ClaimId(id))->independentSources, 1) << id;
    }
    EXPECT_EQ(result.find(ClaimId(4))->origin.name, QStringLiteral("Delta")); // affiliated to itself
    // The repeats cycle is one component with one origin (an unknown one: no named source).
    EXPECT_EQ(result.find(ClaimId(11))->origins.size(), 1);
    EXPECT_EQ(result.find(ClaimId(11))->independentSources, 0);
    EXPECT_EQ(result.find(ClaimId(11))->component.size(), 3);
    EXPECT_EQ(result.find(ClaimId(12))->origin, result.find(ClaimId(10))->origin);
}

TEST(CorroborationAnalysis, LongRepeatChainsResolveWithoutRecursion)
{
    AnalysisInput in;
    in.sources = {source(1, "Reuters")};
    constexpr int n = 20000;
    in.claims.append(claim(1, 1, 1, 0, "original", ""));
    for (int i = 2; i <= n; ++i) {
        in.claims.append(claim(i, i, 0, 0, "copy", ""));
        in.links.append(link(i, LinkType::Repeats, i - 1));
    }
    const AnalysisResult result = analyzeCorroboration(in);
    const ClaimAnalysis* last = result.find(ClaimId(n));
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(last->origin.name, QStringLiteral("Reuters"));
    EXPECT_EQ(last->independentSources, 1);
    EXPECT_EQ(last->reports.size(), n);
    EXPECT_EQ(last->suggestedCredibility, 3);
    EXPECT_TRUE(last->reason().contains(QStringLiteral("20000 reports")));
}

TEST(CorroborationAnalysis, SkipsLinksToUnknownClaimsAndSelfLinksNamingThem)
{
    AnalysisInput in;
    in.sources = {source(1, "Amnesty International")};
    in.claims = {claim(1, 1, 1, 0, "x", ""), claim(1, 2, 1, 0, "duplicate", "")};
    in.links = {link(1, LinkType::Corroborates, 42), link(1, LinkType::Contradicts, 1)};
    const AnalysisResult result = analyzeCorroboration(in);
    ASSERT_EQ(result.claims.size(), 1);
    EXPECT_EQ(result.claims.first().independentSources, 1);
    EXPECT_TRUE(result.claims.first().contradictedBy.isEmpty());
    EXPECT_TRUE(result.conflicts.isEmpty());
    ASSERT_EQ(result.issues.size(), 3) << result.issues.join(u'\n').toStdString();
    EXPECT_TRUE(result.issues.at(0).contains(QStringLiteral("claim 1 appears twice")));
    EXPECT_TRUE(result.issues.at(1).contains(QStringLiteral("claim 42 is not in the input")));
    EXPECT_TRUE(result.issues.at(2).contains(QStringLiteral("to itself")));
}

TEST(LinkType, NamesRoundTripTheCliWords)
{
    for (const char* word : {"corroborates", "contradicts", "repeats", "updates", "elaborates"}) {
        const auto type = linkTypeFromName(QString::fromLatin1(word));
        ASSERT_TRUE(type) << word;
        EXPECT_EQ(linkTypeName(*type), QString::fromLatin1(word));
    }
    EXPECT_FALSE(linkTypeFromName(QStringLiteral("supports")));
}

// A large analysis compares figures on two threads (from 2,000 compared claims): every disagreeing pair is found,
// once however many links join it, in link order among the contradictions, as in a small one.
TEST(CorroborationAnalysis, FindsEveryFigureConflictInALargeCase)
{
    for (const int pairs : {10, 3000}) {
        AnalysisInput in;
        in.sources.append(source(1, "Kyiv Independent"));
        in.sources.append(source(2, "Reuters"));
        QList<std::tuple<ConflictKind, qint64, qint64>> expected;
        for (int p = 0; p < pairs; ++p) {
            const qint64 a = 2 * p + 1;
            const qint64 b = 2 * p + 2;
            const int killed = 1001 + 2 * (p % 400); // odd: no round number to read as "about"
            const int stated = p % 3 == 0 ? killed + 52 : killed;
            in.claims.append(
                claim(a, 1, 1, 0, qPrintable(QStringLiteral("%1 civilians were killed").arg(killed)), "2022-03-01"));
            in.claims.append(
                claim(b, 2, 2, 0, qPrintable(QStringLiteral("%1 civilians were killed").arg(stated)), "2022-03-02"));
            in.links.append(link(b, LinkType::Corroborates, a, 2 * p + 1));
            if (stated != killed) {
                expected.append({ConflictKind::Figures, a, b}); // the older report's count first
            }
            if (p % 4 == 0) {
                in.links.append(link(a, LinkType::Contradicts, b, 2 * p + 2));
                expected.append({ConflictKind::Contradicts, a, b});
            }
            if (p % 7 == 0) {
                in.links.append(link(a, LinkType::Updates, b, 100000 + p)); // the same two claims: compared once
            }
        }
        QList<std::tuple<ConflictKind, qint64, qint64>> found;
        for (const Conflict& c : analyzeCorroboration(in).conflicts) {
            found.append({c.kind, c.a.value, c.b.value});
        }
        EXPECT_EQ(found, expected) << pairs << " pairs";
    }
}

// A failure while parsing a claim's figures, on whichever of the two threads parses it, fails the analysis (the caller
// gets the exception) and leaves neither thread waiting for the other: the first claim parsed, one in the middle, the
// last.
TEST(CorroborationAnalysis, AFailureParsingFiguresOnEitherThreadFailsTheAnalysisAndHangsNeither)
{
    AnalysisInput in;
    in.sources.append(source(1, "Kyiv Independent"));
    in.sources.append(source(2, "Reuters"));
    const int pairs = 3000;
    for (int p = 0; p < pairs; ++p) {
        const int killed = 1001 + 2 * (p % 400); // odd: no round number to read as "about"
        in.claims.append(claim(2 * p + 1, 1, 1, 0, qPrintable(QStringLiteral("%1 civilians were killed").arg(killed)),
                               "2022-03-01"));
        in.claims.append(claim(2 * p + 2, 2, 2, 0,
                               qPrintable(QStringLiteral("%1 civilians were killed").arg(killed + 52)), "2022-03-02"));
        in.links.append(link(2 * p + 2, LinkType::Corroborates, 2 * p + 1, p + 1));
    }
    static std::atomic<int> failAt{-1};
    // Parsing is slowed, so that the thread that works out the rest joins in while chunks are still to be taken.
    detail::setFigureParseHookForTests([](int claim) {
        if (claim == failAt.load()) {
            throw std::runtime_error("injected");
        }
        std::this_thread::sleep_for(std::chrono::microseconds(20));
    });
    for (const int at : {0, pairs, 2 * pairs - 1}) {
        failAt = at;
        auto outcome = std::make_shared<std::promise<bool>>();
        std::future<bool> failed = outcome->get_future();
        // On a thread of its own, so that a hang fails the test instead of stopping the run.
        std::thread([outcome, in] {
            try {
                (void)analyzeCorroboration(in);
                outcome->set_value(false);
            } catch (const std::runtime_error&) {
                outcome->set_value(true);
            }
        }).detach();
        ASSERT_EQ(failed.wait_for(std::chrono::seconds(60)), std::future_status::ready)
            << "the analysis hangs when claim " << at << " fails";
        EXPECT_TRUE(failed.get()) << "the failure at claim " << at << " reaches the caller";
    }
    detail::setFigureParseHookForTests(nullptr);
    EXPECT_EQ(analyzeCorroboration(in).conflicts.size(), pairs) << "and the analysis runs again";
}
