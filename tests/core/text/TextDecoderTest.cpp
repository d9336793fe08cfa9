// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Fold.h"
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

#include <gtest/gtest.h>

using namespace corrob;
using namespace corrob::text;

TEST(TextDecoder, StripsUtf8ByteOrderMark)
{
    auto decoded = decodeText(QByteArray("\xEF\xBB\xBFKyiv"), QStringLiteral("a.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->text, QStringLiteral("Kyiv"));
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8 (BOM)"));
}

TEST(TextDecoder, ReadsUtf16LittleEndianWithBom)
{
    const QString text = QStringLiteral("Agn\u00e8s Callamard");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    auto decoded = decodeText(bytes, QStringLiteral("a.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->text, text);
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-16LE (BOM)"));
}

TEST(TextDecoder, FallsBackToWindows1252WithWarningNamingTheByte)
{
    // "caf\xE9 \x93quoted\x94": Latin-1 e-acute and Windows-1252 curly quotes, invalid as UTF-8.
    auto decoded = decodeText(QByteArray("caf\xE9 \x93quoted\x94"), QStringLiteral("a.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->text, QStringLiteral("caf\u00e9 \u201cquoted\u201d"));
    EXPECT_EQ(decoded->encoding, QStringLiteral("Windows-1252"));
    ASSERT_EQ(decoded->warnings.size(), 1);
    EXPECT_TRUE(decoded->warnings.first().contains(QStringLiteral("byte 3"))) << decoded->warnings.first().toStdString();
}

TEST(TextDecoder, RefusesBinaryAndEmptyInputNamingIt)
{
    QByteArray binary(4096, '\0');
    binary[0] = 'P';
    auto b = decodeText(binary, QStringLiteral("photo.txt"));
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code, ErrorCode::Unsupported);
    EXPECT_EQ(b.error().context, QStringLiteral("photo.txt"));
    EXPECT_FALSE(decodeText(QByteArray(), QStringLiteral("empty.txt")).ok());
}

TEST(TextNormalizer, NormalisesNewlinesControlsAndComposition)
{
    // CRLF and CR become LF, NUL and BEL vanish, e + combining acute becomes one precomposed character.
    const QString input = QStringLiteral("a\r\nb\rc") + QChar(0) + QStringLiteral("d\u0007 Agne\u0300s\tx");
    EXPECT_EQ(normalizeWorkingText(input), QStringLiteral("a\nb\ncd Agn\u00e8s\tx"));
}

TEST(Fold, MatchesNamesIgnoringCaseDiacriticsAndSpacing)
{
    EXPECT_EQ(foldKey(QStringLiteral("  Agn\u00e8s   CALLAMARD ")), foldKey(QStringLiteral("agnes callamard")));
    EXPECT_NE(foldKey(QStringLiteral("Kyiv")), foldKey(QStringLiteral("Kiev")));
}
