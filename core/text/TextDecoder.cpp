// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace corrob::text {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Position of the first byte that breaks UTF-8, or -1 when the whole input is valid.
// The length of the valid UTF-8 sequence starting at byte i (1 to 4), or 0 when none starts there (a stray
// continuation byte, a truncated or overlong sequence, a surrogate).
int utf8SequenceAt(const unsigned char* p, qsizetype n, qsizetype i)
{
    const unsigned char c = p[i];
    int extra = 0;
    char32_t min = 0;
    if (c < 0x80) {
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        min = 0x10000;
    } else {
        return 0;
    }
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= n || (p[i + k] & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return extra + 1;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceAt(p, n, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return -1;
}

// Binary data (images, archives, executables, UTF-16 without a BOM) is decided on the whole content, never on a
// sample: NUL bytes make up a large share of it, or the other C0 control bytes do. A text file damaged by a bad
// copy has a few NULs (or a zeroed block) among text, and is read with the NULs removed.
bool looksBinary(QByteArrayView bytes)
{
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) {
            ++nuls;
        } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
            ++controls;
        }
    }
    const qsizetype rest = bytes.size() - nuls;
    return nuls * 4 > bytes.size()  // more than a quarter NULs
           || controls * 20 > rest; // more than 5% of the other bytes are control bytes
}

// Removes NUL bytes (U+0000 in decoded text) and says how many there were and where the first was.
qsizetype removeNuls(QByteArray& bytes, qsizetype& first)
{
    first = bytes.indexOf('\0');
    if (first < 0) {
        return 0;
    }
    const qsizetype before = bytes.size();
    bytes.removeIf([](char c) { return c == '\0'; });
    return before - bytes.size();
}

QString nulWarning(qsizetype count, qsizetype first)
{
    return QStringLiteral("%1 NUL byte(s) removed (the first at byte %2): the file may be a damaged copy")
        .arg(count)
        .arg(first);
}

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    auto* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        d[i] = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

// UTF-8 text with a few stray bytes of another encoding (pages pasted together, a damaged byte): each valid sequence
// read as UTF-8 and each stray byte as Windows-1252. Nothing unless the text is mostly UTF-8: more valid multi-byte
// sequences than stray bytes (a Windows-1252 text's accents are stray bytes and almost never valid sequences).
std::optional<QString> decodeMostlyUtf8(QByteArrayView bytes, qsizetype& strays)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype multiByte = 0;
    strays = 0;
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceAt(p, n, i);
        multiByte += length > 1 ? 1 : 0;
        strays += length == 0 ? 1 : 0;
        i += std::max(length, 1);
    }
    if (multiByte == 0 || strays > multiByte) {
        return std::nullopt;
    }
    QString out;
    out.reserve(n);
    qsizetype run = 0; // start of the valid bytes not yet appended
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceAt(p, n, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += QString::fromUtf8(bytes.sliced(run, i - run));
        out += decodeWindows1252(bytes.sliced(i, 1));
        run = ++i;
    }
    out += QString::fromUtf8(bytes.sliced(run));
    return out;
}

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& where)
{
    if (bytes.isEmpty()) {
        return Error{ErrorCode::Unsupported, QStringLiteral("the file is empty"), where};
    }
    DecodedText out;
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom, QStringConverter::Flag::ConvertInitialBom);
        if (*bom == QStringConverter::Utf8) {
            out.encoding = QStringLiteral("UTF-8 (BOM)");
        } else if (*bom == QStringConverter::Utf16LE) {
            out.encoding = QStringLiteral("UTF-16LE (BOM)");
        } else if (*bom == QStringConverter::Utf16BE) {
            out.encoding = QStringLiteral("UTF-16BE (BOM)");
        } else {
            return Error{ErrorCode::Unsupported, QStringLiteral("UTF-32 text is not supported"), where};
        }
        // ConvertInitialBom keeps nothing of the BOM: skip it ourselves to be explicit about offsets.
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        if (const qsizetype first = text.indexOf(QChar(0)); first >= 0) {
            const qsizetype before = text.size();
            text.remove(QChar(0));
            out.warnings << QStringLiteral("%1 NUL character(s) removed (the first at character %2): the file may be "
                                           "a damaged copy")
                                .arg(before - text.size())
                                .arg(first);
        }
        if (decoder.hasError()) {
            out.warnings << QStringLiteral("some bytes are not valid %1 and were replaced").arg(out.encoding);
        }
        out.text = std::move(text);
        return out;
    }
    if (looksBinary(bytes)) {
        return Error{ErrorCode::Unsupported, QStringLiteral("the file looks binary, not text (NUL or control bytes)"),
                     where};
    }
    QByteArray clean = bytes;
    qsizetype firstNul = -1;
    if (const qsizetype nuls = removeNuls(clean, firstNul); nuls > 0) {
        if (clean.isEmpty()) {
            return Error{ErrorCode::Unsupported, QStringLiteral("the file holds only NUL bytes, no text"), where};
        }
        out.warnings << nulWarning(nuls, firstNul);
    }
    const qsizetype bad = firstInvalidUtf8(clean);
    if (bad < 0) {
        out.text = QString::fromUtf8(clean);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    qsizetype strays = 0;
    if (auto mostly = decodeMostlyUtf8(clean, strays)) {
        out.text = std::move(*mostly);
        out.encoding = QStringLiteral("UTF-8");
        out.warnings << QStringLiteral("%1 byte(s) not valid UTF-8 (the first at byte %2) read as Windows-1252; the "
                                       "rest is UTF-8")
                            .arg(strays)
                            .arg(bad);
        return out;
    }
    out.text = decodeWindows1252(clean);
    out.encoding = QStringLiteral("Windows-1252");
    out.warnings << QStringLiteral("not valid UTF-8 at byte %1; read as Windows-1252").arg(bad);
    return out;
}

} // namespace corrob::text
