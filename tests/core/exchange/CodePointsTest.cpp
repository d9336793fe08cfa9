// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CodePoints.h"
#include "core/exchange/ExchangeVocabulary.h"

#include <QList>
#include <QString>

#include <gtest/gtest.h>

namespace corrob::exchange {

TEST(CodePointIndex, CountsEachCharacterOutsideTheBmpOnce)
{
    // "a🇺🇦b😢c": the flag is two code points (four UTF-16 units), the face one (two units).
    const QString text = QStringLiteral("a\U0001F1FA\U0001F1E6b\U0001F622c");
    ASSERT_EQ(text.size(), 9);
    const CodePointIndex index(text);
    EXPECT_EQ(index.codePointLength(), qsizetype(text.toUcs4().size()));
    EXPECT_EQ(index.toCodePoints(0), 0);
    EXPECT_EQ(index.toCodePoints(1), 1); // before the flag
    EXPECT_EQ(index.toCodePoints(5), 3); // "b"
    EXPECT_EQ(index.toCodePoints(6), 4); // before the face
    EXPECT_EQ(index.toCodePoints(8), 5); // "c"
    EXPECT_EQ(index.toCodePoints(9), 6); // the end
    for (qsizetype cp = 0; cp <= index.codePointLength(); ++cp) {
        EXPECT_EQ(index.toCodePoints(index.toUtf16(cp)), cp) << cp;
    }
    EXPECT_EQ(index.toUtf16(5), 8);
    EXPECT_EQ(index.toUtf16(7), -1);
    EXPECT_EQ(index.toUtf16(-1), -1);
}

TEST(CodePointIndex, AgreesWithUcs4OnEverySpanOfAMixedText)
{
    const QString text = QStringLiteral("\U0001F3A4 PODCAST | caf\u00e9 \U0001F56F Київ \U0001F91D end");
    const CodePointIndex index(text);
    const QList<uint> ucs4 = text.toUcs4();
    for (qsizetype start = 0; start < text.size(); ++start) {
        if (text.at(start).isLowSurrogate()) {
            continue;
        }
        const qsizetype end = start + (text.at(start).isHighSurrogate() ? 2 : 1);
        const qsizetype cp = index.toCodePoints(start);
        EXPECT_EQ(
            QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + cp, index.toCodePoints(end) - cp),
            text.mid(start, end - start));
    }
}

TEST(ExchangeVocabulary, NamesAReportByItsSha256InAnNiUriAndReadsItBack)
{
    const QString hex = QStringLiteral("74bef1437a0e3804922318fafbcd6a096cdaed4e9df63ec05f465f366e13615e");
    const QString uri = niUriOfSha256(hex);
    EXPECT_EQ(uri, QStringLiteral("ni:///sha-256;dL7xQ3oOOASSIxj6-81qCWza7U6d9j7AX0ZfNm4TYV4"));
    EXPECT_EQ(sha256OfNiUri(uri), hex);
    EXPECT_EQ(sha256OfNiUri(QStringLiteral("https://example.org/a")), QString());
    EXPECT_EQ(sha256OfNiUri(QStringLiteral("ni:///sha-256;short")), QString());
}

} // namespace corrob::exchange
