// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AttributionExtractor.h"
#include "tests/core/text/SeedText.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <optional>

using namespace corrob;
using namespace corrob::text;

namespace {

// The attribution of the first occurrence of words in text.
std::optional<Attribution> attributionOf(const QString& text, const QString& words)
{
    const qsizetype at = text.indexOf(words);
    EXPECT_GE(at, 0) << words.toStdString();
    if (at < 0) {
        return std::nullopt;
    }
    return attributionAt(extractAttributions(text), at, at + words.size());
}

QString speakerOf(const QString& text, const QString& words)
{
    const auto a = attributionOf(text, words);
    return a ? a->speaker : QStringLiteral("(none)");
}

} // namespace

TEST(AttributionExtractor, AttributesAQuoteFollowedBySurnameSaidToTheFullNameUsedEarlier)
{
    const QString cbc = test::seedText(QStringLiteral("000"));
    ASSERT_FALSE(cbc.isEmpty());
    const QString quote = QStringLiteral("It is vital that all those responsible, including at the top of the chain of "
                                         "command, are brought to justice,");
    const auto a = attributionOf(cbc, quote);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->speaker, QStringLiteral("Agnès Callamard"));
    EXPECT_EQ(a->cue, QStringLiteral("said"));
    EXPECT_EQ(a->via, Attribution::Via::Name);
    EXPECT_EQ(cbc.mid(a->start, a->end - a->start), quote); // the quoted words, without the marks
    EXPECT_EQ(cbc.mid(a->speakerStart, a->speakerEnd - a->speakerStart), QStringLiteral("Callamard"));
}

