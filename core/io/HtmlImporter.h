// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Importer.h"
#include "core/text/TextDecoder.h"

namespace corrob::io {

// Web pages saved as HTML. Parses with gumbo (an HTML5 parser; nothing is executed, nothing is fetched: scripts,
// iframes and remote images are dropped as markup), extracts the article (see html::ArticleExtractor) as the
// working text and reads title, author, outlet, publication date, canonical URL and language from the page's
// metadata (see html::extractMetadata). The original bytes are kept untouched as the evidentiary copy.
//
// Encoding: a BOM wins; then the charset the page declares (<meta charset>, http-equiv Content-Type); otherwise
// UTF-8, falling back to Windows-1252 with a warning. Fails for empty, binary or oversized input and for pages
// with no readable text.
class HtmlImporter final : public Importer
{
public:
    // Larger pages are refused with a clear error rather than parsed (a saved article is well under this).
    static constexpr qsizetype kMaxBytes = qsizetype(64) * 1024 * 1024;

    [[nodiscard]] QString name() const override { return QStringLiteral("HTML"); }
    // Files named .html/.htm/.xhtml, and files of other names (except .txt/.md) whose content starts like HTML
    // ("<!doctype html", "<html", after a BOM and whitespace).
    [[nodiscard]] bool accepts(const ImportInput& input) const override;
    [[nodiscard]] Result<model::NewReport> read(const ImportInput& input) const override;

    // Whether bytes begin like an HTML document.
    static bool looksLikeHtml(const QByteArray& bytes);
    // Decodes a page's bytes following its BOM or declared charset (see the class comment).
    static Result<text::DecodedText> decodeHtml(const QByteArray& bytes, const QString& where);
};

} // namespace corrob::io
