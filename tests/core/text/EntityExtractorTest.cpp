// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/EntityExtractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace corrob;
using namespace corrob::text;

namespace {

const Gazetteer& bundled()
{
    static const Gazetteer g = Gazetteer::bundled();
    return g;
}

std::vector<EntityMention> extract(const char* text, const Gazetteer& g = bundled())
{
    return extractEntities(QString::fromUtf8(text), g);
}

// The mention whose words are exactly `words`, if any.
std::optional<EntityMention> mentionOf(const std::vector<EntityMention>& mentions, const char* words)
{
    for (const EntityMention& m : mentions) {
        if (m.text == QString::fromUtf8(words)) {
            return m;
        }
    }
    return std::nullopt;
}

QString canonicalOf(const char* text, const char* words)
{
    const auto m = mentionOf(extract(text), words);
    return m ? m->canonical : QStringLiteral("<no mention>");
}

void expectCanonical(const char* text, const char* words, const char* canonical)
{
    EXPECT_EQ(canonicalOf(text, words), QString::fromUtf8(canonical)) << text << " / " << words;
}

} // namespace

TEST(EntityExtractor, SpellingAndTransliterationVariantsFoldToOnePlace)
{
    expectCanonical("Shelling hit Kyiv on Monday.", "Kyiv", "Kyiv");
    expectCanonical("Shelling hit Kiev on Monday.", "Kiev", "Kyiv");
    expectCanonical("a reporter in kyiv said", "kyiv", "Kyiv");
    expectCanonical("Forces withdrew from Kharkov.", "Kharkov", "Kharkiv");
    expectCanonical("Forces withdrew from Kharkiv.", "Kharkiv", "Kharkiv");
    expectCanonical("The port of Odessa was closed.", "Odessa", "Odesa");
    expectCanonical("Відступили з Києва? No: з Київ.", "Київ", "Kyiv");
    const auto m = mentionOf(extract("Shelling hit Kiev."), "Kiev");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->kind, NameKind::Place);
    EXPECT_TRUE(m->known);
}

TEST(EntityExtractor, DiacriticsDoNotMakeANewEntity)
{
    expectCanonical("Agnes Callamard spoke.", "Agnes Callamard", "Agnès Callamard");
    expectCanonical("Agnès Callamard spoke.", "Agnès Callamard", "Agnès Callamard");
    // An unknown name with and without its accents is one entity.
    const auto mentions = extract("José Ramírez arrived. Later Jose Ramirez said it was over.");
    ASSERT_EQ(mentions.size(), 2U);
    EXPECT_EQ(entityKey(mentions[0].canonical), entityKey(mentions[1].canonical));
}

TEST(EntityExtractor, TitlesStayOutsideThePersonsName)
{
    const auto mentions =
        extract("Amnesty International Secretary General Agnès Callamard said the killings must stop.");
    const auto person = mentionOf(mentions, "Agnès Callamard");
    ASSERT_TRUE(person);
    EXPECT_EQ(person->kind, NameKind::Person);
    EXPECT_TRUE(mentionOf(mentions, "Amnesty International"));
    EXPECT_FALSE(mentionOf(mentions, "Secretary General Agnès Callamard"));

    // Unknown people after a title, a nationality and a lower-case title.
    const auto others = extract("Russian Deputy Foreign Minister Andrei Rudenko denied it. The town's mayor Anatoliy "
                                "Fedoruk disagreed, as did Dr. Maria Ivanova.");
    for (const char* name : {"Andrei Rudenko", "Anatoliy Fedoruk", "Maria Ivanova"}) {
        const auto m = mentionOf(others, name);
        ASSERT_TRUE(m) << name;
        EXPECT_EQ(m->kind, NameKind::Person) << name;
    }
}

TEST(EntityExtractor, PossessivesStayOutsideTheName)
{
    const auto mentions = extract("Amnesty's report and Zelensky’s speech, and the Kremlin's answer.");
    expectCanonical("Amnesty's report.", "Amnesty", "Amnesty International");
    const auto z = mentionOf(mentions, "Zelensky");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->canonical, QStringLiteral("Volodymyr Zelensky"));
    EXPECT_TRUE(mentionOf(mentions, "the Kremlin") || mentionOf(mentions, "Kremlin"));
}

