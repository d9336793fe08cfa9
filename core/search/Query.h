// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::search {

// The things a result can be.
enum class DocKind
{
    Report,
    Claim,
    Note,
    Source,
};
QString docKindName(DocKind kind); // "report", "claim", "note", "source"

// The field filters of a query: every field must hold, and of the values of one field any of them (outlet:A
// outlet:B is either outlet's reports, written ANDed or ORed; of two date ranges the later written counts).
struct QueryFilters
{
    QStringList outlets;     // outlet:NAME - reports (and their claims and notes) from that outlet (a name or alias
                             // containing NAME)
    QStringList sources;     // source:NAME - claims attributed to that source
    QStringList tags;        // tag:NAME - claims with that tag
    QStringList kinds;       // kind:K - claims of that kind (figure, allegation, ...)
    QStringList reports;     // report:ID, or report:TEXT - the reports whose title holds TEXT
    std::vector<DocKind> in; // in:claims|reports|notes|sources; empty: everything
    QString publishedFrom;   // published:2022-03..2022-05, inclusive; empty: open
    QString publishedTo;
    // NOT field:value - what each of these selects is left out ("Kharkiv NOT outlet:Reuters", "NOT in:claims").
    std::vector<QueryFilters> excluded;

    [[nodiscard]] bool empty() const;
    // Whether it selects anything (a field other than the exclusions is set).
    [[nodiscard]] bool selects() const;
    // Adds other's values (values of one field: any of them; a date range replaces this one's).
    void add(const QueryFilters& other);
    // outlet:Reuters|AP tag:Shelling NOT(outlet:TASS), for tests and logs.
    [[nodiscard]] QString toString() const;
};

// One node of a parsed search query. A Term is one word as typed ("C++", "state-of", "Kharkiv*"), a Phrase a quoted
// run of words; both may carry other spellings of themselves (Kyiv: Kiev, Київ...) that match as well. A Filter is one
// field:value (outlet:Reuters), combined with the words like any other operand ("Kharkiv OR outlet:Reuters"). And, Or
// and Near have two or more children; Not has one and appears only as a child of And, or as the root of a query whose
// filters select what it leaves out ("-Putin outlet:TASS"; without them "NOT x" matches nothing).
struct QueryNode
{
    enum class Type
    {
        Term,
        Phrase,
        And,
        Or,
        Not,
        Near,
        Filter,
    };
    Type type = Type::Term;
    QString text;          // Term and Phrase: the words as typed (without quotes or the trailing '*')
    bool prefix = false;   // Term: typed with a trailing '*'
    int distance = 10;     // Near: at most this many words between the terms
    QStringList spellings; // Term and Phrase: other spellings that match too (filled by expandSpellings)
    // Term typed as a prefix: every word of the index that begins with it, when there are few enough to list
    // (filled by expandSpellings), matched as whole words instead of the prefix. The stemmed index holds a word's
    // stem, not every prefix of the word ("evacuat*" is no prefix of "evacu", what "evacuated" is indexed as).
    QStringList completions;
    QueryFilters filter; // Filter: the one field and its value, or values
    bool ored = false;   // Filter: values ORed in the query (outlet:A OR outlet:B), not merged with that field ANDed
    std::vector<QueryNode> children;

    // A compact rendering for tests and logs: and(term(a) or(phrase(b c) term(d*) filter(outlet:X)) not(term(e))).
    [[nodiscard]] QString toString() const;
};

// What a query reads of what was typed: at most this many words, phrases and NEAR groups, and this many filters, from
// at most this many characters (a pasted page is no query, and FTS5's time grows faster than the words of a query).
constexpr int kMaxQueryWords = 64;
constexpr int kMaxQueryFilters = 64;
constexpr qsizetype kMaxQueryCharacters = 4096;

// A parsed query: the tree of its words and of the filters that go with only some of them ("Kharkiv OR
// outlet:Reuters", "Bucha NOT (Irpin outlet:TASS)"), and the filters the whole query must meet (the root, an operand of
// the root's AND), taken out of the tree so that the index can use them first. No root when the query has only those
// filters, or nothing.
struct Query
{
    std::optional<QueryNode> root;
    QueryFilters filters;
    bool truncated = false; // what was typed went past kMaxQueryWords, kMaxQueryFilters or kMaxQueryCharacters: the
                            // rest is not read
    bool onlyExclusions = false; // nothing but exclusions (-Putin): no root, so it finds nothing
    QStringList unreadFilters; // what was written as a filter but has no value it takes (in:bogus, published:2022-13),
                               // searched as words
    QStringList unreadNear;    // an infix NEAR, NEAR/N, between two things but without a word, phrase or group of words
                               // it can join on one side ("(a OR) NEAR/5 b"): searched as a word

    [[nodiscard]] bool empty() const { return !root && filters.empty(); }
};

// Reads what a user typed. Never fails: what cannot be read as syntax is taken as words. The syntax: words are ANDed;
// OR, AND and NOT (upper case, between words) combine them; parentheses group; "quoted words" are an exact phrase;
// a trailing * makes a prefix; NEAR(a b, 5) finds words close together; field:value filters (outlet, source, tag,
// kind, report, in, published with a range FROM..TO of dates YYYY, YYYY-MM or YYYY-MM-DD) are operands like words
// (Kharkiv OR outlet:Reuters), NOT field:value leaving out what it selects; -word, -"phrase" and -field:value are NOT
// too. Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks) are not part of any word.
// Past kMaxQueryWords, kMaxQueryFilters or kMaxQueryCharacters the rest is left out and truncated says so.
Query parseQuery(const QString& typed);

// Whether a Filter node is anywhere in the tree.
bool containsFilter(const QueryNode& node);

// Whether a term or phrase carries something a full-text index can match: a letter or a digit.
bool hasWordCharacters(const QString& text);

} // namespace corrob::search
