// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TextMetadataInference.h"
#include "core/io/TextCues.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::io;

namespace {

const QString kBody = QStringLiteral(
    "The rights group said the attacks were indiscriminate and that the evidence it gathered points to war "
    "crimes committed by the forces that occupied the region in February and March.\n\n"
    "Investigators interviewed dozens of witnesses and collected remnants of the munitions used in the strikes.\n");

QString readingText(const QString& text)
{
    const TextInference inferred = inferFromText(text);
    return model::textWithout(text, inferred.excluded);
}

} // namespace

TEST(TextCues, RecognisesOutletCuesAndSpellsTheNamesAsUsual)
{
    EXPECT_EQ(cues::copyright(u"© 2022 Al Jazeera Media Network").holder, QStringLiteral("Al Jazeera"));
    EXPECT_EQ(cues::copyright(u"© 2022 Al Jazeera Media Network").year, 2022);
    EXPECT_EQ(cues::copyright(u"Copyright 2019-2021 Fox News Network, LLC. All rights reserved.").holder,
              QStringLiteral("Fox News"));
    EXPECT_EQ(cues::copyright(u"Copyright 2019-2021 Fox News Network, LLC. All rights reserved.").year, 2021);
    EXPECT_EQ(cues::appPromptOutlet(u"CLICK HERE TO GET THE FOX NEWS APP"), QStringLiteral("Fox News"));
    EXPECT_EQ(cues::logoName(u"Common Dreams Logo"), QStringLiteral("Common Dreams"));
    EXPECT_EQ(cues::followName(u"Follow Genocide Watch for more updates:"), QStringLiteral("Genocide Watch"));
    EXPECT_EQ(cues::republishedBy(u"This article was republished by Genocide Watch."),
              QStringLiteral("Genocide Watch"));
    EXPECT_EQ(cues::originallyPublishedBy(u"Originally published by Al Jazeera on 13 June 2022."),
              QStringLiteral("Al Jazeera"));
    EXPECT_EQ(cues::translationCredit(u"Translation by Lara Lema"), QStringLiteral("Lara Lema"));
    EXPECT_EQ(cues::byline(u"By Jessica Corbett"), QStringLiteral("Jessica Corbett"));
    EXPECT_EQ(cues::byline(u"Jessica Corbett, staff writer"), QStringLiteral("Jessica Corbett"));
    EXPECT_EQ(cues::byline(u"By Jessica Corbett | Common Dreams"), QStringLiteral("Jessica Corbett"));
    EXPECT_EQ(cues::byline(u"By the end of the day, 40 people had died."), QString());
    EXPECT_TRUE(cues::looksLikePersonName(u"Jessica Corbett"));
    EXPECT_FALSE(cues::looksLikePersonName(u"Know More"));
    EXPECT_FALSE(cues::looksLikePersonName(u"Dozens of witnesses interviewed"));
}

TEST(TextMetadataInference, ReadsAPublishedLineAndAByline)
{
    const QString text = QStringLiteral("Skip to content\n\nUkraine war: Amnesty accuses Russia of war crimes\n\n"
                                        "By Jessica Corbett\n\nPublished On 13 Jun 2022\n\n") +
                         kBody;
    const TextInference inferred = inferFromText(text);
    EXPECT_EQ(inferred.metadata.title, QStringLiteral("Ukraine war: Amnesty accuses Russia of war crimes"));
    EXPECT_EQ(inferred.metadata.author, QStringLiteral("Jessica Corbett"));
    EXPECT_EQ(inferred.metadata.published.iso, QStringLiteral("2022-06-13"));
    EXPECT_EQ(inferred.metadata.published.precision, model::PartialDate::Precision::Day);
    EXPECT_EQ(inferred.metadata.language, QStringLiteral("en"));
    ASSERT_EQ(inferred.excluded.size(), 1);
    EXPECT_EQ(inferred.excluded.front().reason, QStringLiteral("navigation"));
}