TEST(EntityExtractor, KnownAcronymsFoldToTheirOrganisation)
{
    expectCanonical("The ICC opened a case.", "ICC", "International Criminal Court");
    expectCanonical("The International Criminal Court opened a case.", "International Criminal Court",
                    "International Criminal Court");
    expectCanonical("The OHCHR counted the dead.", "OHCHR",
                    "Office of the United Nations High Commissioner for Human Rights");
    expectCanonical("The U.N. said so.", "U.N.", "United Nations");
    expectCanonical("The UN said so.", "UN", "United Nations");
    expectCanonical("Troops from the U.S. arrived.", "U.S.", "United States");
    expectCanonical("Officials at NATO agreed.", "NATO", "North Atlantic Treaty Organization");
}

TEST(EntityExtractor, AcronymsTheTextDefinesFoldToTheirName)
{
    const char* text = "The Kharkiv Human Rights Protection Group (KHRPG) documented the cases. KHRPG said more would "
                       "follow.";
    const auto mentions = extract(text);
    const auto acronym = mentionOf(mentions, "KHRPG");
    ASSERT_TRUE(acronym);
    EXPECT_EQ(acronym->canonical, QStringLiteral("Kharkiv Human Rights Protection Group"));
    EXPECT_EQ(acronym->kind, NameKind::Organisation);

    expectCanonical("The Center for Civil Liberties (CCL) said. Then CCL said again.", "CCL",
                    "Center for Civil Liberties");
    // The acronym before its name.
    expectCanonical("Investigators from the JIT (Joint Investigation Team) met. The JIT agreed.", "JIT",
                    "Joint Investigation Team");
}

TEST(EntityExtractor, AnAcronymOfANamesInitialsFoldsToIt)
{
    expectCanonical("The Ukrainian Helsinki Human Rights Union published it. UHHRU said it checked.", "UHHRU",
                    "Ukrainian Helsinki Human Rights Union");
}

TEST(EntityExtractor, ShortFormsFoldToTheFullName)
{
    expectCanonical("Amnesty said the strikes were unlawful.", "Amnesty", "Amnesty International");
    expectCanonical("Mayor Anatoliy Fedoruk spoke. Fedoruk said 300 people died.", "Fedoruk", "Anatoliy Fedoruk");
    expectCanonical("Memorial Human Rights Centre wrote. Memorial added that more cases exist.", "Memorial",
                    "Memorial Human Rights Centre");
    expectCanonical("Putin spoke on Friday.", "Putin", "Vladimir Putin");
    expectCanonical("Human Rights Watch and HRW are one.", "HRW", "Human Rights Watch");
}

TEST(EntityExtractor, DescriptionsFollowTheNameTheTextIntroduced)
{
    const char* text =
        "Amnesty International said the strikes were war crimes. The rights group called for an inquiry. "
        "The rights body later repeated it.";
    const auto mentions = extract(text);
    const auto group = mentionOf(mentions, "rights group");
    ASSERT_TRUE(group);
    EXPECT_EQ(group->canonical, QStringLiteral("Amnesty International"));
    EXPECT_TRUE(group->description);
    const auto body = mentionOf(mentions, "rights body");
    ASSERT_TRUE(body);
    EXPECT_EQ(body->canonical, QStringLiteral("Amnesty International"));

    // The nearest name the words describe, not merely the nearest name: a court is not a group.
    expectCanonical("Amnesty International wrote to the ICC. The rights group said the court must act.", "rights group",
                    "Amnesty International");
    expectCanonical("Amnesty International wrote to the ICC. The rights group said the court must act.", "court",
                    "International Criminal Court");
    // A person's title.
    expectCanonical("Mayor Anatoliy Fedoruk counted the dead. The mayor said 300 died.", "mayor", "Anatoliy Fedoruk");
    // Not introduced: nothing to point at.
    EXPECT_FALSE(mentionOf(extract("The rights group said so. Later Amnesty International agreed."), "rights group"));
}

