// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/CheckWorthiness.h"
#include "tests/core/text/SeedText.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

namespace {

QString sentenceText(const QString& text, const CheckWorthySentence& s)
{
    return text.mid(s.start, s.end - s.start);
}

// The check-worthy sentence that starts with the words, or nullptr.
const CheckWorthySentence* sentenceStarting(const QString& text, const std::vector<CheckWorthySentence>& found,
                                            const QString& words)
{
    for (const CheckWorthySentence& s : found) {
        if (sentenceText(text, s).startsWith(words)) {
            return &s;
        }
    }
    return nullptr;
}

// The words behind each cue of one reason, in text order.
QStringList cueTexts(const QString& text, const CheckWorthySentence& s, CheckReason reason)
{
    QStringList out;
    for (const CheckCue& cue : s.cues) {
        if (cue.reason == reason) {
            out << text.mid(cue.start, cue.end - cue.start);
        }
    }
    return out;
}

} // namespace

TEST(CheckWorthiness, FindsFiguresLegalQualificationsAndAllegationsWithTheWordsBehindThem)
{
    const QString text =
        QStringLiteral("Amnesty claims to have documented unlawful airstrikes on Borodyanka that killed "
                       "up to 40 people. The area appears to be residential.");
    const auto found = findCheckWorthySentences(text);
    ASSERT_EQ(found.size(), 1u) << "the plain description is not check-worthy";
    const CheckWorthySentence& s = found.front();
    EXPECT_EQ(sentenceText(text, s), text.section(u'.', 0, 0) + u'.');
    EXPECT_EQ(s.reasons, CheckReason::Figure | CheckReason::LegalQualification | CheckReason::Allegation |
                             CheckReason::Attributed);
    EXPECT_EQ(cueTexts(text, s, CheckReason::Attributed), QStringList{QStringLiteral("Amnesty")}) << "Amnesty claims";
    EXPECT_EQ(cueTexts(text, s, CheckReason::Figure), QStringList{QStringLiteral("up to 40 people")});
    EXPECT_EQ(cueTexts(text, s, CheckReason::LegalQualification), QStringList{QStringLiteral("unlawful")});
    EXPECT_EQ(cueTexts(text, s, CheckReason::Allegation),
              (QStringList{QStringLiteral("claims to"), QStringLiteral("documented")}));
    // Cues are in text order.
    for (size_t i = 1; i < s.cues.size(); ++i) {
        EXPECT_LE(s.cues[i - 1].start, s.cues[i].start);
    }
}

TEST(CheckWorthiness, FindsDenialsAndTellsThemFromAllegations)
{
    const QString text = QStringLiteral(
        "Russia has claimed that it hits only targets with military values, denying allegations of war crimes. "
        "Moscow rejected the report as fabricated. Kremlin officials say there is no evidence of any attack.");
    const auto found = findCheckWorthySentences(text);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_TRUE(found[0].reasons.testFlag(CheckReason::Denial));
    EXPECT_TRUE(found[0].reasons.testFlag(CheckReason::LegalQualification));
    EXPECT_EQ(cueTexts(text, found[0], CheckReason::Denial), QStringList{QStringLiteral("denying")});
    EXPECT_EQ(cueTexts(text, found[0], CheckReason::LegalQualification), QStringList{QStringLiteral("war crimes")});
    EXPECT_EQ(cueTexts(text, found[1], CheckReason::Denial),
              (QStringList{QStringLiteral("rejected"), QStringLiteral("fabricated")}));
    // "no evidence" is a denial, not an allegation of evidence.
    EXPECT_EQ(cueTexts(text, found[2], CheckReason::Denial), QStringList{QStringLiteral("no evidence")});
    EXPECT_FALSE(found[2].reasons.testFlag(CheckReason::Allegation));
}

TEST(CheckWorthiness, MarksAttributedStatementsWithTheirSpeaker)
{
    const QString text = QStringLiteral("\u201CWe know they are part of a pattern of conduct,\u201D Callamard said. "
                                        "The weather in Kyiv was mild on Friday and the streets were quiet.");
    const auto found = findCheckWorthySentences(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().reasons, CheckReasons(CheckReason::Attributed));
    EXPECT_EQ(cueTexts(text, found.front(), CheckReason::Attributed), QStringList{QStringLiteral("Callamard")});
}

TEST(CheckWorthiness, LeavesOutShortLinesWithoutAFigureButKeepsShortFigures)
{
    const QString text = QStringLiteral("Alleged war crimes\nDozens of witnesses interviewed\nSkip to main content\n");
    const auto found = findCheckWorthySentences(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(sentenceText(text, found.front()), QStringLiteral("Dozens of witnesses interviewed"));
    EXPECT_EQ(found.front().reasons, CheckReasons(CheckReason::Figure));
}

TEST(CheckWorthiness, OnTheSeedsFindsTheClaimsAnInvestigatorWouldMark)
{
    const QString cbc = test::seedText(QStringLiteral("000"));
    const QString fox = test::seedText(QStringLiteral("001"));
    ASSERT_FALSE(cbc.isEmpty());
    ASSERT_FALSE(fox.isEmpty());
    const auto cbcFound = findCheckWorthySentences(cbc);
    const auto foxFound = findCheckWorthySentences(fox);

    const auto* killings = sentenceStarting(cbc, cbcFound, QStringLiteral("In Bucha and several other towns"));
    ASSERT_NE(killings, nullptr) << "Amnesty's 22 cases of unlawful killings";
    EXPECT_TRUE(killings->reasons.testFlag(CheckReason::Figure));
    EXPECT_TRUE(killings->reasons.testFlag(CheckReason::LegalQualification));

    const auto* bodies = sentenceStarting(fox, foxFound, QStringLiteral("Kyiv regional governor Oleksandr Pavlyuk"));
    ASSERT_NE(bodies, nullptr);
    EXPECT_TRUE(bodies->reasons.testFlag(CheckReason::Figure));
    EXPECT_TRUE(bodies->reasons.testFlag(CheckReason::Attributed));

    const auto* denial = sentenceStarting(fox, foxFound, QStringLiteral("Russia has claimed"));
    ASSERT_NE(denial, nullptr);
    EXPECT_TRUE(denial->reasons.testFlag(CheckReason::Denial));

    const auto* refugees = sentenceStarting(fox, foxFound, QStringLiteral("The U.N. said that, as of Thursday"));
    ASSERT_NE(refugees, nullptr) << "more than 5.7 million refugees";
    EXPECT_TRUE(refugees->reasons.testFlag(CheckReason::Figure));

    // Headings without a claim in them are not underlined.
    EXPECT_EQ(sentenceStarting(cbc, cbcFound, QStringLiteral("Used ammunition matched")), nullptr);
    // Far from every sentence is check-worthy: the finder points, it does not paint the whole article.
    const auto sentences = splitSentences(cbc);
    EXPECT_LT(cbcFound.size(), sentences.size());
}