TEST(TextMetadataInference, NeverGuessesADateFromARelativeDayOrAYearlessDateline)
{
    const QString text = QStringLiteral("Sunday, April 2\n\nInvestigators gather evidence of war crimes\n\n"
                                        "Amnesty said on Friday that the attacks were war crimes.\n");
    const TextInference inferred = inferFromText(text);
    EXPECT_FALSE(inferred.metadata.published.isKnown()) << inferred.metadata.published.iso.toStdString();
    EXPECT_EQ(inferred.metadata.title, QStringLiteral("Investigators gather evidence of war crimes"));
    EXPECT_EQ(dateInLine(u"June 13, 2022").iso, QStringLiteral("2022-06-13"));
    EXPECT_EQ(dateInLine(u"13 June 2022 10:30 GMT").iso, QStringLiteral("2022-06-13"));
    EXPECT_EQ(dateInLine(u"June 2022").iso, QStringLiteral("2022-06"));
    EXPECT_EQ(dateInLine(u"2022-06-13T10:30:00Z").iso, QStringLiteral("2022-06-13"));
    EXPECT_FALSE(dateInLine(u"Sunday, April 2").isKnown());
    EXPECT_FALSE(dateInLine(u"on Friday").isKnown());
}

TEST(TextMetadataInference, ReadsTheDateAHeadingEndsWith)
{
    // An investigator's notes name their day in their heading.
    const TextInference notes = inferFromText(QStringLiteral("Interview notes, Kharkiv, 12 May 2022\n\n") + kBody);
    EXPECT_EQ(notes.metadata.title, QStringLiteral("Interview notes, Kharkiv, 12 May 2022"));
    EXPECT_EQ(notes.metadata.published.iso, QStringLiteral("2022-05-12"));
    EXPECT_EQ(dateEndingTitle(u"Field report \u2014 June 13, 2022").iso, QStringLiteral("2022-06-13"));
    EXPECT_EQ(dateEndingTitle(u"Shelling of Saltivka | 2022-05-12").iso, QStringLiteral("2022-05-12"));
    EXPECT_EQ(dateEndingTitle(u"Kharkiv - 3 March 2022").iso, QStringLiteral("2022-03-03"));
    // Never a date without its year, nor one inside the heading's words, nor a number that is no date.
    EXPECT_FALSE(dateEndingTitle(u"Kyiv, Sunday, April 2").isKnown());
    EXPECT_FALSE(dateEndingTitle(u"What happened on 12 May 2022 in Kharkiv").isKnown());
    EXPECT_FALSE(dateEndingTitle(u"Casualties, 2,000").isKnown());
    EXPECT_FALSE(dateEndingTitle(u"Rocket-launch sites").isKnown());
    // A period's end is no publication date.
    EXPECT_FALSE(dateEndingTitle(u"Human rights situation in Ukraine, 1 February \u2013 31 July 2022").isKnown());
    EXPECT_FALSE(dateEndingTitle(u"Civilian casualties, 27 February - 31 March 2022").isKnown());
    EXPECT_FALSE(dateEndingTitle(u"Report, March 1 \u2014 April 30, 2022").isKnown());
}

TEST(TextMetadataInference, ReadsDatesWrittenInTheLanguagesOfTheReports)
{
    EXPECT_EQ(dateInLine(u"Publié le 1er avril 2022 à 10h30").iso, QStringLiteral("2022-04-01"));
    EXPECT_EQ(dateInLine(u"7 février 2023").iso, QStringLiteral("2023-02-07"));
    EXPECT_EQ(dateInLine(u"Stand: 2. April 2022, 14:05 Uhr").iso, QStringLiteral("2022-04-02"));
    EXPECT_EQ(dateInLine(u"3. März 2022").iso, QStringLiteral("2022-03-03"));
    EXPECT_EQ(dateInLine(u"Kyiv, 2 de abril de 2022").iso, QStringLiteral("2022-04-02"));
    EXPECT_EQ(dateInLine(u"agosto de 2022").iso, QStringLiteral("2022-08"));
    EXPECT_EQ(dateInLine(u"12 settembre 2022").iso, QStringLiteral("2022-09-12"));
    EXPECT_EQ(dateInLine(u"2 квітня 2022 року, 18:40").iso, QStringLiteral("2022-04-02"));
    EXPECT_EQ(dateInLine(u"Опубликовано 4 АПРЕЛЯ 2022 г.").iso, QStringLiteral("2022-04-04")) << "any case";
    EXPECT_EQ(dateInLine(u"Sept. 9, 2022").iso, QStringLiteral("2022-09-09"));
    // Month words that are not dates stay so.
    EXPECT_FALSE(dateInLine(u"Mars rover lands").isKnown());
    EXPECT_FALSE(dateInLine(u"May I ask").isKnown());
}