TEST(EntityExtractor, GluedWordsDoNotHideAKnownName)
{
    const QString text = QStringLiteral("in the town of Buchanorthwest of the capital");
    const auto mentions = extractEntities(text, bundled());
    const auto bucha = mentionOf(mentions, "Bucha");
    ASSERT_TRUE(bucha);
    EXPECT_EQ(bucha->canonical, QStringLiteral("Bucha"));
    EXPECT_EQ(bucha->start, text.indexOf(QStringLiteral("Bucha")));
    EXPECT_EQ(bucha->end, bucha->start + 5);
    expectCanonical("Residents of Irpinwest of Kyiv fled.", "Irpin", "Irpin");
    expectCanonical("The Kyiv-based group said.", "Kyiv", "Kyiv");
    expectCanonical("a Kharkovbased group", "Kharkov", "Kharkiv");
    // A word made from a name is not a glued copy.
    EXPECT_FALSE(mentionOf(extract("He rejected Putinism outright."), "Putin"));
    // Nor is a longer name that starts with one: only a word that may follow a place is glued to it.
    EXPECT_FALSE(mentionOf(extract("Fans in Indianapolis cheered."), "India"));
    EXPECT_FALSE(mentionOf(extract("Uhuru Kenyatta spoke."), "Kenya"));
}

TEST(EntityExtractor, MilitaryUnitsOrganisationsAndPlacesAreTyped)
{
    const auto mentions = extract("Soldiers of the 64th Separate Motor Rifle Brigade and the 93rd Mechanized Brigade "
                                  "fought near Kupiansk. The Ministry of Foreign Affairs protested in New Bremen.");
    const auto known = mentionOf(mentions, "64th Separate Motor Rifle Brigade");
    ASSERT_TRUE(known);
    EXPECT_EQ(known->kind, NameKind::Unit);
    const auto unit = mentionOf(mentions, "93rd Mechanized Brigade");
    ASSERT_TRUE(unit);
    EXPECT_EQ(unit->kind, NameKind::Unit);
    const auto place = mentionOf(mentions, "Kupiansk");
    ASSERT_TRUE(place);
    EXPECT_EQ(place->kind, NameKind::Place);
    const auto ministry = mentionOf(mentions, "Ministry of Foreign Affairs");
    ASSERT_TRUE(ministry);
    EXPECT_EQ(ministry->kind, NameKind::Organisation);
    const auto town = mentionOf(mentions, "New Bremen");
    ASSERT_TRUE(town);
    EXPECT_EQ(town->kind, NameKind::Place);
}

TEST(EntityExtractor, CommonWordsAtTheStartOfASentenceAreNoNames)
{
    const auto mentions = extract("Residents said the shelling went on. Russian forces left. After that, nothing. "
                                  "In March it began.");
    EXPECT_TRUE(mentions.empty()) << mentions.front().text.toStdString();
    // A lower-case word that is also a known organisation's short name is no mention.
    EXPECT_TRUE(extract("the president offered an amnesty to deserters").empty());
}

TEST(EntityExtractor, MentionsAreInOrderAndNeverOverlap)
{
    const QString text = QStringLiteral("Agnès Callamard of Amnesty International visited Bucha, Irpin and Kyiv; the "
                                        "rights group's findings went to the ICC in The Hague.");
    const auto mentions = extractEntities(text, bundled());
    ASSERT_GE(mentions.size(), 6U);
    qsizetype end = 0;
    for (const EntityMention& m : mentions) {
        EXPECT_GE(m.start, end);
        EXPECT_EQ(text.mid(m.start, m.end - m.start), m.text);
        end = m.end;
    }
}

