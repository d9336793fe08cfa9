// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace corrob::text {

// What an anchor made on an old text says (W3C position + quote selectors): the half-open range [start, end) in
// UTF-16 code units of the old text, the quoted text, and up to 32 code units of context either side.
struct QuoteSelector
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;
};

enum class ReanchorMethod
{
    Position, // the quote is still at the same offsets
    Quote,    // found as an exact occurrence elsewhere (the one whose context matches best)
    Fuzzy,    // found as an approximate occurrence (edit distance within kMaxFuzzyDistance of the quote length)
    Orphaned, // not found
};

// "position", "quote", "fuzzy", "orphaned": the names written to JSON and the audit log.
QString reanchorMethodName(ReanchorMethod method);

struct ReanchorResult
{
    ReanchorMethod method = ReanchorMethod::Orphaned;
    qsizetype start = 0; // [start, end) in UTF-16 code units of the new text; 0, 0 when orphaned
    qsizetype end = 0;
    double score = 0; // 0..1: 1 for position; context similarity for quote; quote and context similarity for fuzzy
};

// Finds where a quote made on oldText (oldTextLength code units long) sits in newText, trying in order:
//  1. position: newText has the exact quote at the old start;
//  2. exact quote: of every occurrence (at most kMaxOccurrences are scored), the one whose 32 code units before
//     and after best match prefix and suffix; ties go to the one nearest the old relative position;
//  3. fuzzy: the approximate occurrences (Sellers' edit-distance search with Ukkonen's cut-off, distance at most
//     kMaxFuzzyDistance of the quote's length) scored by quote similarity and context; at most kFuzzyCellBudget
//     cells are computed: for a long quote in a long text only a window around the old relative position is
//     searched;
//  4. otherwise orphaned.
// Pure; never returns a range that splits a surrogate pair. Costs O(n) for 1-2 and about O(k n) for 3 (k the
// allowed distance, n the text length).
ReanchorResult reanchor(const QuoteSelector& anchor, qsizetype oldTextLength, QStringView newText);

inline constexpr double kMaxFuzzyDistance = 0.2;
inline constexpr qsizetype kMaxOccurrences = 1000;
inline constexpr qint64 kFuzzyCellBudget = qint64(64) * 1024 * 1024;
// Shorter quotes are never matched fuzzily: a fifth of a few characters is no room for a changed word.
inline constexpr qsizetype kMinFuzzyQuote = 10;

} // namespace corrob::text
