// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextDecoder.h"
#include "core/text/Fold.h"
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
    EXPECT_TRUE(decoded->warnings.first().contains(QStringLiteral("byte 3")))
        << decoded->warnings.first().toStdString();
}

TEST(TextDecoder, ReadsUtf8WithAStrayByteAsUtf8AndOnlyTheByteAsWindows1252)
{
    // A capture with one damaged byte: the Cyrillic and the accents stay what they are.
    const QByteArray bytes = QStringLiteral("Report from Київ: Agnès Callamard").toUtf8() +
                             QByteArray("\x93quoted\x94 ") + QStringLiteral("— end.").toUtf8();
    auto decoded = decodeText(bytes, QStringLiteral("m.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(decoded->text, QStringLiteral("Report from Київ: Agnès Callamard\u201Cquoted\u201D — end."));
    ASSERT_EQ(decoded->warnings.size(), 1);
    EXPECT_TRUE(decoded->warnings.front().contains(QStringLiteral("2 byte(s)")))
        << decoded->warnings.front().toStdString();
    EXPECT_TRUE(decoded->warnings.front().contains(QStringLiteral("byte 38")))
        << decoded->warnings.front().toStdString();
    // A Windows-1252 text (its accents are stray bytes, no valid sequence) is still read as Windows-1252 whole.
    auto latin = decodeText(QByteArray("Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9"), QStringLiteral("c.txt"));
    ASSERT_TRUE(latin.ok());
    EXPECT_EQ(latin->encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(latin->text, QStringLiteral("Café crème, naïve résumé"));
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

// A text of ASCII only takes a shorter way (no decomposition): it must give the key the full way gives, which a
// combining accent at the end (removed by folding, and not ASCII) makes foldKey take.
TEST(Fold, GivesATextOfAsciiOnlyTheKeyTheFullWayGives)
{
    const QChar accent(0x0301);
    for (char16_t c = 0; c < 0x80; ++c) {
        for (const QString& text :
             QStringList{QString(QChar(c)), QStringLiteral("Ab") + QChar(c) + QStringLiteral("Yz"),
                         QStringLiteral("  x ") + QChar(c) + QChar(c) + QStringLiteral("\t")}) {
            EXPECT_EQ(foldKey(text), foldKey(text + accent)) << "code unit " << int(c);
        }
    }
    EXPECT_EQ(foldKey(QStringLiteral(" \t Hello,\r\n  WORLD 42 \v\f")), QStringLiteral("hello, world 42"));
    EXPECT_EQ(foldKey(QStringLiteral("Amnesty International")), QStringLiteral("amnesty international"));
}

// Issue 13: a bad copy leaves a few NUL bytes in a text file; they are removed, with a warning, and the text is read.
TEST(TextDecoder, RemovesAFewNulBytesFromTextWithAWarning)
{
    static const char kBytes[] = "Kharkiv, 1 March.\0\0 Amnesty said\0 war crimes.";
    const QByteArray bytes(kBytes, sizeof(kBytes) - 1); // 3 NULs in 45 bytes: more than 5%
    auto decoded = decodeText(bytes, QStringLiteral("copy.txt"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded->text, QStringLiteral("Kharkiv, 1 March. Amnesty said war crimes."));
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(decoded->warnings.size(), 1);
    EXPECT_TRUE(decoded->warnings.first().contains(QStringLiteral("3 NUL byte(s) removed")))
        << decoded->warnings.first().toStdString();
    EXPECT_TRUE(decoded->warnings.first().contains(QStringLiteral("byte 17")));
}

// A zeroed block at the start of a long text (a sector lost in a copy) no longer decides on its own: binary is judged
// on the whole content, not on the first 64 KB.
TEST(TextDecoder, JudgesBinaryOnTheWholeContentNotTheFirstBlock)
{
    QByteArray bytes(64 * 1024, '\0');
    const QByteArray line("Investigators gather evidence of possible war crimes in Ukraine.\n");
    while (bytes.size() < 512 * 1024) {
        bytes += line;
    }
    auto decoded = decodeText(bytes, QStringLiteral("long.txt"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_TRUE(decoded->text.startsWith(QString::fromLatin1(line)));
    EXPECT_FALSE(decoded->text.contains(QChar(0)));
    ASSERT_EQ(decoded->warnings.size(), 1);
    EXPECT_TRUE(decoded->warnings.first().contains(QStringLiteral("65536 NUL byte(s) removed")));
}

TEST(TextDecoder, StillRefusesBinaryWhateverItsStartLooksLike)
{
    // Text first, then a compressed-looking body: refused on the whole content.
    QByteArray bytes = QByteArray("A plain first line of text that looks harmless.\n").repeated(20);
    quint32 x = 2463534242u; // xorshift: bytes with the spread of compressed data
    for (int i = 0; i < 64 * 1024; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes += static_cast<char>(x & 0xFF);
    }
    auto b = decodeText(bytes, QStringLiteral("archive.txt"));
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code, ErrorCode::Unsupported);
    // UTF-16 without a BOM is half NULs.
    const QString text = QStringLiteral("Kyiv and Kharkiv");
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    EXPECT_FALSE(decodeText(utf16, QStringLiteral("utf16.txt")).ok());
}

TEST(TextNormalizer, FoldsPresentationLigaturesToTheirLettersAndDropsSoftHyphensAndNothingElse)
{
    EXPECT_EQ(foldTypesetting(QStringLiteral("\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06")),
              QStringLiteral("ff fi fl ffi ffl st st"));
    EXPECT_EQ(foldTypesetting(QStringLiteral("the \uFB01nance ministry's e\uFB03cient sta\uFB00")),
              QStringLiteral("the finance ministry's efficient staff"));
    // Other compatibility characters stay: only the ligatures are decomposed.
    const QString others = QStringLiteral("x\u00B2 \u00BD \uFF21 \u2126 \u00DF \u1E9E");
    EXPECT_EQ(foldTypesetting(others), others);
    // A soft hyphen (&shy;) is where a line may break: the word is whole without it.
    EXPECT_EQ(foldTypesetting(QStringLiteral("Khar\u00ADkiv and Zelen\u00ADsky")),
              QStringLiteral("Kharkiv and Zelensky"));
}
