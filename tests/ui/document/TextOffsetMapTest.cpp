// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/TextOffsetMap.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using corrob::model::TextRange;
using corrob::ui::TextOffsetMap;
using Bias = TextOffsetMap::Bias;

TEST(TextOffsetMap, IsTheIdentityWithoutHiddenRanges)
{
    const TextOffsetMap map(10, {});
    EXPECT_EQ(map.displayLength(), 10);
    for (qsizetype i = 0; i <= 10; ++i) {
        EXPECT_EQ(map.toDisplay(i), i);
        EXPECT_EQ(map.toFull(i), i);
    }
}

TEST(TextOffsetMap, SkipsHiddenRangesBothWays)
{
    // "ab[cde]fg[h]ij" -> "abfgij"
    const TextOffsetMap map(10, {{2, 5, {}}, {7, 8, {}}});
    EXPECT_EQ(map.displayLength(), 6);
    EXPECT_EQ(map.toDisplay(0), 0);
    EXPECT_EQ(map.toDisplay(2), 2); // hidden: where the cut is
    EXPECT_EQ(map.toDisplay(4), 2);
    EXPECT_EQ(map.toDisplay(5), 2);
    EXPECT_EQ(map.toDisplay(6), 3);
    EXPECT_EQ(map.toDisplay(8), 4);
    EXPECT_EQ(map.toDisplay(10), 6);
    // A displayed offset on a cut: after the hidden text for a span's start, before it for a span's end.
    EXPECT_EQ(map.toFull(2, Bias::After), 5);
    EXPECT_EQ(map.toFull(2, Bias::Before), 2);
    EXPECT_EQ(map.toFull(4, Bias::After), 8);
    EXPECT_EQ(map.toFull(4, Bias::Before), 7);
    EXPECT_EQ(map.toFull(6), 10);
    EXPECT_TRUE(map.isHidden(3));
    EXPECT_FALSE(map.isHidden(5));
}

TEST(TextOffsetMap, MergesOverlappingUnorderedAndOutOfRangeRanges)
{
    const TextOffsetMap map(10, {{6, 12, {}}, {1, 3, {}}, {2, 4, {}}, {-5, 0, {}}, {4, 5, {}}});
    ASSERT_EQ(map.hiddenRanges().size(), 2);
    EXPECT_EQ(map.hiddenRanges()[0].start, 1);
    EXPECT_EQ(map.hiddenRanges()[0].end, 5);
    EXPECT_EQ(map.hiddenRanges()[1].start, 6);
    EXPECT_EQ(map.hiddenRanges()[1].end, 10);
    EXPECT_EQ(map.displayLength(), 2);
}

TEST(TextOffsetMap, AgreesWithTextWithoutOnRandomRanges)
{
    QRandomGenerator random(20261121);
    for (int round = 0; round < 200; ++round) {
        QString text;
        const int length = random.bounded(1, 60);
        for (int i = 0; i < length; ++i) {
            text += QChar(u'a' + random.bounded(26));
        }
        QList<TextRange> ranges;
        for (int i = random.bounded(5); i > 0; --i) {
            const int start = random.bounded(length + 1);
            ranges.append({start, start + random.bounded(8), {}});
        }
        const QString shown = corrob::model::textWithout(text, ranges);
        const TextOffsetMap map(text.size(), ranges);
        ASSERT_EQ(map.displayLength(), shown.size());
        for (qsizetype d = 0; d < shown.size(); ++d) {
            const qsizetype full = map.toFull(d, Bias::After);
            ASSERT_EQ(text.at(full), shown.at(d)) << "round " << round << " offset " << d;
            ASSERT_FALSE(map.isHidden(full));
            ASSERT_EQ(map.toDisplay(full), d);
        }
    }
}
