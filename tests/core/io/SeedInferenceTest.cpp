// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The five seed articles, imported as an investigator gets them: what is inferred, what is hidden as furniture,
// and proof that no paragraph of an article body is hidden.
#include "core/io/PlainTextImporter.h"
#include "core/model/TextRange.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

struct SeedExpectation
{
    const char* file;
    QString title;
    QString outlet;
    QString author;
    QString republishedBy;
    QString translationCredit;
    QString published;      // ISO, empty for unknown
    QStringList furniture;  // whole lines that must be hidden when reading (and stay in the working text)
    QStringList paragraphs; // the first 40 characters of every paragraph that must stay, in order
    QString firstSentence;
    QString lastSentence;
};

QStringList nonBlankLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed();
        }
    }
    return out;
}

void checkSeed(const SeedExpectation& e)
{
    const QString path = QDir(test::seedsDir()).filePath(QString::fromLatin1(e.file));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << e.file;
    const QByteArray bytes = f.readAll();
    auto report = io::PlainTextImporter().read({bytes, QString::fromLatin1(e.file), path});
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const model::ReportMetadata& m = report->metadata;
    EXPECT_EQ(m.title, e.title);
    EXPECT_EQ(m.outlet, e.outlet);
    EXPECT_EQ(m.author, e.author);
    EXPECT_EQ(m.republishedBy, e.republishedBy);
    EXPECT_EQ(m.translationCredit, e.translationCredit);
    EXPECT_EQ(m.published.iso, e.published);
    EXPECT_EQ(m.language, QStringLiteral("en"));

    const QString& working = report->workingText;
    const QString reading = model::textWithout(working, report->excludedRanges);
    const QStringList readingLines = nonBlankLines(reading);
    for (const QString& line : e.furniture) {
        EXPECT_TRUE(working.contains(line)) << "furniture must stay in the working text: " << line.toStdString();
        EXPECT_FALSE(readingLines.contains(line)) << "furniture shown when reading: " << line.toStdString();
    }
    // Every paragraph of the body is shown whole, and nothing else is.
    const QStringList workingLines = nonBlankLines(working);
    ASSERT_EQ(readingLines.size(), e.paragraphs.size())
        << "paragraphs shown: " << readingLines.join(u"\n| ").toStdString();
    for (qsizetype i = 0; i < e.paragraphs.size(); ++i) {
        const QString& prefix = e.paragraphs.at(i);
        EXPECT_TRUE(readingLines.at(i).startsWith(prefix))
            << "paragraph " << i << " is '" << readingLines.at(i).left(60).toStdString() << "', expected '"
            << prefix.toStdString() << "'";
        const auto whole = std::find_if(workingLines.begin(), workingLines.end(),
                                        [&](const QString& l) { return l.startsWith(prefix); });
        ASSERT_NE(whole, workingLines.end()) << prefix.toStdString();
        EXPECT_TRUE(reading.contains(*whole)) << "paragraph cut: " << prefix.toStdString();
    }
    EXPECT_TRUE(reading.contains(e.firstSentence)) << e.firstSentence.toStdString();
    EXPECT_TRUE(reading.contains(e.lastSentence)) << e.lastSentence.toStdString();
    for (const model::TextRange& r : report->excludedRanges) {
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_LT(r.start, r.end);
    }
}

} // namespace

