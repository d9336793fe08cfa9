// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/FigureParser.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

QString seed(const QString& prefix)
{
    const QDir dir(test::seedsDir());
    const QStringList names = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.isEmpty()) {
        return QString();
    }
    QFile file(dir.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

// The one figure whose text is exactly `text`, or a failed lookup naming what was found instead.
std::optional<Figure> figureWithText(const QList<Figure>& figures, const QString& text)
{
    for (const Figure& f : figures) {
        if (f.text == text) {
            return f;
        }
    }
    return std::nullopt;
}

QStringList texts(const QList<Figure>& figures)
{
    QStringList out;
    for (const Figure& f : figures) {
        out << f.text;
    }
    return out;
}

Figure only(const QString& sentence)
{
    const QList<Figure> figures = parseFigures(sentence);
    EXPECT_EQ(figures.size(), 1) << texts(figures).join(QStringLiteral(" | ")).toStdString();
    return figures.isEmpty() ? Figure{} : figures.first();
}

} // namespace

TEST(FigureParser, ReadsTheGovernorsBodyCountFromTheFoxArticle)
{
    const QString text = seed(QStringLiteral("001"));
    ASSERT_FALSE(text.isEmpty());
    const QList<Figure> figures = parseFigures(text);
    const auto bodies = figureWithText(figures, QStringLiteral("at least 1,235 civilian bodies"));
    ASSERT_TRUE(bodies) << texts(figures).join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(bodies->value, 1235);
    EXPECT_EQ(bodies->low, 1235.0);
    EXPECT_FALSE(bodies->high.has_value());
    EXPECT_EQ(bodies->unit, QStringLiteral("bodies"));
    EXPECT_EQ(bodies->qualifier, QStringLiteral("at least"));
    // Offsets are UTF-16 positions into the article: the span reads back as the figure.
    EXPECT_EQ(text.mid(bodies->start, bodies->end - bodies->start), bodies->text);
}

TEST(FigureParser, AnAmountOfMoneyIsInItsCurrencyNotACountOfAnything)
{
    const Figure euros = only(QStringLiteral("The fund paid €480,000 to the family."));
    EXPECT_EQ(euros.text, QStringLiteral("€480,000"));
    EXPECT_EQ(euros.unit, QStringLiteral("EUR"));
    EXPECT_EQ(euros.value, 480000);
    const Figure dollars = only(QStringLiteral("The council approved more than $2.5 million for repairs."));
    EXPECT_EQ(dollars.text, QStringLiteral("more than $2.5 million"));
    EXPECT_EQ(dollars.qualifier, QStringLiteral("more than"));
    EXPECT_EQ(dollars.unit, QStringLiteral("USD"));
    EXPECT_EQ(dollars.value, 2500000);
    const Figure hryvnias = only(QStringLiteral("The ministry set aside 300,000 hryvnias."));
    EXPECT_EQ(hryvnias.text, QStringLiteral("300,000 hryvnias"));
    EXPECT_EQ(hryvnias.unit, QStringLiteral("UAH"));
    // Two amounts in different currencies are not two figures of one thing that disagree.
    EXPECT_FALSE(figuresDisagree(only(QStringLiteral("Damage came to €2 million.")),
                                 only(QStringLiteral("Damage came to $3 million."))));
    // A count stays a count.
    EXPECT_EQ(only(QStringLiteral("At least 12 people were killed.")).unit, QStringLiteral("people"));
}

TEST(FigureParser, AScaledDecimalIsTheNumberWrittenNotItsBinaryNeighbour)
{
    const Figure thousands = only(QStringLiteral("Between 3.3 thousand and 3.85 million people fled."));
    ASSERT_TRUE(thousands.low && thousands.high) << thousands.text.toStdString();
    EXPECT_EQ(*thousands.low, 3300.0);
    EXPECT_EQ(*thousands.high, 3850000.0);
    EXPECT_EQ(only(QStringLiteral("Some 2.2 million refugees left.")).value, 2200000.0);
}

