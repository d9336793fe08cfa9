// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/search/SearchMatch.h"
#include "core/text/NameVariants.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace corrob::casefile {

class Case;

using SearchMatch = search::SearchMatch;
using TextSpan = search::TextSpan;

struct SearchOptions
{
    int limit = 50;
    // The name-variants table (nullptr: the bundled one); see search::nameVariantsWithUserTable.
    const text::NameVariants* variants = nullptr;
    bool transliterate = true;
    // When set, searchCase says here whether more than `limit` results exist (it reads one more to know, and leaves
    // it out before grouping, so the answer is still the best `limit`).
    bool* more = nullptr;
};

// Searches a case: parses what the user typed (search::parseQuery; never an error for any text), expands its words
// through the case's source aliases, the name variants and transliteration, and runs it. Fails only when the case
// cannot be read. The results are grouped by report: a report's own match and those of its claims and notes together,
// the groups in the order of their best match, each group best first (a case note or a source is a group of its own).
Result<std::vector<SearchMatch>> searchCase(Case& target, const QString& queryText, const SearchOptions& options = {});

// The filters of a query that name nothing of the case, each value as it is written ("outlet:Reuterz",
// "report:\"no such title\""): a search they narrow finds nothing for want of the name, whatever its words. Only the
// fields that name things (outlet, source, tag, report), in the query's tree and in what it leaves out too.
Result<QStringList> filtersNamingNothing(Case& target, const QString& queryText);

// Every hit of the query's words in one report's working text (UTF-16 units), in order.
Result<std::vector<TextSpan>> searchHitsInReport(Case& target, const QString& queryText, ReportId report,
                                                 const SearchOptions& options = {});

// Every hit of the query's words in each of `reports`' working texts (UTF-16 units, in order), the query prepared once:
// what a list of results needs to say how many hits each report holds. A report without a hit (or not in the case)
// is absent from the answer. `stale` is asked before each report: when it says yes, the answer so far is returned.
Result<QHash<qint64, std::vector<TextSpan>>> searchHitsInReports(Case& target, const QString& queryText,
                                                                 const std::vector<ReportId>& reports,
                                                                 const SearchOptions& options = {},
                                                                 const std::function<bool()>& stale = {});

// One term of a batch search: the reports it is found in, with the number of hits in each.
struct TermHits
{
    QString term;
    struct ReportHits
    {
        ReportId report;
        QString title;
        qint64 hits = 0;
        qint64 furnitureHits = 0; // of them, those in the report's page furniture (excluded ranges, hidden to read)
    };
    std::vector<ReportHits> reports;
    qint64 totalHits = 0;
    qint64 furnitureHits = 0;
    bool nothingToFind = false; // the term has no word or filter to look for ("(((", "*", "-"): found nowhere
};

// A list of terms (one per entry; blank ones skipped) against every report of the case.
Result<std::vector<TermHits>> batchSearch(Case& target, const QStringList& terms, const SearchOptions& options = {});

// Rebuilds the search index from the case in one transaction, with its audit entry ("search.reindexed").
Status reindexCase(Case& target);

} // namespace corrob::casefile
