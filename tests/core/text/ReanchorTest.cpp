// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Reanchor.h"
#include "tests/support/TestPaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

QString seedText(int i)
{
    QFile f(test::seedFiles().at(i));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The selector of the occurrence-th occurrence of quote in text, with 32 code units of context.
QuoteSelector selectorOf(const QString& text, const QString& quote, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
    }
    EXPECT_GE(at, 0) << quote.toStdString();
    QuoteSelector s;
    s.start = at;
    s.end = at + quote.size();
    s.quote = quote;
    s.prefix = text.mid(std::max<qsizetype>(0, at - 32), at - std::max<qsizetype>(0, at - 32));
    s.suffix = text.mid(s.end, 32);
    return s;
}

const QString kPavlyuk = QStringLiteral(
    "Kyiv regional governor Oleksandr Pavlyuk said that at least 1,235 civilian bodies have been found in the region.");
const QString kDenial = QStringLiteral(
    "Russia has claimed that it hits only targets with military values, denying allegations of war crimes.");

} // namespace

TEST(Reanchor, UnchangedTextKeepsThePosition)
{
    const QString text = seedText(1);
    const QuoteSelector s = selectorOf(text, kPavlyuk);
    const ReanchorResult r = reanchor(s, text.size(), text);
    EXPECT_EQ(r.method, ReanchorMethod::Position);
    EXPECT_EQ(r.start, s.start);
    EXPECT_EQ(r.end, s.end);
    EXPECT_DOUBLE_EQ(r.score, 1.0);
}

TEST(Reanchor, TextInsertedBeforeTheQuoteShiftsIt)
{
    const QString old = seedText(1);
    const QuoteSelector s = selectorOf(old, kPavlyuk);
    const QString inserted = QStringLiteral("Editor's note: this article was updated on Saturday.\n");
    const QString edited = inserted + old;
    const ReanchorResult r = reanchor(s, old.size(), edited);
    EXPECT_EQ(r.method, ReanchorMethod::Quote);
    EXPECT_EQ(r.start, s.start + inserted.size());
    EXPECT_EQ(edited.mid(r.start, r.end - r.start), kPavlyuk);
    EXPECT_DOUBLE_EQ(r.score, 1.0) << "the context is unchanged";
}

TEST(Reanchor, MovedQuoteIsFoundWhereItWent)
{
    const QString old = seedText(1);
    const QuoteSelector s = selectorOf(old, kPavlyuk);
    QString edited = old;
    edited.remove(s.start, kPavlyuk.size() + 1); // with its line break
    edited.append(u'\n' + kPavlyuk);
    const ReanchorResult r = reanchor(s, old.size(), edited);
    EXPECT_EQ(r.method, ReanchorMethod::Quote);
    EXPECT_EQ(r.start, edited.size() - kPavlyuk.size());
    EXPECT_EQ(r.end, edited.size());
}

TEST(Reanchor, QuoteWithOneWordChangedIsFoundFuzzily)
{
    const QString old = seedText(1);
    const QuoteSelector s = selectorOf(old, kDenial);
    QString reworded = kDenial;
    reworded.replace(QStringLiteral("has claimed"), QStringLiteral("has insisted"));
    QString edited = old;
    edited.replace(kDenial, reworded);
    const ReanchorResult r = reanchor(s, old.size(), edited);
    ASSERT_EQ(r.method, ReanchorMethod::Fuzzy);
    EXPECT_EQ(edited.mid(r.start, r.end - r.start), reworded);
    EXPECT_GT(r.score, 0.8);
    EXPECT_LT(r.score, 1.0);
}

TEST(Reanchor, AChangedFigureAtAQuotesEdgeIsTakenWhole)
{
    // The edits let the approximate occurrence end after "1" of "17": the quote ended at a word's edge, so does the
    // new one, or the claim would quote "injuring 1" and every export with it.
    const QString old = QStringLiteral("A drone hit the port overnight, killing at least 2 people and injuring 14. "
                                       "Officials said the fire was out by morning.");
    const QString quote = QStringLiteral("killing at least 2 people and injuring 14");
    const QuoteSelector s = selectorOf(old, quote);
    for (const char* figure : {"17", "140", "4"}) {
        QString edited = old;
        edited.replace(QStringLiteral("injuring 14"), QStringLiteral("injuring ") + QString::fromLatin1(figure));
        const ReanchorResult r = reanchor(s, old.size(), edited);
        ASSERT_EQ(r.method, ReanchorMethod::Fuzzy) << figure;
        EXPECT_EQ(edited.mid(r.start, r.end - r.start),
                  QStringLiteral("killing at least 2 people and injuring ") + QString::fromLatin1(figure));
    }
    // And at the start: "at least 2" became "at least 12".
    const QuoteSelector figures = selectorOf(old, QStringLiteral("2 people and injuring 14"));
    QString edited = old;
    edited.replace(QStringLiteral("at least 2 people"), QStringLiteral("at least 12 people"));
    const ReanchorResult r = reanchor(figures, old.size(), edited);
    ASSERT_EQ(r.method, ReanchorMethod::Fuzzy);
    EXPECT_EQ(edited.mid(r.start, r.end - r.start), QStringLiteral("12 people and injuring 14"));
    // A quote that began inside a word keeps beginning there.
    const QuoteSelector inside = selectorOf(old, QStringLiteral("lling at least 2 people and injuring 14"));
    const ReanchorResult kept =
        reanchor(inside, old.size(), QString(old).replace(QStringLiteral("14"), QStringLiteral("17")));
    ASSERT_EQ(kept.method, ReanchorMethod::Fuzzy);
    EXPECT_TRUE(old.mid(kept.start, 5) == QStringLiteral("lling")) << kept.start;
}

