// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct fts5_api;

namespace corrob::storage {

// The FTS5 tokenizer of the stemmed index (search_fts, schema version 10), registered on every connection with the
// marks (registerSearchMarks):
//
//   corrob_english PARENT ARGS...      the words of another tokenizer (search_fts: "unicode61 remove_diacritics 2"),
//                                      each word of 3 to 64 ASCII letters stemmed by Snowball's English stemmer
//                                      (Porter2, libstemmer), a few plurals it leaves apart ("crises", "buses",
//                                      "theses") taken as their singular first; other words (digits, other
//                                      scripts) as they are.
//
// What it makes of a word is part of the case's schema: the index holds its output, and FTS5's integrity check
// (verify) compares the index with the text tokenized again. Any change to it is a schema version that makes the
// index again (as version 10 did).
//
// FTS5's own porter is the original Porter algorithm of 1980: "died" and "dies" were "di" where "die" stayed "die",
// "crises" was not "crisis", "campuses" not "campus", and "news" was "new". Porter2 corrects these (decision 0020,
// addendum of round 23). A case file's search_fts cannot be read or written without it: every connection of the
// program registers it (Database::open); other SQLite programs read the rest of the case.
// False when FTS5 refused it.
bool registerSearchStemmer(fts5_api* api);

} // namespace corrob::storage
