// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through HtmlImporter (charset sniffing, nesting guard, gumbo, metadata, extraction).
// The importer must return a report or an Error, never crash, hang or leak.
#include "core/io/HtmlImporter.h"
#include "core/model/TextRange.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const corrob::io::HtmlImporter importer;
    auto report = importer.read({bytes, QStringLiteral("fuzz.html"), QStringLiteral("fuzz input")});
    if (report) {
        // What the importer promises: a non-empty working text, the original kept byte for byte.
        if (report->workingText.trimmed().isEmpty() || report->original != bytes) {
            std::abort();
        }
        for (const auto& range : report->excludedRanges) {
            if (range.start < 0 || range.end > report->workingText.size() || range.start > range.end) {
                std::abort();
            }
        }
    } else if (report.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