TEST(FigureParser, ReadsRefugeeAndCrimeCountsWithTheirQualifiers)
{
    const QList<Figure> fox = parseFigures(seed(QStringLiteral("001")));
    const auto refugees = figureWithText(fox, QStringLiteral("more than 5.7 million refugees"));
    ASSERT_TRUE(refugees) << texts(fox).join(QStringLiteral(" | ")).toStdString();
    EXPECT_DOUBLE_EQ(refugees->value, 5.7e6);
    EXPECT_FALSE(refugees->lowInclusive);
    EXPECT_EQ(refugees->unit, QStringLiteral("refugees"));

    const auto crimes = figureWithText(fox, QStringLiteral("some 7,600 potential war crimes"));
    ASSERT_TRUE(crimes);
    EXPECT_EQ(crimes->qualifier, QStringLiteral("some"));
    EXPECT_EQ(crimes->unit, QStringLiteral("crimes"));
    ASSERT_TRUE(crimes->low && crimes->high);
    EXPECT_LT(*crimes->low, 7600);
    EXPECT_GT(*crimes->high, 7600);

    const auto share = figureWithText(fox, QStringLiteral("about 17.5%"));
    ASSERT_TRUE(share);
    EXPECT_EQ(share->unit, QStringLiteral("%"));
    EXPECT_DOUBLE_EQ(share->value, 17.5);

    const QList<Figure> aljazeera = parseFigures(seed(QStringLiteral("004")));
    const auto six = figureWithText(aljazeera, QStringLiteral("More than six million refugees"));
    ASSERT_TRUE(six) << texts(aljazeera).join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(six->value, 6e6);
    EXPECT_EQ(six->qualifier, QStringLiteral("more than"));
}

TEST(FigureParser, ReadsUpToFortyPeopleAndVagueHundreds)
{
    const QList<Figure> cbc = parseFigures(seed(QStringLiteral("000")));
    const auto borodyanka = figureWithText(cbc, QStringLiteral("up to 40 people"));
    ASSERT_TRUE(borodyanka) << texts(cbc).join(QStringLiteral(" | ")).toStdString();
    EXPECT_FALSE(borodyanka->low.has_value());
    EXPECT_EQ(borodyanka->high, 40.0);
    EXPECT_EQ(borodyanka->unit, QStringLiteral("people"));

    const QList<Figure> aljazeera = parseFigures(seed(QStringLiteral("004")));
    const auto hundreds = figureWithText(aljazeera, QStringLiteral("hundreds of civilians"));
    ASSERT_TRUE(hundreds);
    EXPECT_EQ(hundreds->low, 200.0);
    EXPECT_EQ(hundreds->high, 999.0);
    EXPECT_EQ(hundreds->unit, QStringLiteral("civilians"));
    EXPECT_EQ(hundreds->qualifier, QStringLiteral("vague"));
}

TEST(FigureParser, SkipsYearsDatesTimesOrdinalsAndCodesInTheSeedArticles)
{
    QStringList all;
    for (const QString& file : test::seedFiles()) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        all << texts(parseFigures(QString::fromUtf8(f.readAll())));
    }
    const QString joined = all.join(QStringLiteral(" | "));
    // "February 25, 2022", "© 2022 Al Jazeera", "2:09", "9N210/9N235", "7N12", "9x39mm", "BMP-30", "15-member",
    // "July 4th", "in 2008", "since February 20, 2014", "Sunday, April 2", "CC BY-NC-ND 3.0", "May 11".
    for (const char* bad : {"2022", "2:09", "09", "9N", "210", "235", "7N", "39", "30", "15", "4th", "2008", "2014",
                            "25", "24", "April 2", "3.0", "11"}) {
        EXPECT_FALSE(all.contains(QString::fromLatin1(bad))) << bad << " in " << joined.toStdString();
    }
    for (const QString& f : all) {
        EXPECT_FALSE(f.contains(QStringLiteral("2022"))) << f.toStdString();
    }
}

