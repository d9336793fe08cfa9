// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct fts5_api;

namespace corrob::storage {

// The FTS5 ranking function of the search, registered on every connection with the marks (registerSearchMarks):
//
//   corrob_rank(W1, W2, ..., GROUPS)   BM25 as FTS5's bm25(W1, W2, ...) computes it (k1 1.2, b 0.75, the columns'
//                                      weights, negative: the best first in ascending order), except that the
//                                      query's phrases numbered alike in GROUPS (FTS5's phrase numbers in order,
//                                      separated by spaces: "0 0 0 1") count as one term: their hits add up and
//                                      their IDF is that of the documents any of them is in.
//
// A word typed and its other spellings are one group (Kharkiv, Kharkov, Харків): under bm25 each spelling was a term
// of its own, so one mention of a rare spelling in a body outranked the typed word in a title (its IDF was high, the
// common spelling's nearly nil). Without GROUPS, or with a count that is not the query's, each phrase is its own
// group and the rank is bm25's. Used as `... WHERE t MATCH ? AND rank MATCH 'corrob_rank(10.0, 5.0, 1.0, ''0 0 1'')'`.
// False when FTS5 refused it.
bool registerSearchRank(fts5_api* api);

} // namespace corrob::storage