TEST(Reanchor, TextWithoutSpacesBetweenWordsAndAShortQuoteInALongerWordAreStillPlaced)
{
    // Chinese has no word edges to keep: a quote followed by another character in the new capture stays where it was,
    // not orphaned, and is not widened to the next punctuation.
    const QString old = QStringLiteral("俄罗斯外交部发言人扎哈罗娃周五表示，俄方将对新的制裁作出强硬回应。");
    const QuoteSelector s = selectorOf(old, QStringLiteral("扎哈罗娃周五表示"));
    QString edited = old;
    edited.replace(QStringLiteral("表示，"), QStringLiteral("表示俄方"));
    const ReanchorResult r = reanchor(s, old.size(), edited);
    ASSERT_NE(r.method, ReanchorMethod::Orphaned);
    EXPECT_EQ(edited.mid(r.start, r.end - r.start), QStringLiteral("扎哈罗娃周五表示"));
    // A quote too short for the approximate search, now inside a longer word, is placed there rather than lost.
    const QString text = QStringLiteral("Shelling hit Kyiv overnight, officials said.");
    const QuoteSelector kyiv = selectorOf(text, QStringLiteral("Kyiv"));
    const QString renamed = QStringLiteral("Shelling hit Kyivska oblast overnight, officials said.");
    const ReanchorResult placed = reanchor(kyiv, text.size(), renamed);
    ASSERT_NE(placed.method, ReanchorMethod::Orphaned);
    EXPECT_EQ(renamed.mid(placed.start, placed.end - placed.start), QStringLiteral("Kyiv"));
}

TEST(Reanchor, DeletedQuoteIsOrphaned)
{
    const QString old = seedText(1);
    const QuoteSelector s = selectorOf(old, kDenial);
    QString edited = old;
    edited.remove(kDenial + u'\n');
    ASSERT_FALSE(edited.contains(QStringLiteral("military values")));
    const ReanchorResult r = reanchor(s, old.size(), edited);
    EXPECT_EQ(r.method, ReanchorMethod::Orphaned);
    EXPECT_EQ(r.score, 0);
}

TEST(Reanchor, RepeatedQuoteIsToldApartByItsContext)
{
    // "Amnesty International" occurs several times in seed 001; each must come back to its own occurrence after
    // text is inserted in front, although position no longer matches.
    const QString old = seedText(1);
    const QString quote = QStringLiteral("Amnesty International");
    ASSERT_GE(old.count(quote), 3);
    const QString edited = QStringLiteral("UPDATED: \n") + old;
    for (int occurrence = 1; occurrence <= 3; ++occurrence) {
        const QuoteSelector s = selectorOf(old, quote, occurrence);
        const ReanchorResult r = reanchor(s, old.size(), edited);
        EXPECT_EQ(r.method, ReanchorMethod::Quote) << occurrence;
        EXPECT_EQ(r.start, s.start + 10) << "occurrence " << occurrence;
    }
}

TEST(Reanchor, RepeatedQuoteInMovedParagraphsFollowsItsOwnContext)
{
    // The same quote in two paragraphs whose order is swapped: the context, not the position, decides.
    const QString a = QStringLiteral("Callamard said in a Friday statement that the findings were clear.\n");
    const QString b = QStringLiteral("U.N. human rights experts said in a Friday statement that help is needed.\n");
    const QString old = a + b;
    const QString edited = b + a;
    const QuoteSelector s = selectorOf(old, QStringLiteral("in a Friday statement"), 2); // the U.N. one
    const ReanchorResult r = reanchor(s, old.size(), edited);
    EXPECT_EQ(r.method, ReanchorMethod::Quote);
    EXPECT_EQ(r.start, edited.indexOf(QStringLiteral("in a Friday statement")));
}

TEST(Reanchor, NeverSplitsASurrogatePair)
{
    // Seed 003 starts with an emoji; a fuzzy match next to it must not cut it in half.
    const QString emoji = QString::fromUcs4(U"\U0001F4F0");
    const QString old =
        QStringLiteral("Intro line.\n") + emoji + QStringLiteral("Bodies were found in the region today.");
    const QuoteSelector s = selectorOf(old, emoji + QStringLiteral("Bodies were found in the region today."));
    const QString edited =
        QStringLiteral("New intro.\n") + emoji + QStringLiteral("Bodies were found in a region today.");
    const ReanchorResult r = reanchor(s, old.size(), edited);
    ASSERT_NE(r.method, ReanchorMethod::Orphaned);
    EXPECT_FALSE(edited.at(r.start).isLowSurrogate());
    EXPECT_FALSE(r.end < edited.size() && edited.at(r.end).isLowSurrogate());
}

TEST(Reanchor, LongTextStaysWithinTheWorkBudget)
{
    // A 4 MB text built from the seeds: a reworded quote is still found (in the window around its old relative
    // position) and a deleted one is orphaned, without a quadratic search.
    QString old;
    for (int i = 0; i < 200; ++i) {
        old += seedText(i % 5);
    }
    const QuoteSelector s = selectorOf(old, kDenial, 20);
    QString edited = old;
    edited.replace(s.start, s.quote.size(), QString(kDenial).replace(QStringLiteral("only"), QStringLiteral("just")));
    const ReanchorResult r = reanchor(s, old.size(), edited);
    EXPECT_EQ(r.method, ReanchorMethod::Quote) << "the other 39 exact copies are still there";
    QuoteSelector unique = s;
    unique.quote = QStringLiteral("A sentence that appears nowhere in any of the seed articles at all.");
    EXPECT_EQ(reanchor(unique, old.size(), edited).method, ReanchorMethod::Orphaned);
}
