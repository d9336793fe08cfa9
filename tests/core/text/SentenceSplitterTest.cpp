// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SentenceSplitter.h"
#include "tests/core/text/SeedText.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

QStringList sentenceTexts(const QString& text)
{
    QStringList out;
    for (const Sentence& s : splitSentences(text)) {
        out << text.mid(s.start, s.end - s.start);
    }
    return out;
}

} // namespace

TEST(SentenceSplitter, DoesNotEndASentenceAtTitlesInitialsAcronymsOrDecimals)
{
    const QString text = QStringLiteral("Mr. Ryan met Dr. Jones and Gen. Mark A. Milley in the U.S. Capitol. "
                                        "Prosecutor Karim A.A. Khan said 1.5 million people fled. The U.N. agreed.");
    EXPECT_EQ(sentenceTexts(text),
              (QStringList{QStringLiteral("Mr. Ryan met Dr. Jones and Gen. Mark A. Milley in the U.S. Capitol."),
                           QStringLiteral("Prosecutor Karim A.A. Khan said 1.5 million people fled."),
                           QStringLiteral("The U.N. agreed.")}));
}

TEST(SentenceSplitter, KeepsClosingQuotesWithTheirSentenceAndSplitsAfterEllipses)
{
    const QString text = QStringLiteral("\u201CWe will not stop.\u201D She left. \"Why?\" he asked. Wait\u2026 "
                                        "Then it rained... And \u201Cno,\u201D they said.");
    EXPECT_EQ(sentenceTexts(text),
              (QStringList{QStringLiteral("\u201CWe will not stop.\u201D"), QStringLiteral("She left."),
                           QStringLiteral("\"Why?\" he asked."), QStringLiteral("Wait\u2026"),
                           QStringLiteral("Then it rained..."), QStringLiteral("And \u201Cno,\u201D they said.")}));
}

TEST(SentenceSplitter, EndsSentencesAtLineBreaksAndNumbersParagraphs)
{
    const QString text = QStringLiteral("Headline without a stop\n\nFirst body sentence. Second one\nThird line.");
    const auto sentences = splitSentences(text);
    ASSERT_EQ(sentences.size(), 4u);
    EXPECT_EQ(text.mid(sentences[0].start, sentences[0].end - sentences[0].start),
              QStringLiteral("Headline without a stop"));
    EXPECT_EQ(sentences[0].paragraph, 0);
    EXPECT_EQ(sentences[1].paragraph, 1);
    EXPECT_EQ(sentences[2].paragraph, 1);
    EXPECT_EQ(text.mid(sentences[2].start, sentences[2].end - sentences[2].start), QStringLiteral("Second one"));
    EXPECT_EQ(sentences[3].paragraph, 2);
}

TEST(SentenceSplitter, SplitsTheFoxSeedsCallamardLineIntoItsTwoQuotedSentences)
{
    const QString text = test::seedText(QStringLiteral("001"));
    ASSERT_FALSE(text.isEmpty());
    const QStringList sentences = sentenceTexts(text);
    EXPECT_TRUE(sentences.contains(QStringLiteral("\"It is vital that all those responsible, including up the chain "
                                                  "of command, are brought to justice.\"")));
    // "(U.N.)" and "U.N. High Commissioner" stay inside their sentences.
    EXPECT_TRUE(sentences.contains(
        QStringLiteral("The United Nations (U.N.) has also opened its own inquiry into possible war crimes.")));
    EXPECT_TRUE(sentences.contains(QStringLiteral(
        "The Office of the U.N. High Commissioner for Human Rights (OHCHR) recorded 6,731 civilian casualties, "
        "including 3,280 killed.")));
}
