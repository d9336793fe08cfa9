// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through MarkdownImporter (front matter, md4c, the renderer) and, as a hard-wrapped
// text, through PlainTextImporter (wrap detection, line joining, dehyphenation, metadata inference). Each importer
// must return a report or an Error, never crash, hang or leak.
#include "core/io/MarkdownImporter.h"
#include "core/io/PlainTextImporter.h"
#include "core/model/TextRange.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(const corrob::Result<corrob::model::NewReport>& report, const QByteArray& bytes)
{
    if (report) {
        // What an importer promises: a non-empty working text, the original kept byte for byte, ranges in bounds.
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
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(corrob::io::MarkdownImporter().read({bytes, QStringLiteral("fuzz.md"), QStringLiteral("fuzz input")}),
          bytes);
    check(corrob::io::PlainTextImporter().read({bytes, QStringLiteral("fuzz.txt"), QStringLiteral("fuzz input")}),
          bytes);
    return 0;
}