TEST(SeedInference, CbcStyleArticleKeepsEveryParagraphAndHidesOnlyTheVideoPromo)
{
    // The "WATCH |" block is CBC's style, but nothing in the text names CBC: the outlet is left for the
    // investigator rather than guessed.
    checkSeed({"000_0b31ae230569d174.txt",
               QStringLiteral("Amnesty International says it has found evidence of war crimes committed by Russian "
                              "forces in Ukraine"),
               QString(),
               QString(),
               QString(),
               QString(),
               QString(),
               {QStringLiteral("WATCH | Building a war crimes case in Bucha:"),
                QStringLiteral("Building a war crimes case amid horror, loss to Bucha")},
               {
                   QStringLiteral(u"Amnesty International says it has found "),
                   QStringLiteral(u"Amnesty International said on Friday it "),
                   QStringLiteral(u"Investigators from the human rights grou"),
                   QStringLiteral(u"The names of some places may already be "),
                   QStringLiteral(u"What Amnesty has done is interview survi"),
                   QStringLiteral(u"“In other words, we know that the crimes"),
                   QStringLiteral(u"Used ammunition matched with Russian mil"),
                   QStringLiteral(u"As part of the forensic investigation, t"),
                   QStringLiteral(u"Amnesty claims to have documented unlawf"),
                   QStringLiteral(u"The attacks were disproportionate and in"),
                   QStringLiteral(u"In Bucha and several other towns and vil"),
                   QStringLiteral(u"“It is vital that all those responsible,"),
                   QStringLiteral(u"Dozens of witnesses interviewed"),
                   QStringLiteral(u"Amnesty investigators interviewed 45 peo"),
                   QStringLiteral(u"Amnesty has also acknowledged that it ha"),
                   QStringLiteral(u"Specifically, he reviewed a video that h"),
                   QStringLiteral(u"Callamard said his organization does not"),
                   QStringLiteral(u"Amnesty noted that a recent Ukrainian la"),
                   QStringLiteral(u"Callamard said any judicial process or m"),
               },
               QStringLiteral("Amnesty International said on Friday it had evidence of alleged war crimes committed "
                              "earlier this year by Russian forces in the kyiv region during the invasion of Ukraine."),
               QStringLiteral("from all parties to the conflict , be brought to justice in fair trials, without "
                              "recourse to the death penalty.")});
}

TEST(SeedInference, FoxNewsArticleIsAttributedByItsAppPromptAndKeepsTheApCredit)
{
    checkSeed({"001_d8c82bc132e641bb.txt",
               QStringLiteral("Amnesty International says it has documented war crimes by Russian forces around "
                              "Ukraine's capital city."),
               QStringLiteral("Fox News"),
               QString(),
               QString(),
               QString(),
               QString(),
               {QStringLiteral("CLICK HERE TO GET THE FOX NEWS APP"),
                QStringLiteral("RUSSIA RAMPS UP AGGRESSION IN KHERSON WITH HUMANITARIAN BLOCKADE AND CAPTURE OF "
                               "UKRAINIAN OFFICIALS")},
               {
                   QStringLiteral(u"Amnesty International says it has docume"),
                   QStringLiteral(u"The organization reported that it had co"),
                   QStringLiteral(u"Images from the city sparked internation"),
                   QStringLiteral(u"Russia has claimed that it hits only tar"),
                   QStringLiteral(u"Kyiv regional governor Oleksandr Pavlyuk"),
                   QStringLiteral(u"\"The pattern of crimes committed by Russ"),
                   QStringLiteral(u"The group's report said the executions i"),
                   QStringLiteral(u"It also says researchers found evidence "),
                   QStringLiteral(u"\"We have met families whose loved ones w"),
                   QStringLiteral(u"Reuters reported in April that Ukraine i"),
                   QStringLiteral(u"The United Nations (U.N.) has also opene"),
                   QStringLiteral(u"The Office of the U.N. High Commissioner"),
                   QStringLiteral(u"The U.N. said that, as of Thursday, ther"),
                   QStringLiteral(u"\"This conflict has been causing extreme "),
                   QStringLiteral(u"The Associated Press contributed to this"),
               },
               QStringLiteral("The organization reported that it had collected evidence and testimony in eight cities "
                              "near Kyiv, including Bucha."),
               QStringLiteral("The Associated Press contributed to this report.")});
}