TEST(TextMetadataInference, AStatedRepublisherIsRecordedAndTheOriginalOutletKept)
{
    const QString text = QStringLiteral("Kharkiv attacks were war crimes, says Amnesty\n\n") + kBody +
                         QStringLiteral("\nOriginally published by Al Jazeera.\n\nRepublished by Genocide Watch\n");
    const TextInference inferred = inferFromText(text);
    EXPECT_EQ(inferred.metadata.outlet, QStringLiteral("Al Jazeera"));
    EXPECT_EQ(inferred.metadata.republishedBy, QStringLiteral("Genocide Watch"));
}

TEST(TextMetadataInference, LeavesTheOutletEmptyWithoutACue)
{
    const QString text = QStringLiteral("Amnesty documents war crimes around Kyiv\n\n") + kBody +
                         QStringLiteral("\nWATCH | Building a war crimes case in Bucha:\n\n"
                                        "Building a war crimes case amid horror\n\nThe bodies of civilians are "
                                        "still being processed in a morgue. 2:09\n\nThe last paragraph stays.\n");
    const TextInference inferred = inferFromText(text);
    EXPECT_TRUE(inferred.metadata.outlet.isEmpty()) << inferred.metadata.outlet.toStdString();
    const QString reading = model::textWithout(text, inferred.excluded);
    EXPECT_FALSE(reading.contains(QStringLiteral("WATCH |")));
    EXPECT_FALSE(reading.contains(QStringLiteral("2:09")));
    EXPECT_TRUE(reading.contains(QStringLiteral("The last paragraph stays.")));
    EXPECT_TRUE(reading.contains(kBody));
}

TEST(TextMetadataInference, DoesNotHideProseThatMentionsFurnitureWords)
{
    // Sentences that talk about newsletters, apps, sharing or copyright are article text, not furniture.
    const QString text = QStringLiteral(
        "Newsletter editors face pressure\n\n"
        "Subscribers said the newsletter, which reached their inbox every morning, had changed its tone.\n\n"
        "The company asked users to download the app before the vote, according to a copy of the message.\n\n"
        "Share prices fell sharply on Monday after the announcement.\n\n"
        "Copyright lawyers say the case could take years.\n\n"
        "Join us, he wrote in emails to supporters before the rally.\n\n"
        "WE WILL NOT SURRENDER\n\n"
        "* * *\n\n"
        "The charity said donations had tripled and urged readers to donate before the paywall on aid ends.\n\n"
        "The final paragraph of the article is long enough to move the charity sentence into the first part of the "
        "text, where appeals are never looked for, as an article's own reporting on fundraising must stay.\n\n"
        "Home\n");
    const QString reading = readingText(text);
    for (const char* kept : {"Subscribers said the newsletter", "download the app before the vote", "Share prices fell",
                             "Copyright lawyers say"}) {
        EXPECT_TRUE(reading.contains(QString::fromLatin1(kept))) << kept;
    }
    EXPECT_FALSE(reading.contains(QStringLiteral("\nHome")));
}

// A fundraising appeal after the article is furniture whatever its case and script; a line with the appeal's words
// that does not address the reader ("we", "our", "you") is text.
TEST(TextMetadataInference, HidesADonationAppealAfterTheArticleInAnyCaseButNotProseAboutDonations)
{
    const QString text = QStringLiteral("Amnesty accuses Russia of war crimes\n\n") + kBody + u'\n' + kBody + u'\n' +
                         kBody +
                         QStringLiteral(u"\nYOUR DONATION keeps this newsroom free: Chip In today, no paywall.\n\n"
                                        u"Caf\u00e9 readers, we need you: donate, or become a member.\n\n"
                                        u"Board members debated donations and the paywall for an hour.\n");
    const QString reading = readingText(text);
    EXPECT_FALSE(reading.contains(QStringLiteral("YOUR DONATION keeps"))) << reading.toStdString();
    EXPECT_FALSE(reading.contains(QStringLiteral(u"Caf\u00e9 readers"))) << reading.toStdString();
    EXPECT_TRUE(reading.contains(QStringLiteral("Board members debated donations and the paywall")));
    EXPECT_TRUE(reading.contains(QStringLiteral("Investigators interviewed dozens of witnesses")));
}