TEST(FigureParser, ReadsRangesWordsAbbreviationsAndPercentages)
{
    const Figure range = only(QStringLiteral("between 20 and 30 people were detained"));
    EXPECT_EQ(range.low, 20.0);
    EXPECT_EQ(range.high, 30.0);
    EXPECT_EQ(range.qualifier, QStringLiteral("between"));
    EXPECT_EQ(range.unit, QStringLiteral("people"));

    const Figure dash = only(QStringLiteral("20-30 tanks"));
    EXPECT_EQ(dash.low, 20.0);
    EXPECT_EQ(dash.high, 30.0);

    const Figure abbreviated = only(QStringLiteral("1.2m refugees crossed"));
    EXPECT_DOUBLE_EQ(abbreviated.value, 1.2e6);
    EXPECT_EQ(abbreviated.unit, QStringLiteral("refugees"));

    const Figure percent = only(QStringLiteral("35% of homes"));
    EXPECT_EQ(percent.value, 35);
    EXPECT_EQ(percent.unit, QStringLiteral("%"));

    const Figure words = only(QStringLiteral("twenty-five people"));
    EXPECT_EQ(words.value, 25);

    const Figure nearly = only(QStringLiteral("nearly 2,000 homes"));
    EXPECT_EQ(nearly.qualifier, QStringLiteral("nearly"));
    EXPECT_EQ(nearly.high, 2000.0);
    EXPECT_FALSE(nearly.highInclusive);

    const Figure about = only(QStringLiteral("about 300 soldiers"));
    EXPECT_EQ(about.qualifier, QStringLiteral("about"));
    EXPECT_LT(*about.low, 300);
    EXPECT_GT(*about.high, 300);

    const Figure dozens = only(QStringLiteral("Dozens of witnesses were interviewed"));
    EXPECT_EQ(dozens.low, 24.0);
    EXPECT_EQ(dozens.unit, QStringLiteral("witnesses"));

    EXPECT_TRUE(parseFigures(QStringLiteral("one of them said it in 2022, on May 11 at 10:30")).isEmpty());
    EXPECT_EQ(only(QStringLiteral("2,022 people")).value, 2022);
}

TEST(FigureParser, RefugeeCountsFromTwoDatesDisagreeButARoundedBodyCountDoesNot)
{
    const Figure march = only(QStringLiteral("there were more than 5.7 million refugees from the conflict"));
    const Figure may = only(QStringLiteral("More than six million refugees have fled Ukraine"));
    EXPECT_TRUE(figuresDisagree(march, may));
    EXPECT_TRUE(figuresDisagree(may, march));

    const Figure governor = only(QStringLiteral("at least 1,235 civilian bodies have been found"));
    const Figure rounded = only(QStringLiteral("more than 1,200 bodies were found"));
    EXPECT_FALSE(figuresDisagree(governor, rounded));
    EXPECT_FALSE(figuresDisagree(rounded, governor));
}

TEST(FigureParser, FiguresDisagreeOnlyWhenTheirRangesCannotMeet)
{
    const Figure upTo40 = only(QStringLiteral("up to 40 people"));
    EXPECT_FALSE(figuresDisagree(upTo40, only(QStringLiteral("32 people"))));
    EXPECT_TRUE(figuresDisagree(upTo40, only(QStringLiteral("55 people"))));
    EXPECT_FALSE(figuresDisagree(only(QStringLiteral("hundreds of civilians")), only(QStringLiteral("606 civilians"))));
    EXPECT_TRUE(figuresDisagree(only(QStringLiteral("hundreds of civilians")), only(QStringLiteral("12 civilians"))));
    EXPECT_FALSE(figuresDisagree(only(QStringLiteral("6,731 casualties")), only(QStringLiteral("6,700 casualties"))));
    EXPECT_TRUE(figuresDisagree(only(QStringLiteral("6,731 casualties")), only(QStringLiteral("6,800 casualties"))));
    // Different things are never in conflict.
    EXPECT_FALSE(figuresDisagree(only(QStringLiteral("606 civilians")), only(QStringLiteral("1,248 injured"))));
    // Singular and plural are the same unit.
    EXPECT_TRUE(figuresDisagree(only(QStringLiteral("one million refugees")), only(QStringLiteral("3 refugees"))));
}

