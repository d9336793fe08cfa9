// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/search/Query.h"
#include "core/search/SearchMatch.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace corrob::storage {

class Database;
class Statement;

// What a search finds (core/search/SearchMatch.h, where the front ends see it without storage).
using TextSpan = search::TextSpan;
using SearchMatch = search::SearchMatch;

// The full-text index (schema version 4, docs/schema.md#search_docs): queries and upkeep. The triggers keep the index
// in step with every write; this class only reads it, checks it and rebuilds it.
class SearchRepository
{
public:
    explicit SearchRepository(Database& db) : m_db(&db) {}

    // The best `limit` matches of a parsed (and spelling-expanded) query, best first. An empty query gives nothing;
    // a query of filters only lists what they let through.
    Result<std::vector<SearchMatch>> search(const search::Query& query, int limit) const;
    // Every hit of the query's words in one report's working text, in order (for highlighting the report).
    Result<std::vector<TextSpan>> hitsInReport(const search::Query& query, ReportId report) const;
    // Whether filters let anything of the case through (outlet:Reuterz, source:Smith, report:abc name nothing when
    // false). Reads the filters' own tables, not the index.
    Result<bool> selectsAnything(const search::QueryFilters& filters) const;
    // Every name and alias of each source whose name or an alias folds to `name`.
    Result<QStringList> sourceSpellings(const QString& name) const;
    // The terms of the exact index that begin past U+007F: words of other scripts and words whose first letter
    // unicode61 does not fold (what search::ScriptVocabulary is built from). Reads only that part of the vocabulary.
    Result<QStringList> termsBeyondAscii() const;
    // Those of `candidates` (lower case, as the index stores them) that are terms of the exact index: one lookup each.
    Result<QStringList> existingTerms(const QStringList& candidates) const;
    // The exact index's terms that begin with prefix (folded as the index folds), in order; std::nullopt when there
    // are more than limit. A range of the vocabulary: reads only those terms.
    Result<std::optional<QStringList>> termsBeginning(const QString& prefix, qsizetype limit) const;
    // Bytes that change whenever the index changes (FTS5's structure record of the exact index, rewritten with a new
    // cookie by every change): what a cache of termsBeyondAscii is valid for.
    Result<QByteArray> indexStamp() const;

    // What differs between the index and the case: empty when they agree. Reads everything.
    struct IndexProblem
    {
        QString detail;
        ReportId report; // the report the problem is about, when the document is a report
    };
    Result<std::vector<IndexProblem>> check() const;
    // Rebuilds the index from the case; run inside the caller's transaction.
    Status rebuild();
    // Bytes used by the index (search_docs and both FTS5 indexes) and by the working texts, when SQLite reports it
    // (dbstat); -1 when it does not.
    Result<std::pair<qint64, qint64>> sizes() const;

    // The FTS5 MATCH expression for a query node ("" when it cannot match anything); exposed for tests.
    static QString renderMatch(const search::QueryNode& node);

private:
    // The exact index's terms that meet condition (SQL on the column term, its parameters given by bind).
    Result<QStringList> vocabularyTerms(const QString& condition, const std::function<void(Statement&)>& bind) const;
    Database* m_db;
};

} // namespace corrob::storage
