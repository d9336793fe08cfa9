// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QChar>
#include <QString>

struct sqlite3;

namespace corrob::storage {

// The FTS5 auxiliary functions the search reads its snippets and hits with, in place of FTS5's own snippet() and
// highlight(), which take time quadratic in the hits of a document (a 5 MB report holding "the" 300,000 times took
// 10 s, a 92 MB one 12 minutes): these read the document's text and its hits once.
//
//   corrob_snippet(TABLE)          about kSnippetTokens words of the column with the best hits (the most distinct
//                                  phrases in a window; the first column on a tie: title, statement, body), each
//                                  hit between kHitStart and kHitEnd, an ellipsis where text was cut.
//   corrob_hits(TABLE, COLUMN, N)  the first N hits of the column (every hit when N is 0), as "start end" pairs of
//                                  UTF-16 code units of its text separated by spaces; with N = 1, the hit the
//                                  column's snippet shows (the first of its window), its own words after a tab
//                                  ("12 17\tKyiv").
//
//   EXACT (optional last argument of either): which of the query's phrases must match exactly, by phrase number
//                                  (FTS5's: the order they are written in), as a blob of entries separated by
//                                  kExactSeparator: empty for a phrase matched as the table matches it, or '=' and
//                                  the phrase's words. The stemmed index finds "mass graves" for
//                                  "mass grave"; with the phrase in EXACT, a hit whose words are not the phrase's
//                                  (case and diacritics folded as search_exact folds them) is not a hit.
//
// A phrase's hit covers all its words; hits that overlap are one. Registered on every connection
// (Database::open), so any FTS5 table of a case can use them, with one scalar function for the filters:
//
//   corrob_fold(TEXT)              text::foldKey(TEXT): case and diacritics folded in every script ("Économie",
//                                  "ECONOMIE" and "économie" are one), which COLLATE NOCASE does for ASCII only.
Status registerSearchMarks(sqlite3* db);

inline constexpr QChar kHitStart(0x0002);
inline constexpr QChar kHitEnd(0x0003);
inline constexpr int kSnippetTokens = 16;
inline constexpr char kExactSeparator = '\x1f';

} // namespace corrob::storage