TEST(AttributionExtractor, ReadsSaidBeforeTheNameAndDropsTheTitleAfterIt)
{
    const QString cbc = test::seedText(QStringLiteral("000"));
    const auto a = attributionOf(cbc, QStringLiteral("What Amnesty has done is interview survivors"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->speaker, QStringLiteral("Agnès Callamard"));
    EXPECT_EQ(a->kind, SpeakerKind::Person);

    const QString aljazeera = test::seedText(QStringLiteral("004"));
    EXPECT_EQ(speakerOf(aljazeera, QStringLiteral("The people of Kharkiv have faced a relentless barrage")),
              QStringLiteral("Donatella Rovera"));
    // "…," Rovera added: the surname alone, expanded.
    EXPECT_EQ(speakerOf(aljazeera, QStringLiteral("The repeated use of widely banned cluster munitions is shocking")),
              QStringLiteral("Donatella Rovera"));
}

TEST(AttributionExtractor, ResolvesSheToTheSpeakerOfThePreviousParagraph)
{
    const QString cbc = test::seedText(QStringLiteral("000"));
    const auto a = attributionOf(cbc, QStringLiteral("In other words, we know that the crimes committed"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->speaker, QStringLiteral("Agnès Callamard"));
    EXPECT_EQ(a->via, Attribution::Via::Pronoun);
    EXPECT_EQ(a->cue, QStringLiteral("told"));
    EXPECT_EQ(cbc.mid(a->speakerStart, a->speakerEnd - a->speakerStart), QStringLiteral("she"));
}

TEST(AttributionExtractor, CarriesAQuoteAcrossSentencesToTheSpeakerOfItsFirstPart)
{
    const QString fox = test::seedText(QStringLiteral("001"));
    // "…," Agnes Callamard, Amnesty International's Secretary General, said in a Friday statement. "It is vital…"
    const auto first = attributionOf(fox, QStringLiteral("The pattern of crimes committed by Russian forces"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->speaker, QStringLiteral("Agnes Callamard"));
    const auto continued = attributionOf(fox, QStringLiteral("It is vital that all those responsible, including up"));
    ASSERT_TRUE(continued);
    EXPECT_EQ(continued->speaker, QStringLiteral("Agnes Callamard"));
    EXPECT_EQ(continued->via, Attribution::Via::ContinuedQuote);
}

TEST(AttributionExtractor, FindsSaidThatAccordingToAndTheGroupInTheSeeds)
{
    const QString fox = test::seedText(QStringLiteral("001"));
    EXPECT_EQ(speakerOf(fox, QStringLiteral("at least 1,235 civilian bodies have been found")),
              QStringLiteral("Oleksandr Pavlyuk"));
    EXPECT_EQ(speakerOf(fox, QStringLiteral("Ukraine is preparing war crimes charges")), QStringLiteral("Reuters"));

    const QString elpais = test::seedText(QStringLiteral("003"));
    EXPECT_EQ(speakerOf(elpais, QStringLiteral("Three civilians were killed, including a child")),
              QStringLiteral("Amnesty International"));

    const QString aljazeera = test::seedText(QStringLiteral("004"));
    const auto group = attributionOf(aljazeera, QStringLiteral("The repeated bombardments of residential"));
    ASSERT_TRUE(group);
    EXPECT_EQ(group->speaker, QStringLiteral("Amnesty International"));
    EXPECT_EQ(group->via, Attribution::Via::Pronoun);
}

TEST(AttributionExtractor, ResolvesTitlesAppositionsAndToldTo)
{
    const QString text = QStringLiteral(
        "Russian President Vladimir Putin told reporters the operation was going to plan.\n"
        "\u201CWe are appalled,\u201D said Volker T\u00FCrk, the U.N. High Commissioner for Human Rights.\n"
        "Ukraine\u2019s foreign minister, Dmytro Kuleba, said the strikes were deliberate.\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("the operation was going to plan")), QStringLiteral("Vladimir Putin"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("We are appalled")), QStringLiteral("Volker T\u00FCrk"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("the strikes were deliberate")), QStringLiteral("Dmytro Kuleba"));
}

TEST(AttributionExtractor, FindsNothingInTextWithoutReportedSpeech)
{
    const QString text =
        QStringLiteral("The bridge was destroyed on Tuesday. Residents fled to the west of the city.\n"
                       "The claims were examined by investigators, and reports of shelling continued.\n"
                       "He said nothing.\n"); // a pronoun with no one named before it
    EXPECT_TRUE(extractAttributions(text).empty());
}

TEST(AttributionExtractor, IgnoresCuesInsideQuotesAndGivesOffsetsInUtf16Units)
{
    // An emoji (two UTF-16 units) before the quote shifts every offset by two.
    const QString text = QStringLiteral("\U0001F3A7 \u201CThey said it was safe,\u201D Roos Boer said.");
    const auto found = extractAttributions(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].speaker, QStringLiteral("Roos Boer"));
    EXPECT_EQ(found[0].start, 4);
    EXPECT_EQ(text.mid(found[0].speakerStart, found[0].speakerEnd - found[0].speakerStart),
              QStringLiteral("Roos Boer"));
}

TEST(AttributionExtractor, ResolvesTheGovernorToThePersonNamedWithThatTitleAndKeepsMrOutOfTheName)
{
    const QString text = QStringLiteral(
        "Gov. Mike Pence signed the bill on Thursday.\n"
        "Protesters gathered outside the statehouse.\n"
        "\u201CI support religious liberty, and I support this law,\u201D the governor said.\n"
        "\u201CThe American people are with me with this,\u201D Mr. Obama said. \u201CAnd it\u2019s time for folks "
        "to roll up their sleeves.\u201D\n");
    const auto governor = attributionOf(text, QStringLiteral("I support religious liberty"));
    ASSERT_TRUE(governor);
    EXPECT_EQ(governor->speaker, QStringLiteral("Mike Pence"));
    EXPECT_EQ(governor->via, Attribution::Via::Pronoun);
    EXPECT_EQ(speakerOf(text, QStringLiteral("The American people are with me")), QStringLiteral("Obama"));
    const auto continued = attributionOf(text, QStringLiteral("roll up their sleeves"));
    ASSERT_TRUE(continued);
    EXPECT_EQ(continued->speaker, QStringLiteral("Obama"));
    EXPECT_EQ(continued->via, Attribution::Via::ContinuedQuote);
}

TEST(AttributionExtractor, KeepsEveryRangeInsideTheTextOnScrambledInput)
{
    // Unbalanced quotes, cues without speakers, lone marks, surrogate pairs and combining marks, in a fixed
    // pseudo-random order (a linear congruential generator, so the test is the same on every run).
    const QStringList pieces = {QStringLiteral("said"),
                                QStringLiteral("\u201C"),
                                QStringLiteral("\u201D"),
                                QStringLiteral("\""),
                                QStringLiteral(","),
                                QStringLiteral("."),
                                QStringLiteral("\n"),
                                QStringLiteral("Mr."),
                                QStringLiteral("U.N."),
                                QStringLiteral("according to"),
                                QStringLiteral("she"),
                                QStringLiteral("the group"),
                                QStringLiteral("Agn\u00E8s Callamard"),
                                QStringLiteral("\U0001F3A7"),
                                QStringLiteral("e\u0301"),
                                QStringLiteral("told"),
                                QStringLiteral("\u2026"),
                                QStringLiteral("(")};
    quint32 state = 12345;
    QString text;
    for (int i = 0; i < 20000; ++i) {
        state = state * 1103515245u + 12345u;
        text += pieces.at(static_cast<qsizetype>((state >> 16) % static_cast<quint32>(pieces.size())));
        text += (state & 1) ? QStringLiteral(" ") : QString();
    }
    qsizetype previousEnd = 0;
    for (const Sentence& s : splitSentences(text)) {
        EXPECT_LE(previousEnd, s.start);
        EXPECT_LT(s.start, s.end);
        previousEnd = s.end;
    }
    EXPECT_LE(previousEnd, text.size());
    const auto found = extractAttributions(text);
    EXPECT_FALSE(found.empty());
    for (const Attribution& a : found) {
        EXPECT_FALSE(a.speaker.isEmpty());
        EXPECT_LE(0, a.scopeStart);
        EXPECT_LE(a.scopeStart, a.start);
        EXPECT_LE(a.start, a.end);
        EXPECT_LE(a.end, a.scopeEnd);
        EXPECT_LE(a.scopeEnd, text.size());
        EXPECT_LE(0, a.speakerStart);
        EXPECT_LT(a.speakerStart, a.speakerEnd);
        EXPECT_LE(a.speakerEnd, text.size());
    }
}