TEST(TextMetadataInference, TakesAMarkdownHeadingAsTheTitle)
{
    const QString text =
        QStringLiteral("[Home](/) | [World](/world)\n\n# Amnesty accuses Russia of war crimes\n\n") + kBody;
    const TextInference inferred = inferFromText(text, TextFlavour::Markdown);
    EXPECT_EQ(inferred.metadata.title, QStringLiteral("Amnesty accuses Russia of war crimes"));
    ASSERT_EQ(inferred.excluded.size(), 1);
    EXPECT_EQ(inferred.excluded.front().reason, QStringLiteral("navigation")) << "a bar of links is navigation";
    EXPECT_EQ(inferFromText(QStringLiteral("#StandWithUkraine rally draws thousands\n\n") + kBody).metadata.title,
              QStringLiteral("#StandWithUkraine rally draws thousands"))
        << "plain text keeps a leading hash";
}

TEST(TextMetadataInference, DetectsTheLanguageOfTheArticleNotOfItsFurniture)
{
    const QString text = QStringLiteral(
        u"Skip to main content\n\nSign up for our newsletter.\n\nLa guerra en Ucrania\n\n"
        u"Amnistía Internacional afirmó el viernes que tiene pruebas de presuntos crímenes de guerra cometidos por "
        u"las fuerzas rusas en la región de Kiev durante la invasión de Ucrania.\n");
    EXPECT_EQ(inferFromText(text).metadata.language, QStringLiteral("es"));
}

TEST(TextMetadataInference, StaysBoundedOnAHugeText)
{
    // 4 MB of text: only the edges are scanned for furniture, and the cues at the edges are still found.
    QString text = QStringLiteral("Skip to main content\n\nA very long report on the war\n\n");
    const QString paragraph = QStringLiteral("The report lists the attacks one by one, with dates and places.\n\n");
    text.reserve(4 * 1024 * 1024);
    while (text.size() < 4 * 1024 * 1024) {
        text += paragraph;
    }
    text += QStringLiteral(u"© 2022 Al Jazeera Media Network\n");
    const TextInference inferred = inferFromText(text);
    EXPECT_EQ(inferred.metadata.title, QStringLiteral("A very long report on the war"));
    EXPECT_EQ(inferred.metadata.outlet, QStringLiteral("Al Jazeera"));
    ASSERT_EQ(inferred.excluded.size(), 2);
    EXPECT_EQ(inferred.excluded.back().end, text.size());
}

TEST(TextMetadataInference, HandlesOneHugeLineWithoutNewlines)
{
    // 3 MB in one line (a minified dump): no pattern runs over the whole line, the title is cut at a word.
    QString text;
    const QString sentence = QStringLiteral("Residents of Kharkiv described the shelling of their homes. ");
    text.reserve(3 * 1024 * 1024 + sentence.size());
    while (text.size() < 3 * 1024 * 1024) {
        text += sentence;
    }
    const TextInference inferred = inferFromText(text);
    EXPECT_LE(inferred.metadata.title.size(), 301);
    EXPECT_TRUE(inferred.metadata.title.startsWith(QStringLiteral("Residents of Kharkiv")));
    EXPECT_TRUE(inferred.excluded.isEmpty());
    EXPECT_EQ(inferred.metadata.language, QStringLiteral("en"));
}

TEST(TextCues, PhotoCreditsAreNotCopyrightNotices)
{
    EXPECT_FALSE(cues::isCopyrightNotice(u"© AP PHOTO/ JOHN MINCHILLO"));
    EXPECT_FALSE(cues::isCopyrightNotice(u"© Washington Post"));
    EXPECT_TRUE(cues::isCopyrightNotice(u"© NET Newspapers 2014. All Rights Reserved. Please use sharing tools."));
    EXPECT_EQ(cues::copyright(u"© NET Newspapers 2014. All Rights Reserved.").holder, QStringLiteral("NET Newspapers"));
    EXPECT_EQ(cues::copyright(u"Copyright 2014 The Associated Press. All rights reserved.").holder,
              QStringLiteral("Associated Press"));
}

