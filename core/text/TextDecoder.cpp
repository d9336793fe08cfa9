// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextDecoder.h"

#include <QStringDecoder>

#include <array>

namespace corrob::text {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178};

// Position of the first byte that breaks UTF-8, or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
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
            return i;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += extra + 1;
    }
    return -1;
}

// Binary data has NUL bytes or many C0 control bytes; text (even badly encoded) has almost none.
bool looksBinary(QByteArrayView bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) {
            ++controls;
        } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
            ++controls;
        }
    }
    return controls * 20 > sample; // more than 5% control bytes
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
        if (decoder.hasError()) {
            out.warnings << QStringLiteral("some bytes are not valid %1 and were replaced").arg(out.encoding);
        }
        out.text = std::move(text);
        return out;
    }
    if (looksBinary(bytes)) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the file looks binary, not text (NUL or control bytes)"), where};
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
        out.text = QString::fromUtf8(bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    out.text = decodeWindows1252(bytes);
    out.encoding = QStringLiteral("Windows-1252");
    out.warnings << QStringLiteral("not valid UTF-8 at byte %1; read as Windows-1252").arg(bad);
    return out;
}

} // namespace corrob::text
