// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the text decoder and the working-text normaliser.
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto decoded = corrob::text::decodeText(bytes, QStringLiteral("fuzz input"));
    if (decoded) {
        const QString text = corrob::text::normalizeWorkingText(decoded->text);
        // The normaliser is idempotent: anchors depend on it being deterministic.
        if (corrob::text::normalizeWorkingText(text) != text || decoded->encoding.isEmpty()) {
            std::abort();
        }
    } else if (decoded.error().message.isEmpty()) {
        std::abort();
    }
    // Windows-1252 maps every byte to exactly one UTF-16 code unit.
    if (corrob::text::decodeWindows1252(bytes).size() != bytes.size()) {
        std::abort();
    }
    return 0;
}