TEST(FigureParser, NeverCrashesAndEverySpanReadsBackOnScrambledText)
{
    // Pieces that exercise every rule, glued in random order with and without spaces.
    const QStringList pieces = {QStringLiteral("between"),
                                QStringLiteral("and"),
                                QStringLiteral("from"),
                                QStringLiteral("to"),
                                QStringLiteral("-"),
                                QStringLiteral("\u2013"),
                                QStringLiteral("1,235"),
                                QStringLiteral("5.7"),
                                QStringLiteral("million"),
                                QStringLiteral("m"),
                                QStringLiteral("%"),
                                QStringLiteral("per"),
                                QStringLiteral("cent"),
                                QStringLiteral("at least"),
                                QStringLiteral("more than"),
                                QStringLiteral("a"),
                                QStringLiteral("dozen"),
                                QStringLiteral("hundreds"),
                                QStringLiteral("of"),
                                QStringLiteral("tens"),
                                QStringLiteral("twenty"),
                                QStringLiteral("five"),
                                QStringLiteral("one"),
                                QStringLiteral("May"),
                                QStringLiteral("2022"),
                                QStringLiteral(":"),
                                QStringLiteral("09"),
                                QStringLiteral("people"),
                                QStringLiteral(","),
                                QStringLiteral("."),
                                QStringLiteral("9999999999999999999999999"),
                                QStringLiteral("\U0001F600"),
                                QStringLiteral("Agn\u00e8s"),
                                QStringLiteral("th")};
    quint32 state = 12345;
    auto next = [&state](quint32 n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    int found = 0;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const quint32 length = 1 + next(14);
        for (quint32 k = 0; k < length; ++k) {
            text += pieces.at(qsizetype(next(quint32(pieces.size()))));
            if (next(3) != 0) {
                text += u' ';
            }
        }
        for (const Figure& f : parseFigures(text)) {
            ++found;
            ASSERT_LE(0, f.start) << text.toStdString();
            ASSERT_LT(f.start, f.end) << text.toStdString();
            ASSERT_LE(f.end, text.size()) << text.toStdString();
            EXPECT_EQ(text.mid(f.start, f.end - f.start), f.text) << text.toStdString();
            if (f.low && f.high) {
                EXPECT_LE(*f.low, *f.high) << text.toStdString();
            }
        }
    }
    EXPECT_GT(found, 1000); // the scrambles do contain figures: the checks above ran
}

TEST(FigureParser, NamesWhatIsCountedWithItsQualifyingWords)
{
    EXPECT_EQ(only(QStringLiteral("at least 1,235 civilian bodies have been found")).counted,
              QStringLiteral("civilian bodies"));
    EXPECT_EQ(only(QStringLiteral("more than 5.7 million refugees")).counted, QStringLiteral("refugees"));
    const Figure probes = only(QStringLiteral("Ukraine has opened 8,000 war crime probes"));
    EXPECT_EQ(probes.counted, QStringLiteral("war crime probes"));
    EXPECT_EQ(probes.unit, QStringLiteral("probes"));
    // "of" and what follows belong to what is counted; the unit stays the head noun.
    const Figure cases = only(QStringLiteral("The mission documented 441 cases of unlawful killings in the region."));
    EXPECT_EQ(cases.counted, QStringLiteral("cases of unlawful killings"));
    EXPECT_EQ(cases.unit, QStringLiteral("cases"));
    EXPECT_EQ(cases.text, QStringLiteral("441 cases of unlawful killings"));
    EXPECT_EQ(only(QStringLiteral("some 300 allegations of torture were filed")).counted,
              QStringLiteral("allegations of torture"));
    // A nationality before the noun is part of it.
    const Figure ukrainians = only(QStringLiteral("about 2,000 Ukrainian refugees arrived"));
    EXPECT_EQ(ukrainians.counted, QStringLiteral("Ukrainian refugees"));
    EXPECT_EQ(ukrainians.unit, QStringLiteral("refugees"));
    // "of the", a name or a weekday after the number is not what is counted.
    EXPECT_TRUE(only(QStringLiteral("12 of the victims")).counted.isEmpty());
    EXPECT_TRUE(only(QStringLiteral("they counted 40 Monday")).counted.isEmpty());
    EXPECT_EQ(only(QStringLiteral("thousands of people fled")).counted, QStringLiteral("people"));
}

