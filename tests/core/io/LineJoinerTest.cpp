// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hard-wrapped text reads as paragraphs: what is joined, what is left alone, and how line-end hyphens are undone.
#include "core/io/LineJoiner.h"
#include "core/io/PlainTextImporter.h"
#include "core/model/TextRange.h"
#include "tests/support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using io::detectHardWrap;
using io::unwrapText;

namespace {

QByteArray dataFile(const QString& name)
{
    QFile f(test::dataDir() + u"/text/" + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

model::NewReport importText(const QByteArray& bytes, const QString& name = QStringLiteral("article.txt"))
{
    auto report = io::PlainTextImporter().read({bytes, name, name});
    EXPECT_TRUE(report.ok()) << report.error().toString().toStdString();
    return report.ok() ? report.value() : model::NewReport{};
}

QStringList nonBlankLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            out << line;
        }
    }
    return out;
}

// A paragraph wrapped at `width` columns, the way fmt or a mail client wraps it.
QString wrap(const QString& paragraph, int width)
{
    QString out;
    QString line;
    for (const QString& word : paragraph.split(u' ')) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

const QString kParagraphA = QStringLiteral(
    "The ferry left the harbour an hour late on Tuesday because the crew waited for a delivery of spare parts "
    "that never came, and the passengers were told nothing until the boat was already at sea, two of them said.");
const QString kParagraphB = QStringLiteral(
    "The company said in a statement that the delay was caused by the weather and that no passenger had been at "
    "risk at any moment of the crossing, which took four hours instead of the usual two and a half.");

} // namespace

TEST(LineJoiner, JoinsTheLinesOfEachParagraphOfAHardWrappedFile)
{
    const model::NewReport report = importText(dataFile(QStringLiteral("hard-wrapped.txt")));
    const QString reading = model::textWithout(report.workingText, report.excludedRanges);
    EXPECT_TRUE(reading.contains(
        QStringLiteral("Three river towns spent the weekend counting the damage after the water fell back, and the "
                       "regional council said on Monday that at least 40 houses would have to be rebuilt. The "
                       "council's own investigation of the failed embankment is due by the end of the month, "
                       "officials said.\n")))
        << reading.toStdString();
    EXPECT_TRUE(reading.contains(QStringLiteral("ground floors under a metre of mud. The mayor said")));
    // Headings, datelines, bylines, list items and the closing line stay lines of their own.
    const QStringList lines = nonBlankLines(report.workingText);
    for (const char* own :
         {"River towns count the damage after the spring flood", "March 14, 2024", "By Marta Kowal",
          "What the council promised", "The council listed three measures:", "- a fund for rebuilding the houses,",
          "- a new survey of the embankment,", "- and free storage for what residents saved.",
          "Marta Kowal reported from the river towns."}) {
        EXPECT_TRUE(lines.contains(QString::fromUtf8(own))) << own;
    }
    // Blank lines between paragraphs are kept: the paragraphs are the same, only the line breaks inside went.
    EXPECT_EQ(report.workingText.count(QStringLiteral("\n\n")),
              QString::fromUtf8(dataFile(QStringLiteral("hard-wrapped.txt"))).count(QStringLiteral("\n\n")));
    // The original keeps every byte.
    EXPECT_EQ(report.original, dataFile(QStringLiteral("hard-wrapped.txt")));
}

