// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Importer.h"

namespace corrob::io {

// Markdown (.md, .markdown), read as Markdown with md4c (CommonMark with tables and strikethrough): the working
// text is the rendered text. Headings and paragraphs are paragraphs (blank line between), a paragraph's soft-wrapped
// lines are joined with a space as Markdown joins them, a hard break stays a line break, list items are lines of
// their own ("• item", "1. item"; nested ones indented), code is kept as written (code blocks line by line),
// emphasis markers, link syntax (the link text stays, the URL goes), images and raw HTML (comments included) are
// removed, entities are decoded, table cells are separated by tabs. A YAML front matter block ("---" ... "---")
// is not text: its `title:` is the title, else the first heading, else what inferFromText finds. Metadata,
// language and page furniture are inferred from the rendered text (inferFromText). The original keeps every byte.
//
// Bounded on hostile input: md4c parses in linear time without recursion, nesting deeper than kMaxDepth blocks is
// flattened, and a file over kMaxBytes is read as plain text (with a warning in the provenance).
class MarkdownImporter final : public Importer
{
public:
    static constexpr qsizetype kMaxBytes = qsizetype{32} * 1024 * 1024;
    static constexpr int kMaxDepth = 16;

    [[nodiscard]] QString name() const override { return QStringLiteral("Markdown"); }
    // Files named .md or .markdown.
    [[nodiscard]] bool accepts(const ImportInput& input) const override;
    [[nodiscard]] Result<model::NewReport> read(const ImportInput& input) const override;

    struct Rendered
    {
        QString text;         // the rendered text
        QString title;        // front matter title, else the first heading (whitespace collapsed); may be empty
        bool complete = true; // false when md4c gave up (the text is then the decoded source)
    };
    // Renders Markdown source (already decoded) to reading text as described above.
    static Rendered render(const QString& markdown);
};

} // namespace corrob::io