TEST(FigureParser, ReadsTheDateACountIsAsOf)
{
    const Figure bodies = only(QStringLiteral("at least 1,235 civilian bodies had been found by May 11, he said."));
    EXPECT_EQ(bodies.asOf, QStringLiteral("by May 11"));
    const QString text = QStringLiteral("As of March 20, 2022, there were 902 civilian deaths.");
    const Figure deaths = only(text);
    EXPECT_EQ(deaths.asOf, QStringLiteral("As of March 20, 2022"));
    EXPECT_EQ(text.mid(deaths.asOfStart, deaths.asOfEnd - deaths.asOfStart), deaths.asOf);
    EXPECT_EQ(only(QStringLiteral("more than 6 million refugees by the end of April")).asOf,
              QStringLiteral("by the end of April"));
    EXPECT_EQ(only(QStringLiteral("Police had detained 30 people until Tuesday.")).asOf,
              QStringLiteral("until Tuesday"));
    EXPECT_EQ(only(QStringLiteral("The toll stood at 400 dead as at 1 June.")).asOf, QStringLiteral("as at 1 June"));
    // Only the figure's own clause: a date in the next sentence is not its date.
    EXPECT_TRUE(only(QStringLiteral("They found 12 bodies. More may be found by May 11")).asOf.isEmpty());
    EXPECT_TRUE(only(QStringLiteral("killed by 12 soldiers")).asOf.isEmpty());
    EXPECT_TRUE(only(QStringLiteral("up to 40 people died")).asOf.isEmpty());
}

// The parser skips the date search in a clause without "by", "as", "until", "till" or "through" starting a word,
// and the phone number search in a text of fewer than seven digits: what they find must not change.
TEST(FigureParser, FindsDatesAndPhoneNumbersWhateverTheirCaseAndDigits)
{
    EXPECT_EQ(only(QStringLiteral("AS OF March 20, 2022, 902 civilians had died.")).asOf,
              QStringLiteral("AS OF March 20, 2022"));
    EXPECT_EQ(only(QStringLiteral("902 civilians had died a\u017f of March 20.")).asOf,
              QStringLiteral("a\u017f of March 20"));
    EXPECT_EQ(only(QStringLiteral("902 civilians had died THROUGH Friday.")).asOf, QStringLiteral("THROUGH Friday"));
    EXPECT_EQ(only(QStringLiteral("902 civilians,till Friday")).asOf, QStringLiteral("till Friday"));
    EXPECT_TRUE(only(QStringLiteral("902 casualties in Basra, Tilburg and Ruby until")).asOf.isEmpty());
    EXPECT_TRUE(only(QStringLiteral("902 civilians died in Vitill Friday")).asOf.isEmpty());
    // Seven digits make a phone number, not a count.
    EXPECT_TRUE(parseFigures(QStringLiteral("Call 555-0147-1 now")).isEmpty());
    // Integers of any length read as the number they write.
    EXPECT_EQ(only(QStringLiteral("1234567890123 people")).value, 1234567890123.0);
    EXPECT_EQ(only(QStringLiteral("12345678901234567890 people")).value, 12345678901234567890.0);
}

