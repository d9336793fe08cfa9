// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Importer.h"

namespace corrob::io {

// Plain text (and anything text-like): decodes (BOM, UTF-8, Windows-1252 fallback), normalises, joins the lines of
// each paragraph of a hard-wrapped text (unwrapText: the original keeps its line breaks), infers title, outlet,
// author, dates and language and marks page furniture as excluded ranges (inferFromText). The import reads .md and
// .markdown files with MarkdownImporter; given one here, the Markdown is kept as written (not unwrapped, "# " lines
// are headings).
class PlainTextImporter final : public Importer
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("plain text"); }
    [[nodiscard]] bool accepts(const ImportInput& input) const override;
    [[nodiscard]] Result<model::NewReport> read(const ImportInput& input) const override;

    // The first non-empty line, whitespace collapsed, cut at a word boundary after 300 characters.
    static QString titleFromText(const QString& text);
};

} // namespace corrob::io
