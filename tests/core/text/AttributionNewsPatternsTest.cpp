// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who said what in patterns of wire copy that a tester's own articles found unread: an organisation named with its
// acronym in brackets, "WHO" as the World Health Organization, a person named after the place of their title, a cue
// ending the sentence before when it was said, and sources who are not named.
#include "core/text/AttributionExtractor.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

struct Found
{
    QString speaker = QStringLiteral("(none)");
    QString words; // what the attribution says was said
    bool anonymous = false;
};

// The attribution covering the first occurrence of words in text.
Found attributionOf(const QString& text, const QString& words)
{
    const qsizetype at = text.indexOf(words);
    EXPECT_GE(at, 0) << words.toStdString();
    const auto a = attributionAt(extractAttributions(text), at, at + words.size());
    if (!a) {
        return {};
    }
    return {a->speaker, text.mid(a->start, a->end - a->start), a->anonymous};
}

} // namespace

TEST(AttributionNewsPatterns, AnOrganisationNamedWithItsAcronymInBracketsSpeaks)
{
    const QString text = QStringLiteral("The World Food Programme (WFP) said the outbreak was over. "
                                        "Doctors Without Borders (MSF) said 27 bodies had been recovered.");
    EXPECT_EQ(attributionOf(text, QStringLiteral("the outbreak was over")).speaker,
              QStringLiteral("World Food Programme"));
    EXPECT_EQ(attributionOf(text, QStringLiteral("27 bodies")).speaker, QStringLiteral("Doctors Without Borders"));
}

TEST(AttributionNewsPatterns, WhoInCapitalsIsTheWorldHealthOrganizationNotAPronoun)
{
    const QString text = QStringLiteral("WHO said the case fatality rate had reached 3.3% in the province. "
                                        "Who said so first is unclear.");
    EXPECT_EQ(attributionOf(text, QStringLiteral("case fatality rate")).speaker, QStringLiteral("WHO"));
    EXPECT_EQ(attributionOf(text, QStringLiteral("so first is unclear")).speaker, QStringLiteral("(none)"));
}

TEST(AttributionNewsPatterns, APersonNamedAfterThePlaceOfTheirTitleIsTheSpeakerNotThePlace)
{
    const QString text = QStringLiteral("The mayor of Kupiansk, Andrii Besedin, said the bridge was destroyed. "
                                        "The master of the Aegean Star, Georgios Papadopoulos, said the crew was safe. "
                                        "Agnes Callamard, Amnesty's secretary general, said the evidence was clear.");
    EXPECT_EQ(attributionOf(text, QStringLiteral("the bridge was destroyed")).speaker,
              QStringLiteral("Andrii Besedin"));
    EXPECT_EQ(attributionOf(text, QStringLiteral("the crew was safe")).speaker,
              QStringLiteral("Georgios Papadopoulos"));
    // The name before an apposition that is a title stays the speaker.
    EXPECT_EQ(attributionOf(text, QStringLiteral("the evidence was clear")).speaker, QStringLiteral("Agnes Callamard"));
}

TEST(AttributionNewsPatterns, ACueEndingTheSentenceBeforeWhenItWasSaidAttributesWhatCameBefore)
{
    const QString text =
        QStringLiteral("The shelling killed three people, the Russian Defense Ministry said on Friday. "
                       "Turnout was 58.9%, the CEC said. "
                       "Talks will resume, the ministry said in a statement late on Tuesday.");
    const Found shelling = attributionOf(text, QStringLiteral("killed three people"));
    EXPECT_EQ(shelling.speaker, QStringLiteral("Russian Defense Ministry"));
    EXPECT_EQ(shelling.words, QStringLiteral("The shelling killed three people"));
    const Found turnout = attributionOf(text, QStringLiteral("Turnout was"));
    EXPECT_EQ(turnout.speaker, QStringLiteral("CEC"));
    EXPECT_EQ(turnout.words, QStringLiteral("Turnout was 58.9%"));
    EXPECT_EQ(attributionOf(text, QStringLiteral("Talks will resume")).words, QStringLiteral("Talks will resume"));
}

TEST(AttributionNewsPatterns, ASourceWhoIsNotNamedIsTheAnonymousPersonDescribed)
{
    const QString text = QStringLiteral(
        "A senior Ukrainian official who asked not to be named said the talks had stalled. "
        "An official at the governor's office, speaking on condition of anonymity, said 40 people were missing. "
        "A Western diplomat in Tbilisi, who asked not to be identified, said the vote was rigged.");
    const Found stalled = attributionOf(text, QStringLiteral("the talks had stalled"));
    EXPECT_EQ(stalled.speaker, QStringLiteral("A senior Ukrainian official"));
    EXPECT_TRUE(stalled.anonymous);
    const Found missing = attributionOf(text, QStringLiteral("40 people were missing"));
    EXPECT_EQ(missing.speaker, QStringLiteral("An official"));
    EXPECT_TRUE(missing.anonymous);
    const Found rigged = attributionOf(text, QStringLiteral("the vote was rigged"));
    EXPECT_EQ(rigged.speaker, QStringLiteral("A Western diplomat"));
    EXPECT_TRUE(rigged.anonymous);
}
