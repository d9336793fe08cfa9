// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/html/HtmlDocument.h"

#include <QString>

namespace corrob::io::html {

// Finds the article in a page and renders it as plain text, the way reader modes do (after Mozilla
// Readability): paragraph-like blocks are scored by text length and commas, the score flows to their ancestors,
// class/id hints (article, content, post, entry vs. nav, footer, sidebar, comment, share, related, newsletter)
// and link density adjust it, and the best container plus its related siblings is the article. Inside it,
// boilerplate (link lists, forms, share bars, a byline line) is cleaned away. Scripts, styles, iframes, SVG,
// forms, navigation, asides, headers, footers and hidden elements never contribute text.
//
// The text has one blank line between paragraphs, headings on their own lines, list items and table rows one
// per line (cells separated by tabs), <pre> kept verbatim. Not normalised (the caller does that).
// All walks are iterative: any depth is safe. Thread-safe (no shared state).
struct Article
{
    QString text;
    QString byline; // the first byline element met outside boilerplate (removed from the text), if any
};

class ArticleExtractor
{
public:
    // When the best candidate holds less than this many characters, extraction is retried with fewer cleaning
    // rules and the longest result wins (short pages, unusual markup).
    static constexpr int kMinArticleChars = 500;

    [[nodiscard]] static Article extract(const HtmlDocument& doc);
};

} // namespace corrob::io::html
