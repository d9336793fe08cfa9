// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CredibilityRule.h"

#include <gtest/gtest.h>

using namespace corrob::analysis;

namespace {

Evidence evidence(QStringList origins, int reports, QStringList against, int contradicting = -1)
{
    Evidence e;
    e.independentSources = int(origins.size());
    e.reports = reports;
    e.knownOrigin = !origins.isEmpty();
    e.originNames = std::move(origins);
    e.contradictingSources = contradicting >= 0 ? contradicting : int(against.size());
    e.contradictingWeight = e.contradictingSources; // every contradicting source reliable unless a test says not
    e.contradictingNames = std::move(against);
    return e;
}

const QString amnesty = QStringLiteral("Amnesty International");
const QString bellingcat = QStringLiteral("Bellingcat");
const QString ohchr = QStringLiteral("OHCHR");
const QString mod = QStringLiteral("Russian Ministry of Defence");
const QString kremlin = QStringLiteral("Kremlin");

} // namespace

TEST(CredibilityRule, ThreeIndependentUncontradictedSourcesConfirm)
{
    const Credibility c = suggestCredibility(evidence({amnesty, bellingcat, ohchr}, 5, {}));
    EXPECT_EQ(c.grade, 1);
    EXPECT_EQ(c.reason, QStringLiteral("confirmed: corroborated by 3 independent sources (Amnesty International, "
                                       "Bellingcat and OHCHR), none contradicting"));
}

TEST(CredibilityRule, OneOriginInManyReportsIsOnlyPossiblyTrue)
{
    const Credibility c = suggestCredibility(evidence({amnesty}, 4, {}));
    EXPECT_EQ(c.grade, 3);
    EXPECT_EQ(c.reason, QStringLiteral("possibly true: reported in 4 reports but all from one origin (Amnesty "
                                       "International)"));
    EXPECT_EQ(suggestCredibility(evidence({amnesty}, 1, {})).reason,
              QStringLiteral("possibly true: a single source (Amnesty International), not yet corroborated"));
}

TEST(CredibilityRule, ContradictionLowersTheGradeByWeightOfIndependentSources)
{
    EXPECT_EQ(suggestCredibility(evidence({amnesty, bellingcat}, 2, {mod})).grade, 2);
    EXPECT_EQ(suggestCredibility(evidence({amnesty, bellingcat}, 2, {mod, kremlin})).grade, 4);
    const Credibility single = suggestCredibility(evidence({amnesty}, 3, {mod}));
    EXPECT_EQ(single.grade, 4);
    EXPECT_EQ(single.reason, QStringLiteral("doubtful: contradicted by Russian Ministry of Defence, against 1 "
                                            "independent source (Amnesty International)"));
    const Credibility improbable = suggestCredibility(evidence({amnesty}, 1, {mod, kremlin}));
    EXPECT_EQ(improbable.grade, 5);
    EXPECT_TRUE(improbable.reason.startsWith(QStringLiteral("improbable: contradicted by 2 independent sources "
                                                            "(Russian Ministry of Defence and Kremlin)")))
        << improbable.reason.toStdString();
    // Claims of its one origin may corroborate it, and the report lists them: the reason says "independent".
    EXPECT_TRUE(improbable.reason.endsWith(
        QStringLiteral("backed by no other independent source; its only origin is Amnesty International")))
        << improbable.reason.toStdString();
    // A single denial that is itself corroborated by two origins counts as two.
    EXPECT_EQ(suggestCredibility(evidence({amnesty}, 1, {mod}, 2)).grade, 5);
}

TEST(CredibilityRule, ContradictionsWeighByTheReliabilityGradeOfTheirSource)
{
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("A")), 1.0);
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("B")), 1.0);
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("C")), 1.0);
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("D")), 0.5);
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("e")), 0.25);
    EXPECT_DOUBLE_EQ(contradictionWeight(QStringLiteral("F")), 1.0);
    EXPECT_DOUBLE_EQ(contradictionWeight(QString()), 1.0);
}

TEST(CredibilityRule, OnlyLessReliableContradictionsKeepTheGradeAboveDoubtful)
{
    const QString modE = QStringLiteral("Russian Ministry of Defence (E)");
    Evidence single = evidence({amnesty}, 1, {modE});
    single.contradictingWeight = 0.25;
    const Credibility one = suggestCredibility(single);
    EXPECT_EQ(one.grade, 3);
    EXPECT_EQ(one.reason, QStringLiteral("possibly true: a single source (Amnesty International), disputed only by "
                                         "Russian Ministry of Defence (E), which weighs less than one reliable "
                                         "source"));
    Evidence two = evidence({amnesty, bellingcat}, 2, {modE, QStringLiteral("TASS (D)")});
    two.contradictingWeight = 0.75;
    EXPECT_EQ(suggestCredibility(two).grade, 2);
    EXPECT_TRUE(suggestCredibility(two).reason.contains(QStringLiteral("which together weigh less than one")));
    // A reliable source and an unreliable one: weighed, and the reason says by how much.
    Evidence mixed = evidence({amnesty}, 1, {mod, kremlin});
    mixed.contradictingWeight = 1.25;
    const Credibility doubtful = suggestCredibility(mixed);
    EXPECT_EQ(doubtful.grade, 4); // 2 sources would make it improbable; weighed, they are 1.25
    EXPECT_TRUE(doubtful.reason.contains(QStringLiteral("which weigh as much as 1.25 reliable sources")))
        << doubtful.reason.toStdString();
}

TEST(CredibilityRule, NoNamedOriginCannotBeJudged)
{
    Evidence e = evidence({QStringLiteral("unknown origin (report 3)")}, 1, {});
    e.knownOrigin = false;
    EXPECT_EQ(suggestCredibility(e).grade, 6);
}

TEST(CredibilityRule, NameListsStayShort)
{
    EXPECT_EQ(nameList({amnesty}), amnesty);
    EXPECT_EQ(nameList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                        QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")}),
              QStringLiteral("A, B, C, D, E and 2 more"));
}
