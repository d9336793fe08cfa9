// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PlainTextImporter.h"

#include "core/common/Hash.h"
#include "core/io/LineJoiner.h"
#include "core/io/TextMetadataInference.h"
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

namespace corrob::io {
namespace {
constexpr qsizetype kMaxTitle = 300;

bool isMarkdown(const QString& fileName)
{
    const QString lower = fileName.toLower();
    return lower.endsWith(u".md") || lower.endsWith(u".markdown");
}
} // namespace

bool PlainTextImporter::accepts(const ImportInput& input) const
{
    const QString lower = input.fileName.toLower();
    return lower.endsWith(u".txt") || lower.endsWith(u".text") || lower.endsWith(u".md") ||
           lower.endsWith(u".markdown") || !lower.contains(u'.');
}

QString PlainTextImporter::titleFromText(const QString& text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0) {
            end = text.size();
        }
        const QString line = QStringView(text).mid(pos, end - pos).toString().simplified();
        if (!line.isEmpty()) {
            if (line.size() <= kMaxTitle) {
                return line;
            }
            qsizetype cut = line.lastIndexOf(u' ', kMaxTitle);
            if (cut <= 0) {
                cut = kMaxTitle;
            }
            return line.left(cut) + QChar(0x2026);
        }
        pos = end + 1;
    }
    return {};
}

Result<model::NewReport> PlainTextImporter::read(const ImportInput& input) const
{
    auto decoded = text::decodeText(input.bytes, input.where);
    CORROB_TRY(decoded);
    model::NewReport report;
    {
        // Released as soon as the working text exists (when cleaning had to copy it): a huge file must not be
        // held as decoded text and as working text during the rest of the import.
        const QString decodedText = std::move(decoded->text);
        report.workingText = text::foldTypesetting(text::normalizeWorkingText(decodedText));
    }
    const bool markdown = isMarkdown(input.fileName);
    if (!markdown) {
        // A hard-wrapped text reads as paragraphs: the lines of each are joined (the original keeps its breaks).
        report.workingText = unwrapText(report.workingText);
    }
    if (report.workingText.trimmed().isEmpty()) {
        return Error{ErrorCode::Unsupported, QStringLiteral("the file has no text (only spaces or control characters)"),
                     input.where};
    }
    report.original = input.bytes;
    report.sha256 = sha256Hex(QByteArrayView(input.bytes));
    TextInference inferred = inferFromText(report.workingText, markdown ? TextFlavour::Markdown : TextFlavour::Plain);
    report.metadata = std::move(inferred.metadata);
    report.excludedRanges = std::move(inferred.excluded);
    if (report.metadata.title.isEmpty()) {
        report.metadata.title = titleFromText(report.workingText);
    }
    report.provenance.fileName = input.fileName;
    report.provenance.mediaType = markdown ? QStringLiteral("text/markdown") : QStringLiteral("text/plain");
    report.provenance.encoding = decoded->encoding;
    report.provenance.warnings = decoded->warnings;
    return report;
}

} // namespace corrob::io
