// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace corrob::io {

// How the lines of a text are broken, measured from its line-length distribution (never from a fixed width).
struct WrapProfile
{
    bool hardWrapped = false; // lines were broken at a width: a paragraph spans several lines
    int width = 0;            // the wrap width in characters (the 90th percentile of the prose lines' lengths)
    int proseLines = 0;       // non-blank lines that are not tabular (no tab, no run of 3 spaces inside)
    int wrappedBreaks = 0;    // line ends that look like a wrap: the next line's first word would not have fitted
};

// Where the lines come from: a text file (wrapped or not), or printed lines (a PDF's text layer: every line is a
// printed line, so a smaller share of wrapped line ends is enough; the rest are headings, tables, captions).
enum class LineSource
{
    TextFile,
    PrintedLines,
};

// Whether the text is hard-wrapped (lines broken at ~W characters, paragraphs separated by blank lines, by
// indentation or by a short last line), and at which width. A text needs at least 5 prose lines, a width of 30
// characters at least, 40% of its prose lines (10% for printed lines) ending where the next word would not have
// fitted, half of those at least ending inside a sentence and fewer than 80% of these followed by a capital
// (verse), and (text files only) few lines (< 5%) much longer (25%) than the width. A text with one paragraph per line
// has widely spread lengths and its lines end sentences: it is not hard-wrapped. Linear; a text over 16 M characters is
// not looked at (never hard-wrapped).
WrapProfile detectHardWrap(QStringView text, LineSource source = LineSource::TextFile);

// The text with the lines of each paragraph joined into one line, for a text whose profile says it is hard-wrapped
// (returns the text unchanged otherwise). Two consecutive lines are joined when the first ends where the next
// line's first word would not have fitted in `width` (with a tolerance for proportional fonts in PDFs), and
// neither is blank, tabular, a list item, a dateline, a byline, a copyright notice or other page furniture, the
// second is not indented deeper than the text's usual indentation (a new paragraph) and it is not a short line
// standing alone after a sentence end (a heading, a signature, a dateline). The join replaces the line break
// (with the trailing and leading spaces) by one space, or by nothing after a line-end hyphen (see joinHyphenated).
// Blank lines are kept as they are. The result has the same paragraphs, fewer line breaks.
QString joinWrappedLines(const QString& text, const WrapProfile& profile);

// detectHardWrap + joinWrappedLines.
QString unwrapText(const QString& text);

// Undoing hyphenation at a line end ("investi-" + "gation"): whether the hyphen goes (true: "investigation") or
// stays ("Kyiv-" + "based" -> "Kyiv-based"). `before` is the word ending the line (without its hyphen), `after`
// the word starting the next line; `document` is the text they come from, used as evidence. The rule, in order:
// 1. The document spells the pair elsewhere: as one word ("investigation") -> drop; hyphenated ("Kyiv-based")
//    -> keep.
// 2. A compound of names, acronyms or numbers keeps it: `before` starts with a capital or holds a digit
//    ("Kyiv-based", "UN-led", "COVID-19"), or `after` does not start with a lower-case letter.
// 3. A compound of two words keeps it: `after` is one of the words that usually close a hyphenated compound
//    ("based", "led", "backed", "term", "old", "making", ...) or `before` is a prefix that keeps its hyphen
//    ("self", "ex", "well", "half", "all", "non", "anti", ...): complete words, rarely the start of a longer one.
//    In a text, a hyphen that ends a chain of hyphenated words ("lower-than-" + "expected") stays too.
// 4. Otherwise the line end split one word: the hyphen goes ("investi-gation", "govern-ment").
bool dropsLineEndHyphen(QStringView before, QStringView after, QStringView document);

} // namespace corrob::io