TEST(EntityExtractor, TheCasesNamesOverrideTheBundledOnes)
{
    Gazetteer g = Gazetteer::bundled();
    g.add(KnownName{QStringLiteral("Amnesty International Ukraine"),
                    NameKind::Organisation,
                    {QStringLiteral("Amnesty"), QStringLiteral("AIU")}});
    g.add(KnownName{QStringLiteral("Oleksandr Pavliuk"), NameKind::Person, {QStringLiteral("Pavliuk")}});
    const auto mentions = extract("Amnesty said so. Pavliuk agreed, and AIU said it too.", g);
    ASSERT_TRUE(mentionOf(mentions, "Amnesty"));
    EXPECT_EQ(mentionOf(mentions, "Amnesty")->canonical, QStringLiteral("Amnesty International Ukraine"));
    EXPECT_EQ(mentionOf(mentions, "AIU")->canonical, QStringLiteral("Amnesty International Ukraine"));
    EXPECT_EQ(mentionOf(mentions, "Pavliuk")->kind, NameKind::Person);
}

TEST(EntityExtractor, EntityKeysIgnoreCaseAccentsDotsAndSpaces)
{
    EXPECT_EQ(entityKey(QStringLiteral("U.N.")), entityKey(QStringLiteral("UN")));
    EXPECT_EQ(entityKey(QStringLiteral("Agnès  Callamard")), entityKey(QStringLiteral("agnes callamard")));
    EXPECT_EQ(entityKey(QStringLiteral("Slov’yansk")), entityKey(QStringLiteral("Slov'yansk")));
}

namespace {

// The words of every person or organisation mention, to check what page furniture left.
QStringList actorWords(const char* text)
{
    QStringList out;
    for (const EntityMention& m : extract(text)) {
        if (m.kind == NameKind::Person || m.kind == NameKind::Organisation) {
            out << m.text;
        }
    }
    return out;
}

} // namespace

TEST(EntityExtractor, LabelsWithInterfaceWordsAreNoNames)
{
    const char* text = "Olena Kovalenko, a nurse in Sumy, said the clinic had been without power for a week.\n\n"
                       "Follow the Lowland Courier:\n"
                       "  \u2022 White Instagram Icon\n"
                       "  \u2022 Dark LinkedIn Logo\n\n"
                       "Manage Cookie Preferences\n\n"
                       "Main Photo Caption: a queue outside the clinic.\n";
    const QStringList actors = actorWords(text);
    for (const QString& words : actors) {
        for (const char* ui : {"Icon", "Logo", "Cookie", "Caption", "Photo"}) {
            EXPECT_FALSE(words.contains(QString::fromLatin1(ui))) << words.toStdString();
        }
    }
    const auto nurse = mentionOf(extract(text), "Olena Kovalenko");
    ASSERT_TRUE(nurse);
    EXPECT_EQ(nurse->kind, NameKind::Person);
}

TEST(EntityExtractor, MenusAndTeaserHeadlinesBetweenBlocksAreNoNames)
{
    const char* text = "Home\nWorld Politics\nBusiness Live\nCulture Desk\n\n"
                       "TAP HERE FOR THE RIVER DESK APP\n"
                       "The Danube Shipping Authority said on Monday that barges were stuck near Izmail.\n\n"
                       "More stories\n\n"
                       "Record Heat Grips Southern Vineyards As Growers Count Losses\n\n"
                       "SIGN UP FOR OUR FREE ALERTS\n";
    const QStringList actors = actorWords(text);
    for (const char* noise : {"World Politics", "Business Live", "Culture Desk", "Record Heat Grips", "Growers Count",
                              "Southern Vineyards", "ALERTS", "FREE", "TAP", "DESK"}) {
        for (const QString& words : actors) {
            EXPECT_FALSE(words.contains(QString::fromLatin1(noise))) << noise << " in " << words.toStdString();
        }
    }
    const auto authority = mentionOf(extract(text), "Danube Shipping Authority");
    ASSERT_TRUE(authority);
    EXPECT_EQ(authority->kind, NameKind::Organisation);
}