TEST(SeedInference, CommonDreamsArticleHidesNewsletterLicenceAppealAndOtherStories)
{
    checkSeed(
        {"002_380625f0dfbec9e1.txt",
         QStringLiteral("Amnesty Says Russia's 'Indiscriminate Attacks' in Ukraine May Be War Crimes"),
         QStringLiteral("Common Dreams"),
         QStringLiteral("Jessica Corbett"),
         QString(),
         QString(),
         QString(),
         {QStringLiteral("Skip to main content"), QStringLiteral("Sign up for our newsletter."),
          QStringLiteral("Quality journalism. Progressive values. Direct to your inbox."),
          QStringLiteral("child on swing in front of destroyed building"),
          QStringLiteral("Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to "
                         "republish and share widely."),
          QStringLiteral("'Bloodbath': At Least 6 Dead, Dozens Wounded in Mass Shooting at Illinois July 4th "
                         "Parade"),
          QStringLiteral("Brett Wilkins \u00b7"), QStringLiteral("Julia Conley \u00b7"),
          QStringLiteral("Hundreds March in Akron Enraged by Police Killing of Jayland Walker"),
          QStringLiteral("Common Dreams Logo")},
         {
             QStringLiteral(u"A child swings outside a residential bui"),
             QStringLiteral(u"Amnesty Says Russia's 'Indiscriminate At"),
             QStringLiteral(u"The ICC prosecutor, who is following the"),
             QStringLiteral(u"Jessica Corbett"),
             QStringLiteral(u"Amnesty International declared Friday th"),
             QStringLiteral(u"\"The Russian military has shown a blatan"),
             QStringLiteral(u"The human rights group's Crisis Evidence"),
             QStringLiteral(u"\"The Russian military has shown a blatan"),
             QStringLiteral(u"\"Some of these attacks may be war crimes"),
             QStringLiteral(u"Callamard added that \"the Russian troops"),
             QStringLiteral(u"Amnesty's researchers believe the trio o"),
             QStringLiteral(u"Though the United Nations Security Counc"),
             QStringLiteral(u"Russia also currently leads the 15-membe"),
             QStringLiteral(u"That meeting concluded with Kyslytsya te"),
             QStringLiteral(u"Given the current limitations of the UNS"),
             QStringLiteral(u"Warning that the \"lives, safety, and wel"),
             QStringLiteral(u"Amnesty was far from alone in sounding t"),
             QStringLiteral(u"A spokesperson for the U.N. High Commiss"),
             QStringLiteral(u"\"Civilians are terrified of further esca"),
             QStringLiteral(u"International Criminal Court (ICC) Prose"),
             QStringLiteral(u"Though neither Ukraine nor Russia is a s"),
             QStringLiteral(u"\"Any person who commits such crimes, inc"),
             QStringLiteral(u"The ICC also investigates crimes of aggr"),
             QStringLiteral(u"The prosecutor—who is on mission in Bang"),
             QStringLiteral(u"After reports that Russia attacked a kin"),
             QStringLiteral(u"As Common Dreams reported earlier Friday"),
         },
         QStringLiteral("Amnesty International declared Friday that Russia's invasion of Ukraine \"has been "
                        "marked by indiscriminate attacks on civilian areas and strikes on protected objects such "
                        "as hospitals\" that may amount to war crimes."),
         QStringLiteral("leading an international coalition to call for \"an immediate halt to use of the "
                        "internationally banned weapon.\"")});
}

TEST(SeedInference, TranslatedArticleSkipsTheDatelineAndGuessesNoDate)
{
    // "Sunday, April 2" has no year: the date stays unknown rather than guessed.
    checkSeed(
        {"003_04c165ca00c5035e.txt",
         QStringLiteral("Investigators gather evidence of possible Russian war crimes in Ukraine"),
         QString(),
         QString(),
         QString(),
         QStringLiteral("Lara Lema"),
         QString(),
         {QStringLiteral(u"🎙 PODCAST | Six days at war: diary of a resistance"), QStringLiteral("Know more")},
         {
             QStringLiteral(u"Sunday, April 2"),
             QStringLiteral(u"Investigators gather evidence of possibl"),
             QStringLiteral(u"Six days after Russia launched its invas"),
             QStringLiteral(u"Eliot Higgins, founder of the investigat"),
             QStringLiteral(u"The images of a attack on a car park in "),
             QStringLiteral(u"security camera footage, which according"),
             QStringLiteral(u"Cluster munitions, which scatter small b"),
             QStringLiteral(u"More evidence of the use of cluster muni"),
             QStringLiteral(u"Several NGOs have focused on the attack "),
             QStringLiteral(u"Three civilians were killed, including a"),
             QStringLiteral(u"According to the UNIntentionally targeti"),
             QStringLiteral(u"“If you doubt whether a target is milita"),
             QStringLiteral(u"The videos serving as evidence suggest t"),
             QStringLiteral(u"At least 10 civilians were killed in the"),
             QStringLiteral(u"On Monday, some videos they showed seria"),
             QStringLiteral(u"Investigate from day one"),
             QStringLiteral(u"But despite concerns raised by Western i"),
             QStringLiteral(u"On Monday night, one Western official sa"),
             QStringLiteral(u"But while governments talk about acting,"),
             QStringLiteral(u"Aided by the willingness of Ukrainians a"),
             QStringLiteral(u"Bellingcat has also established a partne"),
             QStringLiteral(u"Translation by Lara Lema"),
         },
         QStringLiteral("Six days after Russia launched its invasion of Ukraine, tests increase that its military "
                        "is committing war crimes with deadly attacks on civilians and the use of cluster "
                        "munitions."),
         QStringLiteral(u"“The day may come when all this ends up in the International Criminal Court,” says "
                        u"Higgins.")});
}

