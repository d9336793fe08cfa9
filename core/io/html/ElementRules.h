// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/html/HtmlDocument.h"

#include <QRegularExpression>

#include <gumbo.h>

namespace corrob::io::html {

// How the article extractor classifies elements (after Mozilla Readability's rules).

// class/id values of page furniture (comments, menus, sidebars, share bars, newsletters, ...).
const QRegularExpression& unlikelyRe();
// class/id values that rescue an "unlikely" element (article, body, content, main, ...).
const QRegularExpression& maybeRe();
// class/id values that raise (positive) or lower (negative) a container's score.
const QRegularExpression& positiveRe();
const QRegularExpression& negativeRe();

// Elements whose content is never article text (scripts, styles, iframes, forms, nav, aside, header, footer, ...).
bool isDropped(GumboTag tag);
// Block-level elements: a div holding none of them reads as a paragraph.
bool isBlock(GumboTag tag);
bool isHeading(GumboTag tag);
// hidden, aria-hidden="true", display:none or visibility:hidden.
bool isHidden(const Node* node);
// An ARIA role of navigation, menus, complementary content or dialogs.
bool hasRole(const Node* node);
// Adds the characters of UTF-8 text as shown (whitespace runs count once) to `chars`, and its commas (any
// script's comma) to `commas`.
void measureText(const char* utf8, int& chars, int& commas);

} // namespace corrob::io::html
