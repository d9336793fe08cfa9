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

TEST(AttributionExtractor, APersonDescribedByTheirPlaceIsTheSpeakerNotThePlace)
{
    const QString text = QStringLiteral("A resident of Saltivka told me that the shelling began at dawn.\n\n"
                                        "\u201cWe counted at least 14 bodies in the courtyard,\u201d she said.\n\n"
                                        "A survivor from Bucha said the soldiers came at night.\n");
    const auto told = attributionOf(text, QStringLiteral("the shelling began at dawn"));
    ASSERT_TRUE(told);
    EXPECT_EQ(told->speaker, QStringLiteral("A resident of Saltivka"));
    EXPECT_TRUE(told->anonymous);
    // "she" is that resident, the latest speaker, not the place.
    const auto counted = attributionOf(text, QStringLiteral("We counted at least 14 bodies"));
    ASSERT_TRUE(counted);
    EXPECT_EQ(counted->speaker, QStringLiteral("A resident of Saltivka"));
    EXPECT_EQ(counted->via, Attribution::Via::Pronoun);
    // An investigator's notes open with their heading: "notes" there is a noun, nobody speaks.
    const QString notes = QStringLiteral("Interview notes, Kharkiv, 12 May 2022\n\n") + text;
    for (const Attribution& a : extractAttributions(notes)) {
        EXPECT_NE(a.speaker, QStringLiteral("Interview")) << a.cue.toStdString();
    }
    const auto again = attributionOf(notes, QStringLiteral("We counted at least 14 bodies"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->speaker, QStringLiteral("A resident of Saltivka"));
    const auto came = attributionOf(text, QStringLiteral("the soldiers came at night"));
    ASSERT_TRUE(came);
    EXPECT_EQ(came->speaker, QStringLiteral("A survivor from Bucha"));
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

TEST(AttributionExtractor, ReadsTheCommonPatternsOfAttribution)
{
    struct Case
    {
        const char* text;
        const char* words;
        const char* speaker;
        const char* cue;
    };
    const Case cases[] = {
        {"The strikes were deliberate, Maria Lopez said.", "The strikes were deliberate", "Maria Lopez", "said"},
        {"Omar Haddad said the strikes were deliberate.", "the strikes were deliberate", "Omar Haddad", "said"},
        {"\u201cWe saw the tanks,\u201d said Omar Haddad, a farmer.", "We saw the tanks,", "Omar Haddad", "said"},
        {"The convoy was hit twice, according to Human Rights Watch.", "The convoy was hit twice", "Human Rights Watch",
         "according to"},
        {"According to Human Rights Watch, the convoy was hit twice.", "the convoy was hit twice", "Human Rights Watch",
         "according to"},
        {"Omar Haddad told Reuters the convoy was hit twice.", "the convoy was hit twice", "Omar Haddad", "told"},
        {"Senator Jane Roe called the plan \u201ca betrayal of voters\u201d on Tuesday.", "a betrayal of voters",
         "Jane Roe", "called"},
        {"Jane Roe called it \"a betrayal\".", "a betrayal", "Jane Roe", "called"},
        {"Jane Roe tweeted that the plan was \u201cdead on arrival.\u201d", "dead on arrival.", "Jane Roe", "tweeted"},
        {"Sam Patel, who said the vote was \u201crigged,\u201d left early.", "rigged,", "Sam Patel", "said"},
        {"The rights group, which reported 40 deaths, was ignored. Amnesty International, which reported the "
         "deaths, was ignored.",
         "the deaths", "Amnesty International", "reported"},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf8(c.text);
        const auto a = attributionOf(text, QString::fromUtf8(c.words));
        ASSERT_TRUE(a) << c.text;
        EXPECT_EQ(a->speaker, QString::fromUtf8(c.speaker)) << c.text;
        EXPECT_EQ(a->cue, QString::fromUtf8(c.cue)) << c.text;
        // The attributed words overlap the words asked about.
        const qsizetype at = text.indexOf(QString::fromUtf8(c.words));
        EXPECT_TRUE(a->start < at + qsizetype(strlen(c.words)) && at < a->end) << c.text;
    }
}

TEST(AttributionExtractor, KeepsTheChainFromTheAssertingSourceToTheObserver)
{
    const QString text = QStringLiteral("Fox reports that Amnesty International said that residents saw soldiers "
                                        "fire on cars.");
    const auto a = attributionOf(text, QStringLiteral("residents saw soldiers"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->speaker, QStringLiteral("Amnesty International"));
    EXPECT_EQ(a->chain, (QStringList{QStringLiteral("Fox"), QStringLiteral("Amnesty International")}));
    EXPECT_EQ(a->observer, QStringLiteral("residents"));
    EXPECT_EQ(text.mid(a->start, a->end - a->start), QStringLiteral("residents saw soldiers fire on cars."));

    // One level: the chain is the speaker; witnesses who heard it are the observers.
    const QString one = QStringLiteral("The mayor said that two witnesses heard the shots.");
    const auto b = attributionOf(one, QStringLiteral("heard the shots"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->chain, QStringList{QStringLiteral("The mayor")});
    EXPECT_EQ(b->observer, QStringLiteral("two witnesses"));
}

TEST(AttributionExtractor, MarksGroupAndAnonymousSpeakers)
{
    const QString text = QStringLiteral("Democratic lawmakers said the bill \u201cwould gut the program.\u201d\n"
                                        "\u201cWe will not back down,\u201d Ukrainian officials told reporters.\n"
                                        "Prosecutors opened 40 probes, according to one Western official.\n"
                                        "\u201cIt is a disgrace,\u201d a senior U.S. official said.\n"
                                        "\u201cThe talks failed,\u201d Jane Roe said.\n");
    const auto lawmakers = attributionOf(text, QStringLiteral("would gut the program."));
    ASSERT_TRUE(lawmakers);
    EXPECT_EQ(lawmakers->speaker, QStringLiteral("Democratic lawmakers"));
    EXPECT_TRUE(lawmakers->group);
    const auto officials = attributionOf(text, QStringLiteral("We will not back down,"));
    ASSERT_TRUE(officials);
    EXPECT_EQ(officials->speaker, QStringLiteral("Ukrainian officials"));
    EXPECT_TRUE(officials->group);

    const auto western = attributionOf(text, QStringLiteral("Prosecutors opened 40 probes"));
    ASSERT_TRUE(western);
    EXPECT_EQ(western->speaker, QStringLiteral("one Western official"));
    EXPECT_TRUE(western->anonymous);
    EXPECT_FALSE(western->group);
    const auto senior = attributionOf(text, QStringLiteral("It is a disgrace,"));
    ASSERT_TRUE(senior);
    EXPECT_EQ(senior->speaker, QStringLiteral("a senior U.S. official"));
    EXPECT_TRUE(senior->anonymous);

    const auto named = attributionOf(text, QStringLiteral("The talks failed,"));
    ASSERT_TRUE(named);
    EXPECT_FALSE(named->anonymous);
    EXPECT_FALSE(named->group);
}

TEST(AttributionExtractor, ResolvesHeAndSheByTheGenderOfTheGivenName)
{
    const QString text =
        QStringLiteral("\u201cThe border is closed,\u201d John Kerry said.\n"
                       "Kerry met Angela Merkel in Berlin. She said the talks were \u201cvery productive.\u201d\n"
                       "He said the next round would be \u201cin May.\u201d\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("very productive.")), QStringLiteral("Angela Merkel"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("in May.")), QStringLiteral("John Kerry"));
    // A title tells too.
    const QString titled = QStringLiteral("\u201cNo,\u201d Pat Smith said. Mrs. Lee Chan arrived later.\n"
                                          "She said it was \u201ctoo late to act.\u201d\n");
    EXPECT_EQ(speakerOf(titled, QStringLiteral("too late to act.")), QStringLiteral("Lee Chan"));
}

TEST(AttributionExtractor, ContinuesAQuoteAcrossParagraphsWhenItsFirstPartWasAttributed)
{
    const QString text = QStringLiteral(
        "\u201cWe found bodies in the yards,\u201d said Omar Haddad, a volunteer. \u201cSome had their hands tied.\n"
        "\u201cNobody came to help us for days.\u201d\n"
        "The ministry did not comment.\n");
    const auto next = attributionOf(text, QStringLiteral("Nobody came to help us for days."));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->speaker, QStringLiteral("Omar Haddad"));
    EXPECT_EQ(next->via, Attribution::Via::ContinuedQuote);
    EXPECT_FALSE(attributionOf(text, QStringLiteral("The ministry did not comment.")).has_value());
}

TEST(AttributionExtractor, GivesAParticiplesWordsToTheSubjectOfTheSentence)
{
    const QString text = QStringLiteral(
        "Sen. Jane Roe (D-Ore.) on Friday lashed out at the governor, accusing him of \u201cplaying games with "
        "lives.\u201d\n"
        "President Sam Patel endorsed her on Thursday, saying she has the \"courage\" for the job.\n"
        "And Omar Haddad wrote on Twitter, saying:\n"
        "The mayor has embarrassed us all. He must resign!\n"
        "Calling the plan \u201ca disgrace,\u201d the council voted it down.\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("playing games with lives.")), QStringLiteral("Jane Roe"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("courage")), QStringLiteral("Sam Patel"));
    // The paragraph after "saying:" is what was said.
    const auto tweet = attributionOf(text, QStringLiteral("He must resign!"));
    ASSERT_TRUE(tweet);
    EXPECT_EQ(tweet->speaker, QStringLiteral("Omar Haddad"));
    EXPECT_EQ(tweet->via, Attribution::Via::ContinuedQuote);
    // A participle opening the sentence has no subject before it.
    EXPECT_NE(speakerOf(text, QStringLiteral("a disgrace,")), QStringLiteral("Omar Haddad"));
}

TEST(AttributionExtractor, AnEventIsNoSubjectThatSpeaks)
{
    // ECB+ 1_10ecbplus: "Her latest stay" was proposed as the speaker of "telling them she was not driving".
    const QString text = QStringLiteral(
        "Her latest stay at the clinic comes after Dana Kim hit a truck on the coast road on June 8, and then lied to "
        "police, telling them she was not driving.\n"
        "The council at its meeting voted the plan down, calling it a waste of money.\n"
        "His lawyer on Monday denied the charges, saying the evidence was thin.\n"
        "Her family on Sunday issued a statement, saying she was innocent.\n");
    EXPECT_NE(speakerOf(text, QStringLiteral("she was not driving")), QStringLiteral("Her latest stay"));
    // People, and bodies of them, speak, wherever and whenever they are.
    EXPECT_EQ(speakerOf(text, QStringLiteral("a waste of money")), QStringLiteral("The council"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("the evidence was thin")), QStringLiteral("His lawyer"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("she was innocent")), QStringLiteral("Her family"));
}

TEST(AttributionExtractor, ADescriptionThatAVerbFollowsSpeaksThroughItsParticiple)
{
    // "His lawyer defended the appeal, saying …" went unattributed: the description read on into the verb and its
    // object, and a description followed by a verb is what was said, not who said it.
    const QString text =
        QStringLiteral("His lawyer defended the appeal, saying the verdict was wrong.\n"
                       "The spokesman dismissed the report, calling it a fabrication.\n"
                       "The retired general briefed the ministry, writing that the line would not hold.\n"
                       "Smith defended the appeal, saying the judge had erred.\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("the verdict was wrong")), QStringLiteral("His lawyer"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("a fabrication")), QStringLiteral("The spokesman"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("the line would not hold")), QStringLiteral("The retired general"));
    EXPECT_EQ(speakerOf(text, QStringLiteral("the judge had erred")), QStringLiteral("Smith"));
    // An adjective in -ed is no verb: the description is not cut before it.
    const QString adjectives =
        QStringLiteral("The newly elected mayor thanked the voters, saying the city had chosen.\n"
                       "Her two detained sons wrote to the court, saying they were innocent.\n");
    EXPECT_NE(speakerOf(adjectives, QStringLiteral("the city had chosen")), QStringLiteral("The newly"));
    EXPECT_NE(speakerOf(adjectives, QStringLiteral("they were innocent")), QStringLiteral("Her two"));
    // Nor is one before a noun, or a word that only ends so; a possessive ends the search.
    const QString others =
        QStringLiteral("The spokesman gave a detailed account, saying it was false.\n"
                       "An unidentified armed man shouted at the crowd, saying the town was theirs.\n"
                       "A few hundred protesters blocked the road, saying the plant must close.\n"
                       "The government's so-called experts rejected the findings, saying the data were old.\n");
    EXPECT_NE(speakerOf(others, QStringLiteral("it was false")), QStringLiteral("The spokesman gave a"));
    EXPECT_EQ(speakerOf(others, QStringLiteral("the town was theirs")), QStringLiteral("An unidentified armed man"));
    EXPECT_EQ(speakerOf(others, QStringLiteral("the plant must close")), QStringLiteral("A few hundred protesters"));
    EXPECT_NE(speakerOf(others, QStringLiteral("the data were old")), QStringLiteral("The government's"));
}

TEST(AttributionExtractor, ResolvesAPronounFarBackOnlyToTheOnePersonOfItsGender)
{
    const QString text =
        QStringLiteral("Elizabeth Lauten, a congressional aide, posted a note about the ceremony.\n"
                       "It drew thousands of replies.\n"
                       "The White House did not comment.\n"
                       "Critics called for an apology.\n"
                       "\u201cI judged them in a way I would never want to be judged,\u201d she said.\n"
                       "\u201cIt was wrong,\u201d he said.\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("I judged them")), QStringLiteral("Elizabeth Lauten"));
    // No man is named at all: "he" stays unresolved rather than guessed.
    EXPECT_EQ(speakerOf(text, QStringLiteral("It was wrong,")), QStringLiteral("(none)"));

    const QString two = QStringLiteral("Mary Hall and Anna Berg met.\nThey talked.\nNothing changed.\nLater, too.\n"
                                       "\u201cWe disagree,\u201d she said.\n");
    EXPECT_EQ(speakerOf(two, QStringLiteral("We disagree,")), QStringLiteral("(none)"));
}

TEST(AttributionExtractor, ResolvesTheyToAGroupOrOrganisationNotToOnePerson)
{
    const QString text = QStringLiteral("Ukrainian officials said the bridge was destroyed overnight.\n"
                                        "\u201cThe shelling never stopped,\u201d Omar Haddad said.\n"
                                        "They said the road \u201cwill stay closed for weeks.\u201d\n");
    EXPECT_EQ(speakerOf(text, QStringLiteral("will stay closed for weeks.")), QStringLiteral("Ukrainian officials"));
    const QString onlyPeople = QStringLiteral("\u201cWe left at dawn,\u201d Omar Haddad said.\n"
                                              "They said the road was \u201cfull of craters.\u201d\n");
    EXPECT_EQ(speakerOf(onlyPeople, QStringLiteral("full of craters.")), QStringLiteral("(none)"));
}
