// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How SearchRepository writes a parsed query as SQL: the FTS5 MATCH expressions of its words, the conditions of its
// filters, and, for a query whose filters or quoted phrases go with only some of its words, one condition on the
// documents (docs/decisions/0020-search-index.md). Internal to core/storage; no statement is run here.
#pragma once

#include "core/search/Query.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace corrob::storage::searchsql {

using search::QueryNode;

// A parameter of the SQL written here, bound in the order it was added.
using SqlParam = std::variant<QString, qint64>;

// The FTS5 MATCH expression of a query's words (filters and NOT groups holding a filter or a phrase left out),
// each word or phrase with its other spellings; empty when nothing in it can match.
QString renderMatch(const QueryNode& node);

// The quoted phrases an exact (unstemmed) index must find as well: those every match needs (the root, or a child of
// the root's AND), typed with quotes; a phrase's other spellings count as well. A prefix listed as its words
// (QueryNode::completions) is one too: the stemmed index finds other words of their stems.
QStringList exactPhrases(const QueryNode& root);

// Whether a quoted phrase sits where exactPhrases does not reach it (under an OR or a NOT): the query then runs as a
// condition (treeCondition), each phrase looked up in the exact index where it is.
bool hasInnerPhrase(const QueryNode& root);

// The EXACT argument of the search's mark functions (SearchMarks.h) for match, a MATCH expression of root's words
// (renderMatch) run on the stemmed index: which of its phrases must be marked only where their exact words are,
// the quoted phrases outside NEAR groups with their spellings (a phrase also written as a word, "kyiv" OR kyiv, is
// marked as the word). Empty when none must.
QByteArray exactMarks(const QString& match, const QueryNode& root);

// The weights of the title, statement and body columns in the ranking (the tables' own rank, CaseSchema.cpp, is
// bm25 with these).
inline constexpr const char* kColumnWeights = "10.0, 5.0, 1.0";

// The ranking of match, a MATCH expression of root's words (renderMatch), for `rank MATCH ?`: corrob_rank
// (SearchRank.h) with each word's or phrase's spellings one group, so that a rare spelling does not outrank the
// typed word.
QString rankFunction(const QString& match, const QueryNode& root);

// The SQL conditions (on search_docs d) of the filters, and their parameters.
QString filterSql(const search::QueryFilters& f, std::vector<SqlParam>& params);

// The full-text lookups of a query run as a condition, each distinct one once: MATCHes of the stemmed index (w0,
// w1...) and quoted phrases in the exact one (e0, e1...).
struct Lookups
{
    QStringList stemmed;
    QStringList exact;

    // The name of the materialised lookup of match in list (w or e), added when new.
    static QString nameOf(QStringList& list, const QString& match, QChar prefix);
};

// A query tree's SQL condition (on search_docs d), and the documents that can meet it when they are fewer than all:
// those of its lookups (an AND: those of one of its parts; an OR: those of all of its parts) - none for a filter or a
// NOT, which can hold for any document.
struct TreeCondition
{
    QString sql;
    QStringList candidates; // names of lookups; empty: any document
};

// The SQL condition of a query tree that has filters or inner quoted phrases among its words, with the filters'
// parameters in the order they appear. A part without either is one MATCH of its words, matched as the whole query
// would match them; each quoted phrase is looked up in the exact index, so that it is exact wherever it is written
// (stemmed under an OR, it found "forces withdrawing" for "forces withdrew"); a distinct lookup is run once however
// often it comes. A filter is its conditions, a row it says nothing of (a source has no outlet) being outside it
// rather than unknown, so that NOT takes it in.
TreeCondition treeCondition(const QueryNode& n, Lookups& lookups, std::vector<SqlParam>& params);

} // namespace corrob::storage::searchsql