// Cases met in the FNC-1 article bodies (../shared/datasets/fnc1), where a looser rule hid article text.
TEST(TextMetadataInference, KeepsCapitalisedSubheadsOutsideFoxNewsHouseStyle)
{
    const QString text = QStringLiteral(
        u"CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN\n\n"
        u"A priest said he was clinically dead for 48 minutes before doctors revived him at the hospital.\n\n"
        u"JETS: FIRST SIGN OF ISLAMISTS USING WARPLANES\n\n"
        u"Islamic State has been flying the planes over the captured air base, witnesses said on Friday.\n\n"
        u"صورة: جلالة القائد الأعلى يجتمع مع كبار المسؤولين وقادة الاجهزة الأمنية\n\n"
        u"ON A MOBILE DEVICE? CLICK HERE FOR VIDEO\n\n"
        u"SEE ALL COMMENTS  WRITE A COMMENT\n");
    const TextInference inferred = inferFromText(text);
    EXPECT_EQ(inferred.metadata.title,
              QStringLiteral("CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN"));
    const QString reading = model::textWithout(text, inferred.excluded);
    EXPECT_TRUE(reading.contains(QStringLiteral("JETS: FIRST SIGN OF ISLAMISTS USING WARPLANES")));
    EXPECT_TRUE(reading.contains(QStringLiteral(u"صورة")));
    EXPECT_FALSE(reading.contains(QStringLiteral("CLICK HERE FOR VIDEO")));
    EXPECT_FALSE(reading.contains(QStringLiteral("WRITE A COMMENT")));
}

TEST(TextMetadataInference, AMoreFromHeadingFollowedByProseHidesOnlyTheHeading)
{
    const QString text = QStringLiteral("Foley was killed, the group said\n\n") + kBody +
                         QStringLiteral("\nMore from Noah Rothman:\n\n"
                                        "The American photojournalist James Wright Foley was working in northern "
                                        "Syria when he was abducted in November 2012 by unidentified gunmen, and "
                                        "his family had not heard from him since, the statement said. Investigators "
                                        "have since collected accounts from former hostages held alongside him.\n");
    const QString reading = readingText(text);
    EXPECT_FALSE(reading.contains(QStringLiteral("More from Noah Rothman")));
    EXPECT_TRUE(reading.contains(QStringLiteral("The American photojournalist James Wright Foley")));
}

TEST(TextMetadataInference, ABareNameIsAnAuthorOnlyUnderAHeadlineAndAboveProse)
{
    const QString byline = QStringLiteral("Amnesty says attacks may be war crimes\n\nJessica Corbett\n\n") + kBody;
    EXPECT_EQ(inferFromText(byline).metadata.author, QStringLiteral("Jessica Corbett"));
    // A photo label repeated under a caption, or a name above a short line, is not a byline.
    const QString label = QStringLiteral("Apple Watch survives a shower\n\nTim Cook\nTim Cook\n\n") + kBody;
    EXPECT_TRUE(inferFromText(label).metadata.author.isEmpty());
    const QString caption = QStringLiteral("Apple Watch survives a shower\n\nTim Cook\n\nREUTERS/Stringer\n\n") + kBody;
    EXPECT_TRUE(inferFromText(caption).metadata.author.isEmpty());
}

TEST(TextMetadataInference, ReturnsRangesInsideTheTextForArbitraryInput)
{
    // Deterministic pseudo-random texts built from furniture-like and prose-like pieces, newlines and symbols:
    // every range must lie inside the text, be non-empty and not overlap the next.
    const QStringList pieces = {QStringLiteral("Skip to main content"),
                                QStringLiteral("\n"),
                                QStringLiteral("\n\n"),
                                QStringLiteral(u"© 2022 Al Jazeera Media Network"),
                                QStringLiteral("Brett Wilkins \u00b7"),
                                QStringLiteral("WATCH | A video"),
                                QStringLiteral("2:09"),
                                QStringLiteral("   "),
                                QStringLiteral("The attack killed 40 people, officials said."),
                                QStringLiteral("RUSSIA RAMPS UP AGGRESSION IN KHERSON WITH BLOCKADE"),
                                QStringLiteral("CLICK HERE TO GET THE FOX NEWS APP"),
                                QStringLiteral("\u2022 Grey Twitter Icon"),
                                QStringLiteral("More stories"),
                                QStringLiteral("# Heading"),
                                QStringLiteral("\t"),
                                QStringLiteral(u"Міжнародна амністія заявила"),
                                QStringLiteral("\U0001F399")};
    quint32 state = 12345;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int parts = int(next() % 40);
        for (int i = 0; i < parts; ++i) {
            text += pieces.at(qsizetype(next() % quint32(pieces.size())));
        }
        for (const TextFlavour flavour : {TextFlavour::Plain, TextFlavour::Markdown}) {
            const TextInference inferred = inferFromText(text, flavour);
            qsizetype previousEnd = 0;
            for (const model::TextRange& r : inferred.excluded) {
                EXPECT_GE(r.start, previousEnd) << round;
                EXPECT_LT(r.start, r.end) << round;
                EXPECT_LE(r.end, text.size()) << round;
                previousEnd = r.end;
            }
        }
    }
}
