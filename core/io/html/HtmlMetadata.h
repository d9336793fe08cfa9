// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/html/HtmlDocument.h"
#include "core/model/PartialDate.h"

#include <QString>

namespace corrob::io::html {

// What a page says about itself, read from the parsed tree only (JSON-LD is parsed as data, never run).
struct HtmlMetadata
{
    QString title;    // JSON-LD headline, og:title, twitter:title, ..., else <title> without " | Site", else <h1>
    QString author;   // JSON-LD author.name, meta author / dc:creator / parsely-author (see also Article::byline)
    QString outlet;   // JSON-LD publisher.name, og:site_name
    QString url;      // link rel=canonical, og:url (absolute http(s) only)
    QString language; // <html lang>, content-language
    model::PartialDate published; // JSON-LD datePublished, article:published_time, <time datetime>, meta date
};

HtmlMetadata extractMetadata(const HtmlDocument& doc);

// Whether an element is a byline: rel="author", itemprop containing "author", or a class/id such as "byline",
// "author", "dateline", "writtenby".
bool isBylineElement(const Node* node);
// The name in a byline element (an itemprop="name" descendant when there is one), whitespace collapsed.
QString bylineText(const Node* node);
// A byline as the report's author: its leading "By " dropped ("By Erin Cunningham", as a page prints it, in a byline
// element or a meta tag, is Erin Cunningham), whitespace collapsed. "Byron Smith" stays as it is.
QString authorName(const QString& byline);
// A title less a trailing name of its page's author or outlet after a separator ("… whale strandings | Eleanor Ainge
// Roy", "… - Reuters"), compared case-insensitively; the title as it is when no such name ends it or nothing would
// be left. Empty names are ignored.
QString titleWithoutName(const QString& title, const QStringList& names);

// The page title from <title> text the way readers show it: a trailing " | Site" / " - Site" is cut when what is
// left is still a real title (more than four words, or a hierarchical separator), and `h1` replaces a title
// that is too short or too long. `headings` are the texts of the page's h1 and h2 elements.
QString cleanTitle(const QString& documentTitle, const QStringList& h1s, const QStringList& headings);

// Reads a date as published on the web ("2017-11-03 03:01:00.000000", "2021-11-01T10:52:50+0100", ISO 8601).
model::PartialDate parseWebDate(const QString& text);

} // namespace corrob::io::html