TEST(EntityExtractor, NamesInHeadingsStayWhenTheProseOrALineOfTheirOwnSaysSo)
{
    // A headline's name that the article then uses; a byline; a credit line.
    const char* text = "Bridge Over the Dnipro Reopens, Says Mayor Ivan Petrenko\n\n"
                       "By Marta Ruiz\n\n"
                       "The bridge reopened on Friday, Petrenko said, after eight months of repairs.\n\n"
                       "Illustration by Tomas Berg\n";
    const auto mentions = extract(text);
    const auto mayor = mentionOf(mentions, "Ivan Petrenko");
    ASSERT_TRUE(mayor) << actorWords(text).join(u'|').toStdString();
    EXPECT_EQ(mayor->kind, NameKind::Person);
    EXPECT_EQ(canonicalOf(text, "Petrenko"), QStringLiteral("Ivan Petrenko"));
    const auto byline = mentionOf(mentions, "Marta Ruiz");
    ASSERT_TRUE(byline);
    EXPECT_EQ(byline->kind, NameKind::Person);
    EXPECT_TRUE(mentionOf(mentions, "Tomas Berg")) << actorWords(text).join(u'|').toStdString();
    EXPECT_FALSE(mentionOf(mentions, "Bridge Over")) << actorWords(text).join(u'|').toStdString();
}

TEST(EntityExtractor, AHardWrappedSentenceIsProseNotAHeading)
{
    // A line of capitalised words inside a sentence broken over lines.
    const char* text = "The talks in Cairo were led by\nForeign Minister Ali Ghazal\nand ended without a deal.\n";
    const auto minister = mentionOf(extract(text), "Ali Ghazal");
    ASSERT_TRUE(minister) << actorWords(text).join(u'|').toStdString();
    EXPECT_EQ(minister->kind, NameKind::Person);
}

