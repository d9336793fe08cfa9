// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/search/Query.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::storage {

class Database;

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
    search::DocKind kind = search::DocKind::Report;
    qint64 id = 0;                     // the report's, claim's, note's or source's id
    qint64 reportId = 0;               // the report it is in (0: none, for case notes and sources)
    double rank = 0;                   // BM25, weighted title 10, statement 5, body 1; lower is better (SQLite's sign)
    QString snippet;                   // a few words around the hits, plain text
    std::vector<TextSpan> snippetHits; // the hits, in snippet's units
    QString matched;                   // the text of the first hit, as the document spells it
    qint64 start = -1;                 // in the working text: a report's first hit, a claim's anchor; -1 otherwise
    qint64 end = -1;
    QString reportTitle; // the report's title, outlet and publication date, for grouping
    QString outlet;
    QString published;
};

// The full-text index (schema version 4, docs/schema.md#search_docs): queries and upkeep. The triggers keep the index
// in step with every write; this class only reads it, checks it and rebuilds it.
class SearchRepository
{
public:
    explicit SearchRepository(Database& db) : m_db(&db) {}

    // The best `limit` matches of a parsed (and spelling-expanded) query, best first. An empty query gives nothing;
    // a query of filters only lists what they let through.
    Result<std::vector<SearchMatch>> search(const search::Query& query, int limit);
    // Every hit of the query's words in one report's working text, in order (for highlighting the report).
    Result<std::vector<TextSpan>> hitsInReport(const search::Query& query, ReportId report);
    // Every name and alias of each source whose name or an alias folds to `name`.
    Result<QStringList> sourceSpellings(const QString& name);

    // What differs between the index and the case: empty when they agree. Reads everything.
    Result<QStringList> check();
    // Rebuilds the index from the case; run inside the caller's transaction.
    Status rebuild();
    // Bytes used by the index (search_docs and both FTS5 indexes) and by the working texts, when SQLite reports it
    // (dbstat); -1 when it does not.
    Result<std::pair<qint64, qint64>> sizes();

    // The FTS5 MATCH expression for a query node ("" when it cannot match anything); exposed for tests.
    static QString renderMatch(const search::QueryNode& node);

private:
    Database* m_db;
};

} // namespace corrob::storage
