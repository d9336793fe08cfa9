// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextSignature.h"
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

} // namespace

TEST(TextSignature, SameTextAfterNormalisationHasTheSameKey)
{
    const QString lf = seedText(1);
    QString crlf = lf;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    const QString shouting = lf.toUpper();
    EXPECT_EQ(computeSignature(lf).textKey, computeSignature(crlf).textKey);
    EXPECT_EQ(computeSignature(lf).textKey, computeSignature(shouting).textKey);
    EXPECT_EQ(estimatedJaccard(computeSignature(lf).minhash, computeSignature(crlf).minhash), 1.0);
    EXPECT_NE(computeSignature(lf).textKey, computeSignature(seedText(0)).textKey);
}

TEST(TextSignature, AnArticleWithAParagraphChangedIsStillSimilarAndOtherArticlesAreNot)
{
    const QString original = seedText(2);
    QString edited = original;
    edited.replace(QStringLiteral("Amnesty was far from alone in sounding the alarm about Russia violating "
                                  "international law."),
                   QStringLiteral("Several other organisations raised the same alarm on Friday."));
    ASSERT_NE(edited, original);
    const TextSignature a = computeSignature(original);
    const TextSignature b = computeSignature(edited);
    EXPECT_NE(a.textKey, b.textKey);
    EXPECT_GE(estimatedJaccard(a.minhash, b.minhash), 0.8);
    int sharedBands = 0;
    for (int band = 0; band < TextSignature::kBands; ++band) {
        sharedBands += a.band(band) == b.band(band) ? 1 : 0;
    }
    EXPECT_GT(sharedBands, 0) << "similar texts must meet in at least one band";
    for (int other : {0, 1, 3, 4}) {
        EXPECT_LT(estimatedJaccard(a.minhash, computeSignature(seedText(other)).minhash), 0.3) << other;
    }
}

TEST(TextSignature, LeavesSkippedRangesOut)
{
    const QString body = QStringLiteral("Investigators interviewed dozens of witnesses in Bucha and Borodyanka.");
    const QString withMenu = QStringLiteral("Skip to main content\n") + body;
    const TextSignature plain = computeSignature(body);
    const TextSignature skipped = computeSignature(withMenu, {{0, 21}});
    EXPECT_EQ(plain.textKey, skipped.textKey);
    EXPECT_EQ(plain.minhash, skipped.minhash);
    EXPECT_NE(computeSignature(withMenu).textKey, plain.textKey);
}

TEST(TextSignature, ShortAndEmptyTextsAreHandled)
{
    const TextSignature empty = computeSignature(QStringLiteral(" \n\t "));
    EXPECT_EQ(empty.words, 0);
    EXPECT_EQ(estimatedJaccard(empty.minhash, empty.minhash), 0.0) << "nothing is similar to an empty text";
    const TextSignature shortText = computeSignature(QStringLiteral("Kharkiv shelled"));
    EXPECT_EQ(shortText.words, 2);
    EXPECT_EQ(estimatedJaccard(shortText.minhash, computeSignature(QStringLiteral("KHARKIV  shelled!")).minhash), 1.0);
    const auto roundTrip = TextSignature::minhashFromBlob(shortText.minhashBlob());
    ASSERT_TRUE(roundTrip.has_value());
    EXPECT_EQ(*roundTrip, shortText.minhash);
    EXPECT_FALSE(TextSignature::minhashFromBlob(QByteArray(7, 'x')).has_value());
}