namespace {

// The kind of the mention whose words are exactly `words`, or nothing when there is no such mention.
std::optional<NameKind> kindOf(const char* text, const char* words)
{
    const auto m = mentionOf(extract(text), words);
    return m ? std::optional<NameKind>(m->kind) : std::nullopt;
}

// True when no mention holds any of the words (a name left out, or part of no name).
bool noMentionHolds(const char* text, const char* words)
{
    for (const EntityMention& m : extract(text)) {
        if (m.text.contains(QString::fromUtf8(words))) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST(EntityExtractor, CountriesAndRegionsArePlaces)
{
    EXPECT_EQ(kindOf("The presidency shifts to the United Arab Emirates in March.", "United Arab Emirates"),
              NameKind::Place);
    EXPECT_EQ(kindOf("Saudi Arabia and South Africa abstained.", "Saudi Arabia"), NameKind::Place);
    EXPECT_EQ(kindOf("Saudi Arabia and South Africa abstained.", "South Africa"), NameKind::Place);
    EXPECT_EQ(kindOf("France said it would send more aid.", "France"), NameKind::Place);
    EXPECT_EQ(kindOf("Trade between the Middle East and Europe grew.", "Middle East"), NameKind::Place);
    // Spellings fold as the other names do.
    expectCanonical("Officials in Türkiye said so.", "Türkiye", "Turkey");
}

TEST(EntityExtractor, ACountryThatIsAlsoAGivenNameStaysPartOfAPersonsName)
{
    EXPECT_EQ(kindOf("Michael Jordan scored forty points.", "Michael Jordan"), NameKind::Person);
    EXPECT_EQ(kindOf("Flights to Jordan resumed on Monday.", "Jordan"), NameKind::Place);
    // In lower case a country's name that is also a word is that word, unless the text capitalises it too.
    EXPECT_TRUE(noMentionHolds("They ate roast turkey on Sunday.", "turkey"));
}

TEST(EntityExtractor, TreatiesLawsAndLicencesAreNoOrganisations)
{
    EXPECT_TRUE(noMentionHolds("Neither nation is party to the Rome Statute, the prosecutor said.", "Statute"));
    EXPECT_TRUE(noMentionHolds("Neither nation is party to the Rome Statute, the prosecutor said.", "Rome"));
    EXPECT_TRUE(noMentionHolds("Such attacks breach the Geneva Conventions and the Kyoto Protocol.", "Geneva"));
    EXPECT_TRUE(noMentionHolds("Such attacks breach the Geneva Conventions and the Kyoto Protocol.", "Kyoto"));
    EXPECT_TRUE(noMentionHolds("Talks on the Minsk Agreements stalled.", "Minsk"));
    EXPECT_TRUE(noMentionHolds("Both states ratified the Convention on the Rights of the Child.", "Child"));
    // The organisation before a document's word stays: "Security Council Resolution".
    EXPECT_EQ(kindOf("The vote on Security Council Resolution 2202 was delayed.", "Security Council"),
              NameKind::Organisation);
}

TEST(EntityExtractor, WeaponDesignationsAreNoNames)
{
    const char* text = "The remains of a Russian BMP-30 rocket were found. Ukraine claimed to have captured one TOS-1A "
                       "flamethrower, and Su-25 jets flew over the town.";
    for (const char* designation : {"BMP-30", "TOS-1A", "Su-25"}) {
        EXPECT_TRUE(noMentionHolds(text, designation)) << designation;
    }
}

TEST(EntityExtractor, AcronymsOfCommonNounsAreNoNames)
{
    // Spelt out in lower case by the text.
    EXPECT_TRUE(noMentionHolds("Videos showed multiple launch rocket systems (MLRS) on other buildings. The MLRS fired "
                               "again.",
                               "MLRS"));
    // Written in the plural.
    EXPECT_TRUE(noMentionHolds("Several UAVs crossed the border. One UAV was shot down.", "UAV"));
    // Acronyms that are common nouns wherever they appear.
    EXPECT_TRUE(noMentionHolds("Mnemonic, an NGO dedicated to archiving evidence, joined.", "NGO"));
    EXPECT_TRUE(noMentionHolds("Kyiv asked for more HIMARS and an IED was found.", "HIMARS"));
    EXPECT_TRUE(noMentionHolds("Kyiv asked for more HIMARS and an IED was found.", "IED"));
    // An acronym the text gives no such sign for is still an organisation.
    EXPECT_EQ(kindOf("Investigators from the JIT met on Monday.", "JIT"), NameKind::Organisation);
}

TEST(EntityExtractor, ANameTheTextGivesAnAcronymIsNoPerson)
{
    const char* text = "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish.";
    const auto licence = mentionOf(extract(text), "Creative Commons");
    ASSERT_TRUE(licence);
    EXPECT_EQ(licence->kind, NameKind::Organisation);
    EXPECT_TRUE(noMentionHolds(text, "BY-NC-ND"));
    EXPECT_EQ(canonicalOf(text, "CC"), QStringLiteral("Creative Commons"));
    EXPECT_EQ(kindOf("Médecins Sans Frontières (MSF) sent a team.", "Médecins Sans Frontières"),
              NameKind::Organisation);
    expectCanonical("Médecins Sans Frontières (MSF) sent a team. MSF said more would come.", "MSF",
                    "Médecins Sans Frontières");
}

TEST(EntityExtractor, APlaceAfterInIsThePlaceNotTheOrganisationNamedAfterIt)
{
    const char* text = "The Wasilla Bible Church held a service. Police in Wasilla said the fire was arson.";
    EXPECT_EQ(kindOf(text, "Wasilla Bible Church"), NameKind::Organisation);
    EXPECT_EQ(kindOf(text, "Wasilla"), NameKind::Place);
}

TEST(EntityExtractor, ACommonNounBeforeSaidIsNoPerson)
{
    EXPECT_FALSE(kindOf("Police said the road was closed. The police reopened it later.", "Police"));
    EXPECT_FALSE(kindOf("Witnesses said the road was closed.", "Witnesses"));
    EXPECT_EQ(kindOf("Ivanova said the road was closed.", "Ivanova"), NameKind::Person);
}

TEST(EntityExtractor, MiddleInitialsAndGenerationalSuffixesStayInAPersonsName)
{
    const char* text = "George W. Bush spoke first. Bush later left for Texas.";
    const auto bush = mentionOf(extract(text), "George W. Bush");
    ASSERT_TRUE(bush);
    EXPECT_EQ(bush->kind, NameKind::Person);
    EXPECT_EQ(canonicalOf(text, "Bush"), QStringLiteral("George W. Bush"));
    EXPECT_EQ(kindOf("Arnold Joseph Becker Jr escaped from a van.", "Arnold Joseph Becker Jr"), NameKind::Person);
    EXPECT_EQ(kindOf("Anthony Marchetti III was charged.", "Anthony Marchetti III"), NameKind::Person);
    // A letter at the end of a sentence is no initial.
    EXPECT_FALSE(mentionOf(extract("They chose Plan B. The talks ended."), "Plan B. The"));
}

TEST(EntityExtractor, MountainsGlaciersAndCompassPointsMakeAPlace)
{
    const char* text = "Two climbers died on Mount Sefton, above the Mueller Glacier.";
    EXPECT_EQ(kindOf(text, "Mount Sefton"), NameKind::Place);
    EXPECT_EQ(kindOf(text, "Mueller Glacier"), NameKind::Place);
    EXPECT_EQ(kindOf("Storms hit East Flatbush overnight.", "East Flatbush"), NameKind::Place);
    // Not before words the text writes in lower case.
    EXPECT_NE(kindOf("The Central Election and Referendum Commission met before the election.", "Central Election"),
              NameKind::Place);
}

TEST(EntityExtractor, CompaniesLeaguesAndMagazinesAreOrganisations)
{
    const char* text = "Interoute Plc said it would buy Arbor Networks. Summit Entertainment, Entertainment Weekly and "
                       "the California Highway Patrol agreed.";
    for (const char* name : {"Interoute Plc", "Arbor Networks", "Summit Entertainment", "Entertainment Weekly",
                             "California Highway Patrol"}) {
        EXPECT_EQ(kindOf(text, name), NameKind::Organisation) << name;
    }
    // A country at the start of a company's name is part of it.
    EXPECT_EQ(kindOf("France Telecom cut its forecast.", "France Telecom"), NameKind::Organisation);
}

TEST(EntityExtractor, APlaceWordInLowerCaseMakesTheNameBesideItAPlace)
{
    EXPECT_EQ(kindOf("Shelling hit the village of Kozarovychi overnight.", "Kozarovychi"), NameKind::Place);
    EXPECT_EQ(kindOf("Boats left Qeshm island at dawn.", "Qeshm"), NameKind::Place);
    EXPECT_EQ(kindOf("Fighting reached the Bandar Abbas district.", "Bandar Abbas"), NameKind::Place);
    // Even when an organisation's name starts with the word.
    EXPECT_EQ(kindOf("The Qeshm Free Zone Organization said boats left Qeshm island.", "Qeshm"), NameKind::Place);
}

TEST(EntityExtractor, ATitleOrADescriptionInsideARunIntroducesAPerson)
{
    const char* court = "Superior Court Judge James R. Whitfield ruled on Friday.";
    EXPECT_EQ(kindOf(court, "James R. Whitfield"), NameKind::Person);
    EXPECT_EQ(kindOf(court, "Superior Court"), NameKind::Organisation);
    EXPECT_EQ(kindOf("Hunger Games Director Gary Ross left the project.", "Gary Ross"), NameKind::Person);
    // A word the text also writes in lower case, before the name, or after it in a headline.
    EXPECT_EQ(
        kindOf("Coroner Gary Holloway said it was an accident, and the coroner's office agreed.", "Gary Holloway"),
        NameKind::Person);
    const char* headline = "Actress Esther Williams Dies\nThe actress, who dies aged 91, was a swimmer.\n";
    EXPECT_EQ(kindOf(headline, "Esther Williams"), NameKind::Person);
    // In prose a surname that is also a word stays.
    const auto felt = extract("The informant W. Mark Felt said he felt nothing.");
    EXPECT_TRUE(mentionOf(felt, "W. Mark Felt"));
    EXPECT_FALSE(mentionOf(felt, "W. Mark"));
}

TEST(EntityExtractor, OccupationsBeforeANameAreTitles)
{
    const char* text = "Sheriff Lee Baca and Coach Sean Payton spoke. The sheriff said the roads were closed.";
    for (const char* name : {"Lee Baca", "Sean Payton"}) {
        EXPECT_EQ(kindOf(text, name), NameKind::Person) << name;
    }
    EXPECT_EQ(canonicalOf(text, "sheriff"), QStringLiteral("Lee Baca"));
}

// Lines no article holds, which any imported file may: each was a stack overflow or took time in the square of its
// length (the extractor runs on every imported report, on a worker the window waits for when it closes).
TEST(EntityExtractor, LongLinesOfTitlesDocumentsAndPlacesAreReadInOnePass)
{
    // A title inside a run recursed once per titled name: 8,000 on one line overflowed the stack.
    QString titled = QStringLiteral("Alpha ");
    for (int i = 0; i < 8000; ++i) {
        titled += QStringLiteral("Gary Ross Judge ");
    }
    titled += QStringLiteral("Gary Ross");
    const auto people = extractEntities(titled, bundled());
    ASSERT_FALSE(people.empty());
    EXPECT_TRUE(std::any_of(people.begin(), people.end(), [](const EntityMention& m) {
        return m.text == u"Gary Ross" && m.kind == NameKind::Person;
    }));
    // A document's words after an organisation recursed once per word: 30,000 overflowed the stack.
    QString acts = QStringLiteral("Council");
    for (int i = 0; i < 30000; ++i) {
        acts += QStringLiteral(" Act");
    }
    for (const EntityMention& m : extractEntities(acts, bundled())) {
        EXPECT_FALSE(m.text.contains(u"Act")) << m.text.left(40).toStdString(); // a law's words are no name
    }
    // Each place on a line of capitalised words looked to the line's end for a longer name.
    QString places;
    for (int i = 0; i < 20000; ++i) {
        places += QStringLiteral("Kyiv ");
    }
    const auto kyiv = extractEntities(places, bundled());
    ASSERT_FALSE(kyiv.empty());
    EXPECT_EQ(kyiv.front().canonical, QStringLiteral("Kyiv"));
    EXPECT_EQ(kyiv.front().kind, NameKind::Place);
}

TEST(EntityExtractor, ADatelinesPlaceInCapitalsIsAPlaceNotAnOrganisation)
{
    // A tester's find: "CAIRO" and "LONDON" of "CAIRO — …" datelines were listed as organisations.
    for (const char* text : {"Some headline\nCAIRO \xe2\x80\x94 Protesters gathered in the square on Friday.",
                             "ZANZIBAR, Jan 3 (Reuters) - Officials said the port had reopened.",
                             "Title\n\nNAIROBI (AP) \xe2\x80\x94 The storm moved west."}) {
        SCOPED_TRACE(text);
        const auto mentions = extract(text);
        const auto it = std::find_if(mentions.begin(), mentions.end(), [](const EntityMention& m) {
            return m.start == 0 || m.text == QStringLiteral("CAIRO") || m.text == QStringLiteral("NAIROBI") ||
                   m.text == QStringLiteral("ZANZIBAR");
        });
        QStringList found;
        for (const EntityMention& m : mentions) {
            found << m.text;
        }
        ASSERT_NE(it, mentions.end()) << found.join(u'|').toStdString();
        EXPECT_EQ(it->kind, NameKind::Place) << it->text.toStdString();
    }
    // An acronym opening a line before a comma or its expansion stays an organisation, dash or not; a shouted label
    // is no place.
    for (const char* text : {"Intro line\nWFTU, the union federation, said on Monday it would strike.",
                             "Intro line\nWFTU, the union federation \xe2\x80\x94 said on Monday it would strike.",
                             "Intro line\nWFTU (World Federation of Trade Unions) \xe2\x80\x93 a strike is called."}) {
        SCOPED_TRACE(text);
        const auto acronym = mentionOf(extract(text), "WFTU");
        ASSERT_TRUE(acronym);
        EXPECT_EQ(acronym->kind, NameKind::Organisation);
    }
    const auto label =
        mentionOf(extract("Intro line\nEXCLUSIVE \xe2\x80\x94 The minister met the envoy."), "EXCLUSIVE");
    EXPECT_TRUE(!label || label->kind != NameKind::Place);
}