TEST(LineJoiner, UndoesHyphenationButKeepsTheHyphenOfACompound)
{
    const model::NewReport report = importText(dataFile(QStringLiteral("hard-wrapped.txt")));
    EXPECT_TRUE(report.workingText.contains(QStringLiteral("own investigation of the failed")));
    EXPECT_TRUE(report.workingText.contains(QStringLiteral("a small engineering Kyiv-based company")));
    EXPECT_FALSE(report.workingText.contains(QStringLiteral("investi-")));

    const QString chain =
        QStringLiteral("Profits were lower-than-\nexpected in the third quarter, and the company said\n");
    EXPECT_TRUE(io::joinWrappedLines(chain, {true, 26, 2, 1}).contains(QStringLiteral("lower-than-expected in")));

    // The rule, case by case.
    const QString doc = QStringLiteral("A text that says nothing about these words.");
    EXPECT_TRUE(io::dropsLineEndHyphen(u"investi", u"gation", doc));
    EXPECT_TRUE(io::dropsLineEndHyphen(u"govern", u"ment", doc));
    EXPECT_FALSE(io::dropsLineEndHyphen(u"Kyiv", u"based", doc));   // a name
    EXPECT_FALSE(io::dropsLineEndHyphen(u"UN", u"led", doc));       // an acronym
    EXPECT_FALSE(io::dropsLineEndHyphen(u"COVID", u"19", doc));     // a number
    EXPECT_FALSE(io::dropsLineEndHyphen(u"long", u"term", doc));    // two words of a usual compound
    EXPECT_FALSE(io::dropsLineEndHyphen(u"self", u"defence", doc)); // a prefix that keeps its hyphen
    EXPECT_FALSE(io::dropsLineEndHyphen(u"state", u"owned", doc));
    // The document's own spelling decides first.
    EXPECT_FALSE(io::dropsLineEndHyphen(u"cease", u"less", QStringLiteral("A cease-less stream.")));
    EXPECT_TRUE(io::dropsLineEndHyphen(u"Kyiv", u"based", QStringLiteral("It is kyivbased, oddly.")));
}

TEST(LineJoiner, DetectsWrappingAtAnyWidthFromTheLineLengths)
{
    for (const int width : {40, 60, 72, 100, 130}) {
        const QString text = wrap(kParagraphA, width) + QStringLiteral("\n\n") + wrap(kParagraphB, width) +
                             QStringLiteral("\n\n") + wrap(kParagraphA, width);
        const io::WrapProfile profile = detectHardWrap(text);
        EXPECT_TRUE(profile.hardWrapped) << width;
        EXPECT_LE(profile.width, width);
        EXPECT_GE(profile.width, width - 12);
        const QString joined = unwrapText(text);
        EXPECT_EQ(joined, kParagraphA + QStringLiteral("\n\n") + kParagraphB + QStringLiteral("\n\n") + kParagraphA)
            << width;
    }
}

TEST(LineJoiner, JoinsParagraphsMarkedByIndentationOrAShortLastLine)
{
    // Newswire style: each paragraph starts indented, no blank lines.
    auto indent = [](const QString& wrapped) -> QString {
        return QStringLiteral("    ") + wrapped;
    };
    const QString wire =
        indent(wrap(kParagraphA, 64)) + u'\n' + indent(wrap(kParagraphB, 64)) + u'\n' + indent(wrap(kParagraphA, 64));
    EXPECT_EQ(unwrapText(wire), QStringLiteral("    ") + kParagraphA + QStringLiteral("\n    ") + kParagraphB +
                                    QStringLiteral("\n    ") + kParagraphA);
    // A PDF's text: no blank lines, a paragraph ends with a short line.
    const QString pdf =
        QStringLiteral("The inquiry opened on Monday with the testimony of the three engineers who had\n"
                       "inspected the dam in the spring and who had all signed the report that\n"
                       "warned of seepage.\n"
                       "The chair of the inquiry said that the hearings would last at least two\n"
                       "weeks and that the families of the victims would be heard at the end of\n"
                       "them, in the town hall.\n");
    EXPECT_EQ(unwrapText(pdf), QStringLiteral("The inquiry opened on Monday with the testimony of the three engineers "
                                              "who had inspected the dam in the spring and who had all signed the "
                                              "report that warned of seepage.\n"
                                              "The chair of the inquiry said that the hearings would last at least "
                                              "two weeks and that the families of the victims would be heard at the "
                                              "end of them, in the town hall.\n"));
}

TEST(LineJoiner, LeavesATextWithOneParagraphPerLineAsItIs)
{
    const QString text = kParagraphA + u'\n' + kParagraphB + u'\n' + QStringLiteral("A short one.") + u'\n' +
                         kParagraphB.left(120) + QStringLiteral(".\n") + kParagraphA + u'\n' + kParagraphB;
    EXPECT_FALSE(detectHardWrap(text).hardWrapped);
    EXPECT_EQ(unwrapText(text), text);
    // The seed articles are not hard-wrapped: importing them changes nothing.
    for (const QString& path : test::seedFiles()) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString seed = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(detectHardWrap(seed).hardWrapped) << path.toStdString();
    }
}

