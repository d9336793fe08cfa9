// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// search::snippetAround: the words around a hit, for a result whose first hit the reader cannot see.
#include "core/search/Snippet.h"

#include <gtest/gtest.h>

using corrob::search::kSnippetWords;
using corrob::search::snippetAround;
using corrob::search::snippetOnOneLine;
using corrob::search::TextSpan;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The snippet's text with its hits in [brackets].
QString marked(const corrob::search::Snippet& snippet)
{
    QString out = snippet.text;
    for (auto h = snippet.hits.rbegin(); h != snippet.hits.rend(); ++h) {
        out.insert(h->end, u']');
        out.insert(h->start, u'[');
    }
    return out;
}

TextSpan spanOf(const QString& text, const QString& word, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(word, from);
    return {at, at + word.size()};
}

} // namespace

TEST(Snippet, AShortTextIsWholeWithItsHitsMarkedAndNoEllipsis)
{
    const QString text = s("Investigators returned to Bucha on Monday. Bucha is quiet.");
    const std::vector<TextSpan> hits{spanOf(text, s("Bucha")), spanOf(text, s("Bucha"), 30)};
    EXPECT_EQ(marked(snippetAround(text, hits, 0)),
              s("Investigators returned to [Bucha] on Monday. [Bucha] is quiet."));
}

TEST(Snippet, ALongTextIsCutAtWholeWordsWithTheHitAThirdOfTheWayIn)
{
    QString text;
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("word%1 ").arg(i);
    }
    text += s("Kharkiv");
    for (int i = 40; i < 80; ++i) {
        text += QStringLiteral(" word%1").arg(i);
    }
    const TextSpan hit = spanOf(text, s("Kharkiv"));
    const auto snippet = snippetAround(text, {hit}, 0);
    EXPECT_TRUE(snippet.text.startsWith(s("\u2026word35 "))) << snippet.text.toStdString();
    EXPECT_TRUE(snippet.text.endsWith(s(" word49\u2026"))) << snippet.text.toStdString();
    EXPECT_EQ(snippet.text.split(u' ').size(), kSnippetWords);
    ASSERT_EQ(snippet.hits.size(), 1U);
    EXPECT_EQ(snippet.text.mid(snippet.hits[0].start, snippet.hits[0].end - snippet.hits[0].start), s("Kharkiv"));
}

TEST(Snippet, NeverReachesIntoHiddenTextNorMarksAHitThere)
{
    const QString text =
        s("WATCH | Bucha one year on\nThe mayor of Bucha said the town was rebuilding.\nSign up: Bucha");
    const TextSpan promo{0, text.indexOf(u'\n') + 1};
    const TextSpan signUp{text.lastIndexOf(u'\n') + 1, text.size()};
    const std::vector<TextSpan> hits{spanOf(text, s("Bucha")), spanOf(text, s("Bucha"), 10),
                                     spanOf(text, s("Bucha"), text.lastIndexOf(u'\n'))};
    const auto snippet = snippetAround(text, hits, 1, {promo, signUp});
    EXPECT_EQ(marked(snippet), s("\u2026The mayor of [Bucha] said the town was rebuilding.\u2026"));
}

TEST(Snippet, CountsLettersOutsideTheBasicPlaneAndNonLatinScriptsAsWords)
{
    const QString text = s("𝐀𝐁 Київ і Харків, 😀 Київ");
    const std::vector<TextSpan> hits{spanOf(text, s("Київ")), spanOf(text, s("Київ"), 6)};
    EXPECT_EQ(marked(snippetAround(text, hits, 1)), s("𝐀𝐁 [Київ] і Харків, 😀 [Київ]"));
}

TEST(Snippet, IsEmptyForAHitThatIsNotInTheText)
{
    const QString text = s("short");
    EXPECT_TRUE(snippetAround(text, {{2, 40}}, 0).text.isEmpty());
    EXPECT_TRUE(snippetAround(text, {{0, 5}}, 1).text.isEmpty());
    EXPECT_TRUE(snippetAround(text, {{3, 3}}, 0).text.isEmpty());
}

TEST(Snippet, KeepsTheSignOpeningTheFirstWordAndStaysShortWhateverItsWords)
{
    const QString text = s("She said: \u201cWe counted at least 14 bodies in the courtyard.\u201d");
    const TextSpan hit = spanOf(text, s("bodies"));
    EXPECT_EQ(marked(snippetAround(text, {hit}, 0)),
              s("\u2026\u201cWe counted at least 14 [bodies] in the courtyard.\u201d"));
    // A run of signs or a script written without spaces is one "word": the snippet stays short all the same.
    const QString run = s("Kharkiv ") + QString(3000, u'=') + s(" end");
    const auto bounded = snippetAround(run, {spanOf(run, s("Kharkiv"))}, 0);
    EXPECT_LE(bounded.text.size(), 7 + corrob::search::kSnippetCharacters + 2);
    const QString cjk = s("\u54c8\u5c14\u79d1\u592b") + QString(1000, QChar(0x4e00));
    EXPECT_LE(snippetAround(cjk, {{0, 4}}, 0).text.size(), 4 + corrob::search::kSnippetCharacters + 2);
}

TEST(Snippet, HiddenTextInsideTheHitsWordsEndsTheSnippetThere)
{
    // A furniture range that starts within the hit ("Bucha|WATCH ..."): nothing after the hit is shown.
    const QString text = s("Residents of Bucha WATCH video promo text here");
    const TextSpan hit = spanOf(text, s("Bucha WATCH"));
    const TextSpan promo{text.indexOf(s("WATCH")), text.size()};
    const auto snippet = snippetAround(text, {hit}, 0, {promo});
    EXPECT_FALSE(snippet.text.contains(s("promo"))) << snippet.text.toStdString();
}

TEST(Snippet, OnOneLineEachRunOfLineBreaksIsAPilcrowAndNoneAtTheEnds)
{
    EXPECT_EQ(snippetOnOneLine(s("Governor speaks\nOleksandr Pavlyuk said")),
              s("Governor speaks \u00b6 Oleksandr Pavlyuk said"));
    EXPECT_EQ(snippetOnOneLine(s("one.\r\n\r\n  two\u2029three")), s("one. \u00b6 two \u00b6 three"));
    EXPECT_EQ(snippetOnOneLine(s("\n\n\u2026the hit\t and   more\n")), s("\u2026the hit and more"));
    EXPECT_EQ(snippetOnOneLine(s("\n \n")), QString());
}
