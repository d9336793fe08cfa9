// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SpeakerMatcher.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

SpeakerMatcher sampleSources()
{
    return SpeakerMatcher({
        {SourceId(1), QStringLiteral("Amnesty International"), {}},
        {SourceId(2), QStringLiteral("Agnès Callamard"), {}},
        {SourceId(3), QStringLiteral("Russian Ministry of Defence"), {QStringLiteral("Russia")}},
        {SourceId(4), QStringLiteral("Vladimir Putin"), {}},
        {SourceId(5), QStringLiteral("John Smith"), {}},
        {SourceId(6), QStringLiteral("Anna Smith"), {}},
    });
}

} // namespace

TEST(SpeakerMatcher, MatchesNamesAndAliasesIgnoringCaseAndDiacritics)
{
    const SpeakerMatcher m = sampleSources();
    EXPECT_EQ(m.match(QStringLiteral("AGNES CALLAMARD"), SpeakerKind::Person).source, SourceId(2));
    EXPECT_EQ(m.match(QStringLiteral("russia"), SpeakerKind::Unknown).source, SourceId(3));
}

TEST(SpeakerMatcher, MatchesASurnameAndTheShortFormOfAnOrganisation)
{
    const SpeakerMatcher m = sampleSources();
    EXPECT_EQ(m.match(QStringLiteral("Callamard"), SpeakerKind::Unknown).source, SourceId(2));
    EXPECT_EQ(m.match(QStringLiteral("Amnesty"), SpeakerKind::Unknown).source, SourceId(1));
    EXPECT_EQ(m.match(QStringLiteral("Russian President Vladimir Putin"), SpeakerKind::Person).source, SourceId(4));
}

TEST(SpeakerMatcher, ProposesANewNameWhenNoneOrSeveralSourcesFit)
{
    const SpeakerMatcher m = sampleSources();
    const SpeakerMatch rovera = m.match(QStringLiteral("Donatella  Rovera"), SpeakerKind::Person);
    EXPECT_FALSE(rovera.isExisting());
    EXPECT_EQ(rovera.name, QStringLiteral("Donatella Rovera"));
    EXPECT_EQ(rovera.kind, SpeakerKind::Person);
    // Two Smiths: a surname alone cannot say which.
    EXPECT_FALSE(m.match(QStringLiteral("Smith"), SpeakerKind::Unknown).isExisting());
    // A description never matches by part: "the international community" is not Amnesty International.
    EXPECT_FALSE(m.match(QStringLiteral("the international community"), SpeakerKind::Unknown).isExisting());
}