TEST(LineJoiner, LeavesPoetryTablesAndShortLinesAlone)
{
    const QString poem = QStringLiteral("The river came at night\n"
                                        "and took the bridge away,\n"
                                        "the bells rang in the dark\n"
                                        "and no one slept till day.\n\n"
                                        "We carried what we could,\n"
                                        "we left what we could not,\n"
                                        "and in the morning light\n"
                                        "we counted what we'd got.\n");
    EXPECT_EQ(unwrapText(poem), poem);
    const QString table = QStringLiteral("Town          Houses   Damaged   Rebuilt\n"
                                         "Nowa Wies        120        40         3\n"
                                         "Stary Brod        85        22         0\n"
                                         "Lipki             60        12         1\n"
                                         "Dolina            45         9         0\n"
                                         "Total            310        83         4\n");
    EXPECT_EQ(unwrapText(table), table);
    const QString list = QStringLiteral("Bread\nMilk\nEggs\nSalt\nTea\nSugar\nRice\n");
    EXPECT_EQ(unwrapText(list), list);
}

TEST(LineJoiner, KeepsAHeadingOrSignatureAfterASentenceEndOnItsOwnLine)
{
    const QString text = wrap(kParagraphA, 70) + QStringLiteral("\nThe Harbour Office\n\n") + wrap(kParagraphB, 70) +
                         QStringLiteral("\n\n") + wrap(kParagraphA, 70);
    const QString joined = unwrapText(text);
    EXPECT_TRUE(joined.contains(QStringLiteral("two of them said.\nThe Harbour Office\n\n"))) << joined.toStdString();
}

TEST(LineJoiner, TakesTheTitleFromTheHeadlineNotAWrappedPhotoCaption)
{
    const model::NewReport report = importText(dataFile(QStringLiteral("hard-wrapped.txt")));
    EXPECT_EQ(report.metadata.title, QStringLiteral("River towns count the damage after the spring flood"));
    EXPECT_EQ(report.metadata.author, QStringLiteral("Marta Kowal"));
    EXPECT_EQ(report.metadata.published.iso, QStringLiteral("2024-03-14"));
}

TEST(LineJoiner, KeepsPageFurnitureOnItsOwnLineAndExcluded)
{
    const QString text = wrap(kParagraphA, 70) + QStringLiteral("\n\n") + wrap(kParagraphB, 70) +
                         QStringLiteral("\n\n") + wrap(kParagraphA, 70) +
                         QStringLiteral("\nSign up for our newsletter to get the morning briefing in your inbox.\n"
                                        "© 2024 The Harbour Gazette. All rights reserved.\n");
    const model::NewReport report = importText(text.toUtf8());
    const QString reading = model::textWithout(report.workingText, report.excludedRanges);
    EXPECT_FALSE(reading.contains(QStringLiteral("newsletter"))) << reading.toStdString();
    EXPECT_FALSE(reading.contains(QStringLiteral("All rights reserved")));
    EXPECT_TRUE(reading.contains(kParagraphB));
    EXPECT_EQ(report.metadata.outlet, QStringLiteral("The Harbour Gazette"));
}

TEST(LineJoiner, AWordBrokenAtALineEndMarksAShortTextAsWrapped)
{
    // A short note, wrapped by hand at different widths: the lines are too few and too uneven to tell by their
    // lengths, but nobody ends a line inside a word on purpose.
    const QString note = QStringLiteral("Kyiv regional governor Oleksandr Pavlyuk said that at least\n"
                                        "1,235 civilian bodies have been found in the region, of which\n"
                                        "most were shot. The investi-\n"
                                        "gation continues.\n"
                                        "\n"
                                        "A second para-\n"
                                        "graph here.\n");
    EXPECT_TRUE(detectHardWrap(note).hardWrapped);
    EXPECT_EQ(unwrapText(note), QStringLiteral("Kyiv regional governor Oleksandr Pavlyuk said that at least 1,235 "
                                               "civilian bodies have been found in the region, of which most were "
                                               "shot. The investigation continues.\n"
                                               "\n"
                                               "A second paragraph here.\n"));
    // A dash after a space, or a list item after a hyphen, is no broken word.
    const QString list = QStringLiteral("Things to check before we publish the story on Friday -\n"
                                        "- the figures from the regional prosecutor's office\n"
                                        "- the photographs of the bodies found in the region\n"
                                        "- the statement from the Ministry of Defence in full\n"
                                        "- the timeline of the withdrawal from the towns near\n");
    EXPECT_EQ(unwrapText(list), list);
}
