// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Vocabulary.h"
#include "core/model/Anchor.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::model;

TEST(Vocabulary, NamesRoundTripForEveryKindTypeAndTarget)
{
    for (const QString& name : claimKindNames()) {
        EXPECT_EQ(claimKindName(parseClaimKind(name).value()), name);
    }
    for (const QString& name : sourceKindNames()) {
        EXPECT_EQ(sourceKindName(parseSourceKind(name).value()), name);
    }
    for (const QString& name : linkTypeNames()) {
        EXPECT_EQ(linkTypeName(parseLinkType(name).value()), name);
    }
    for (const QString& name : noteTargetNames()) {
        EXPECT_EQ(noteTargetName(parseNoteTarget(name).value()), name);
    }
    EXPECT_EQ(claimKindNames(),
              (QStringList{QStringLiteral("figure"), QStringLiteral("allegation"), QStringLiteral("denial"),
                           QStringLiteral("legal"), QStringLiteral("quote"), QStringLiteral("other")}));
    EXPECT_EQ(parseLinkType(QStringLiteral(" Contradicts ")).value(), LinkType::Contradicts);
    EXPECT_EQ(parseSourceKind(QStringLiteral("organization")).value(), SourceKind::Organisation);
    // The product's word for the kind stored as "legal", however it is spaced.
    EXPECT_EQ(parseClaimKind(QStringLiteral("legal qualification")).value(), ClaimKind::Legal);
    EXPECT_EQ(parseClaimKind(QStringLiteral("Legal-Qualification")).value(), ClaimKind::Legal);
    EXPECT_EQ(parseClaimKind(QStringLiteral("legal_qualification")).value(), ClaimKind::Legal);
    EXPECT_FALSE(parseClaimKind(QStringLiteral("legal qualifications")).ok());
}

TEST(Vocabulary, AnUnknownNameIsRefusedNamingItAndTheAllowedOnes)
{
    const auto kind = parseClaimKind(QStringLiteral("rumour"));
    ASSERT_FALSE(kind.ok());
    EXPECT_EQ(
        kind.error().message,
        QStringLiteral("unknown claim kind 'rumour'; use one of: figure, allegation, denial, legal, quote, other"));
    const auto type = parseLinkType(QStringLiteral("supports"));
    ASSERT_FALSE(type.ok());
    EXPECT_TRUE(type.error().message.contains(QStringLiteral("'supports'")));
    EXPECT_TRUE(
        type.error().message.contains(QStringLiteral("corroborates, contradicts, repeats, updates, elaborates")));
}

TEST(Vocabulary, GradesOutsideTheAdmiraltyScalesAreRefused)
{
    EXPECT_TRUE(checkCredibility(1).ok());
    EXPECT_TRUE(checkCredibility(6).ok());
    EXPECT_FALSE(checkCredibility(0).ok());
    EXPECT_FALSE(checkCredibility(7).ok());
    EXPECT_EQ(parseReliability(QStringLiteral("b")).value(), QStringLiteral("B"));
    EXPECT_FALSE(parseReliability(QStringLiteral("G")).ok());
    EXPECT_FALSE(parseReliability(QStringLiteral("AB")).ok());
    EXPECT_FALSE(checkConfidence(1.01).ok());
    EXPECT_FALSE(checkConfidence(std::nan("")).ok());
    EXPECT_EQ(parseColour(QStringLiteral("#A1B2C3")).value(), QStringLiteral("#a1b2c3"));
    EXPECT_FALSE(parseColour(QStringLiteral("#abc")).ok());
}

TEST(Anchor, KeepsUpTo32CodeUnitsOfContextAndNeverSplitsASurrogatePair)
{
    const QString text = QStringLiteral("short ") + QString::fromUtf8("\xF0\x9F\x8E\x99") +
                         QStringLiteral(" then a quote and a long tail that goes on and on and on");
    const qsizetype at = text.indexOf(QStringLiteral("quote"));
    const auto a = anchorAt(text, at, at + 5, QStringLiteral("report 1"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->quote, QStringLiteral("quote"));
    EXPECT_EQ(a->prefix, text.left(at)) << "the whole text before, as it is shorter than 32";
    EXPECT_EQ(a->suffix.size(), 32);
    // A prefix window starting inside the emoji skips its low half.
    const qsizetype end = text.indexOf(QStringLiteral(" then")) + 31;
    const auto b = anchorAt(text, end, end + 1, QStringLiteral("report 1"));
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(b->prefix.at(0).isLowSurrogate());
    EXPECT_FALSE(anchorAt(text, 7, 9, QStringLiteral("report 1")).ok()) << "7 is inside the emoji";
}

TEST(Anchor, FindsTheNthOccurrenceAndSaysHowManyThereAre)
{
    const QString text = QStringLiteral("war crimes, war crimes, war crimes");
    EXPECT_EQ(anchorOfQuote(text, QStringLiteral("war crimes"), 3, {}).value().start, 24);
    const auto missing = anchorOfQuote(text, QStringLiteral("war crimes"), 4, QStringLiteral("report 9"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("occurs 3 time(s)")));
    EXPECT_EQ(missing.error().context, QStringLiteral("report 9"));
}