TEST(SeedInference, AlJazeeraArticleRepublishedByGenocideWatchHidesTheRepublishersChrome)
{
    checkSeed({"004_df8e9c688bcf676f.txt",
               QStringLiteral("Ukraine War: Amnesty Accuses Russia of War Crimes in Kharkiv"),
               QStringLiteral("Al Jazeera"),
               QString(),
               QStringLiteral("Genocide Watch"),
               QString(),
               QStringLiteral("2022"),
               {QStringLiteral("top of page"), QStringLiteral(u"© 2022 Al Jazeera Media Network"),
                QStringLiteral("Follow Genocide Watch for more updates:"), QStringLiteral(u"• Grey Facebook Icon"),
                QStringLiteral(u"• Grey Twitter Icon"), QStringLiteral(u"• Grey YouTube Icon"),
                QStringLiteral("bottom of page")},
               {
                   QStringLiteral(u"Ukraine War: Amnesty Accuses Russia of W"),
                   QStringLiteral(u"Amnesty International report accuses Mos"),
                   QStringLiteral(u"Residential area destroyed by a Russian "),
                   QStringLiteral(u"Russia has committed war crimes in north"),
                   QStringLiteral(u"“The repeated bombardments of residentia"),
                   QStringLiteral(u"Since late February, Russian forces have"),
                   QStringLiteral(u"Amnesty International found evidence of "),
                   QStringLiteral(u"“The people of Kharkiv have faced a rele"),
                   QStringLiteral(u"“The repeated use of widely banned clust"),
                   QStringLiteral(u"‘Indiscriminate attacks’"),
                   QStringLiteral(u"Since Russia invaded its western neighbo"),
                   QStringLiteral(u"Russia and Ukraine are not parties to th"),
                   QStringLiteral(u"“Launching indiscriminate attacks result"),
                   QStringLiteral(u"A large number of Kharkiv residents have"),
                   QStringLiteral(u"Al Jazeera reported from the city in Mar"),
                   QStringLiteral(u"More than six million refugees have fled"),
                   QStringLiteral(u"In May, Amnesty International reported w"),
                   QStringLiteral(u"Similarly, Human Rights Watch (HRW) accu"),
                   QStringLiteral(u"Ukraine says it has launched more than 1"),
               },
               QStringLiteral("Russia has committed war crimes in northeastern Ukrainian city of Kharkiv, said Amnesty "
                              "International,"),
               QStringLiteral("Ukraine says it has launched more than 12,000 war crime probes since the war began.")});
}

TEST(SeedInference, FoxNewsFurnitureIsNamedAsLinkAndAppPrompt)
{
    QFile f(QDir(test::seedsDir()).filePath(QStringLiteral("001_d8c82bc132e641bb.txt")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto report = io::PlainTextImporter().read({f.readAll(), QStringLiteral("001.txt"), QStringLiteral("001.txt")});
    ASSERT_TRUE(report.ok());
    QStringList reasons;
    for (const auto& r : report->excludedRanges) {
        reasons << r.reason;
    }
    EXPECT_EQ(reasons, (QStringList{QStringLiteral("related link"), QStringLiteral("app prompt")}));
}

TEST(SeedInference, ExcludedRangesAreNamedWithTheirReasons)
{
    QFile f(QDir(test::seedsDir()).filePath(QStringLiteral("004_df8e9c688bcf676f.txt")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto report = io::PlainTextImporter().read({f.readAll(), QStringLiteral("004.txt"), QStringLiteral("004.txt")});
    ASSERT_TRUE(report.ok());
    QStringList reasons;
    for (const auto& r : report->excludedRanges) {
        reasons << r.reason;
    }
    EXPECT_EQ(reasons, (QStringList{QStringLiteral("republisher header"), QStringLiteral("copyright notice"),
                                    QStringLiteral("republisher footer")}));
}
