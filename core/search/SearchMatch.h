// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a full-text search finds: storage::SearchRepository fills it, casefile::searchCase hands it to the front ends.
#pragma once

#include "core/search/Query.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace corrob::search {

// A range of UTF-16 code units in some text.
struct TextSpan
{
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// One thing a search found.
struct SearchMatch
{
    DocKind kind = DocKind::Report;
    qint64 id = 0;                     // the report's, claim's, note's or source's id
    qint64 reportId = 0;               // the report it is in (0: none, for case notes and sources)
    double rank = 0;                   // BM25, weighted title 10, statement 5, body 1; lower is better (SQLite's sign)
    QString snippet;                   // a few words around the hits, plain text
    std::vector<TextSpan> snippetHits; // the hits, in snippet's units
    QString matched;                   // the text of the hit at start, as the document spells it
    bool otherSpelling = false;        // matched is one of the query's other spellings (Kiev for Kyiv), not as typed
    qint64 start = -1; // in the working text: for a report the first hit of its text's best passage (the first hit,
                       // unless a later passage holds more of the query's words: where its snippet is when the
                       // snippet is of the text), a claim's anchor; -1 otherwise
    qint64 end = -1;
    QString reportTitle; // the report's title, outlet and publication date, for grouping
    QString outlet;
    QString published;
};

} // namespace corrob::search