TEST(FigureParser, ReadsWordQuantitiesAndRanges)
{
    const Figure hundreds = only(QStringLiteral("hundreds were buried"));
    EXPECT_EQ(hundreds.qualifier, QStringLiteral("vague"));
    EXPECT_EQ(hundreds.low, 200.0);
    const Figure dozen = only(QStringLiteral("a dozen journalists were hurt"));
    EXPECT_EQ(dozen.value, 12);
    EXPECT_EQ(dozen.counted, QStringLiteral("journalists"));
    const Figure dozens = only(QStringLiteral("dozens of bodies"));
    EXPECT_EQ(dozens.low, 24.0);
    EXPECT_EQ(dozens.high, 99.0);
    const Figure thousands = only(QStringLiteral("thousands of civilians"));
    EXPECT_EQ(thousands.low, 2000.0);
    EXPECT_EQ(thousands.counted, QStringLiteral("civilians"));
    const Figure tensOfThousands = only(QStringLiteral("tens of thousands of refugees"));
    EXPECT_EQ(tensOfThousands.low, 20000.0);
    EXPECT_EQ(tensOfThousands.unit, QStringLiteral("refugees"));
    EXPECT_EQ(only(QStringLiteral("two dozen soldiers")).value, 24);

    for (const char* written : {"between 30 and 50 civilians", "30-50 civilians", "30\u201350 civilians",
                                "30 to 50 civilians", "from 30 to 50 civilians", "thirty to fifty civilians"}) {
        const Figure range = only(QString::fromUtf8(written));
        EXPECT_EQ(range.low, 30.0) << written;
        EXPECT_EQ(range.high, 50.0) << written;
        EXPECT_EQ(range.value, 40) << written;
        EXPECT_EQ(range.qualifier, QStringLiteral("between")) << written;
        EXPECT_EQ(range.counted, QStringLiteral("civilians")) << written;
    }
    EXPECT_EQ(only(QStringLiteral("between 2 and 3 million people")).low, 2e6);
}

TEST(FigureParser, LeavesOutCalibresModelNumbersYearsDatesPhoneNumbersAndOrdinals)
{
    for (const char* text : {"rifles firing 9x39mm rounds",
                             "a 7.62x39mm cartridge",
                             "9N210/9N235 submunitions",
                             "a Tochka-U 9M79",
                             "the BMP-2 and T-72 tanks",
                             "in 2022",
                             "since 2014,",
                             "on 24 February",
                             "on February 24, 2022",
                             "on 2022-02-24",
                             "on 24/02/2022",
                             "on 24.02.2022",
                             "at 10:30",
                             "the 24th brigade",
                             "the 3rd day",
                             "call +380 44 123 4567",
                             "call (202) 555-0147",
                             "call 202-555-0147",
                             "call 555-0147",
                             "call 0800 123 456",
                             "call 020 7946 0958",
                             "the 1990s",
                             "mid-2021",
                             "Resolution 2334",
                             "under Article 5 of",
                             "Flight MH 17",
                             "on May 11-12"}) {
        const QList<Figure> found = parseFigures(QString::fromUtf8(text));
        EXPECT_TRUE(found.isEmpty()) << text << ": " << texts(found).join(QStringLiteral(" | ")).toStdString();
    }
    // The counts next to them stay.
    EXPECT_EQ(texts(parseFigures(QStringLiteral("On May 11, 2022, 300 9x39mm rounds and 12 tanks were found."))),
              (QStringList{QStringLiteral("300"), QStringLiteral("12 tanks")}));
    // A count next to a phone number stays a count.
    EXPECT_EQ(texts(parseFigures(QStringLiteral("About 40 families called 0800 123 456."))),
              QStringList{QStringLiteral("About 40 families")});
}

TEST(FigureParser, WhatIsCountedAfterOfEndsAtItsNoun)
{
    EXPECT_EQ(only(QStringLiteral("after more than two years of investigation plagued by delays")).counted,
              QStringLiteral("years of investigation"));
    EXPECT_EQ(only(QStringLiteral("It recorded 52 reports of sexual violence against women.")).counted,
              QStringLiteral("reports of sexual violence"));
    EXPECT_EQ(only(QStringLiteral("There were 441 cases of unlawful killings reported")).counted,
              QStringLiteral("cases of unlawful killings"));
}
