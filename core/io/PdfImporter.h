// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Importer.h"

namespace corrob::io {

// PDF documents with a text layer, read with poppler (the library behind pdftotext). The working text is the
// text of each page in reading order (columns one after the other), with the printed lines of each paragraph
// joined (LineJoiner, width measured over the whole document; a paragraph cut by a page break stays cut); every
// page starts with a marker line "— page N —" followed by a blank line, and each marker (with its blank line) is
// an excluded range with reason "page marker": hidden when reading, so page starts stay findable (claims can cite
// pages) without breaking the running text. Metadata and page furniture are inferred from the text without the
// markers (inferFromText: the headline, not a photo caption or a dateline, is the title); the document
// information's Title and Author win when present, unless the Title only names a file ("Microsoft Word - x.docx").
//
// Fails with a clear Error for: input that is not a PDF, a truncated file (no %%EOF at the end), a damaged file
// poppler cannot open, a file locked with a user password, and a PDF without any text (scanned images).
class PdfImporter final : public Importer
{
public:
    static constexpr QStringView kPageMarkerReason = u"page marker";

    [[nodiscard]] QString name() const override { return QStringLiteral("PDF"); }
    // Files named .pdf, and files of other names (except .txt/.md/.html) whose first kilobyte holds "%PDF-".
    [[nodiscard]] bool accepts(const ImportInput& input) const override;
    [[nodiscard]] Result<model::NewReport> read(const ImportInput& input) const override;

    // The marker line that starts page `number` (1-based) in the working text.
    static QString pageMarker(int number);
};

} // namespace corrob::io
