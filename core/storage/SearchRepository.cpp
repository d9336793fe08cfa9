// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchRepository.h"

#include "core/model/Vocabulary.h"
#include "core/search/Choices.h"
#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"
#include "core/storage/RowHelpers.h"
#include "core/storage/SearchMarks.h"
#include "core/text/Fold.h"

#include <algorithm>
#include <optional>
#include <variant>

namespace corrob::storage {
namespace {

using search::DocKind;
using search::QueryNode;

using Param = std::variant<QString, qint64>;

QString quoted(const QString& words)
{
    QString inner = words;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

// A term's or phrase's own words and then its other spellings, each quoted, and each a prefix when it is one.
QStringList alternativesOf(const QueryNode& n)
{
    const QString star = n.prefix ? QStringLiteral("*") : QString();
    QStringList out{quoted(n.text) + star};
    for (const QString& s : n.spellings) {
        if (search::hasWordCharacters(s)) {
            out << quoted(s) + star;
        }
    }
    return out;
}

QString anyOf(const QStringList& alternatives)
{
    return alternatives.size() == 1 ? alternatives.front() : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// A term or phrase and its other spellings: ("kyiv" OR "kiev" OR "київ").
QString renderLeaf(const QueryNode& n)
{
    return anyOf(alternativesOf(n));
}

// At most this many NEAR groups stand for one typed with spellings (FTS5 takes only phrases inside NEAR, so
// NEAR(Kyiv Zelensky) is every choice of a spelling for each word, ORed: five and six spellings make 30).
constexpr qsizetype kMaxNearGroups = 64;

// NEAR(a b, N) with the words' spellings: one group per choice of a spelling for each word, the typed words first.
QString renderNear(std::vector<QStringList> words, int distance)
{
    QStringList groups;
    for (const QStringList& phrases : search::everyChoice(std::move(words), kMaxNearGroups)) {
        groups << QStringLiteral("NEAR(%1, %2)").arg(phrases.join(u' ')).arg(distance);
    }
    return anyOf(groups);
}

// The quoted phrases an exact (unstemmed) index must find as well: those every match needs (the root, or a child of
// the root's AND), typed with quotes; a phrase's other spellings count as well.
QStringList exactPhrases(const QueryNode& root)
{
    QStringList out;
    auto take = [&](const QueryNode& n) {
        if (n.type == QueryNode::Type::Phrase) {
            out << renderLeaf(n);
        }
    };
    if (root.type == QueryNode::Type::And) {
        for (const QueryNode& c : root.children) {
            take(c);
        }
    } else {
        take(root);
    }
    return out;
}

QString kindSql(DocKind k)
{
    return u'\'' + search::docKindName(k) + u'\'';
}

// The SQL conditions (on search_docs d) of the filters, and their parameters.
QString filterSql(const search::QueryFilters& f, std::vector<Param>& params)
{
    QStringList where;
    if (!f.in.empty()) {
        QStringList kinds;
        for (DocKind k : f.in) {
            kinds << kindSql(k);
        }
        where << QStringLiteral("d.kind IN (%1)").arg(kinds.join(u','));
    }
    if (!f.outlets.isEmpty()) {
        QStringList any;
        for (const QString& o : f.outlets) {
            const QString key = text::foldKey(o);
            params.emplace_back(key);
            params.emplace_back(key);
            any << QStringLiteral("d.report_id IN (SELECT id FROM reports WHERE outlet_id IN "
                                  "(SELECT id FROM sources WHERE instr(name_key, ?) > 0 UNION "
                                  "SELECT source_id FROM source_aliases WHERE instr(alias_key, ?) > 0))");
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!f.sources.isEmpty()) {
        QStringList any;
        for (const QString& s : f.sources) {
            const QString key = text::foldKey(s);
            params.emplace_back(key);
            params.emplace_back(key);
            any << QStringLiteral("d.item_id IN (SELECT id FROM claims WHERE source_id IN "
                                  "(SELECT id FROM sources WHERE instr(name_key, ?) > 0 UNION "
                                  "SELECT source_id FROM source_aliases WHERE instr(alias_key, ?) > 0))");
        }
        where << QStringLiteral("d.kind = 'claim' AND (") + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!f.tags.isEmpty()) {
        // A tag named by its name or its path ("Violence/Shelling"), with the tags below it (as export --tag).
        QStringList any;
        for (const QString& t : f.tags) {
            const QString key = text::foldKey(t); // "tag:économie" finds "Économie", as outlet: and source: do
            params.emplace_back(key);
            params.emplace_back(key);
            any << QStringLiteral("corrob_fold(path) = ? OR corrob_fold(name) = ?");
        }
        where << QStringLiteral("d.kind = 'claim' AND d.item_id IN (SELECT claim_id FROM claim_tags WHERE tag_id IN ("
                                "WITH RECURSIVE paths(id, name, path) AS (SELECT id, name, name FROM tags WHERE "
                                "parent_id IS NULL UNION ALL SELECT t.id, t.name, p.path || '/' || t.name FROM tags t "
                                "JOIN paths p ON t.parent_id = p.id), "
                                "below(id) AS (SELECT id FROM paths WHERE ") +
                     any.join(QStringLiteral(" OR ")) +
                     QStringLiteral(" UNION SELECT t.id FROM tags t JOIN below b ON t.parent_id = b.id) "
                                    "SELECT id FROM below))");
    }
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (const QString& k : f.kinds) {
            const auto kind = model::parseClaimKind(k); // kind:"legal qualification" is kind:legal
            params.emplace_back(kind ? model::claimKindName(kind.value()) : k);
            marks << QStringLiteral("?");
        }
        where << QStringLiteral("d.kind = 'claim' AND d.item_id IN (SELECT id FROM claims WHERE kind IN (%1))")
                     .arg(marks.join(u','));
    }
    if (!f.reports.isEmpty()) {
        QStringList any;
        for (const QString& r : f.reports) {
            bool isNumber = false;
            const qint64 id = r.toLongLong(&isNumber);
            if (isNumber) {
                params.emplace_back(id);
                any << QStringLiteral("d.report_id = ?");
            } else {
                QString like = r;
                like.replace(u'\\', QStringLiteral("\\\\"))
                    .replace(u'%', QStringLiteral("\\%"))
                    .replace(u'_', QStringLiteral("\\_"));
                params.emplace_back(u'%' + like + u'%');
                any << QStringLiteral("d.report_id IN (SELECT id FROM reports WHERE title LIKE ? ESCAPE '\\')");
            }
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!f.publishedFrom.isEmpty() || !f.publishedTo.isEmpty()) {
        // A date is a period as precise as it is written ("2021", "2022-04", "2022-04-10"): a report is in the
        // range when its period meets it, each side compared at the less precise of the two (a report dated only
        // 2021 is in 2021-03..2021-05; it used to be left out, "2021" sorting before "2021-03").
        QString cond = QStringLiteral("d.report_id IN (SELECT id FROM reports WHERE published IS NOT NULL");
        if (!f.publishedFrom.isEmpty()) {
            params.emplace_back(f.publishedFrom);
            cond += QStringLiteral(" AND substr(?, 1, length(published)) <= published");
        }
        if (!f.publishedTo.isEmpty()) {
            params.emplace_back(f.publishedTo);
            params.emplace_back(f.publishedTo);
            cond += QStringLiteral(" AND substr(published, 1, length(?)) <= ?");
        }
        where << cond + u')';
    }
    for (const search::QueryFilters& excluded : f.excluded) {
        if (const QString left = filterSql(excluded, params); !left.isEmpty()) {
            // A row the filter says nothing of (a source has no report, so its outlet is NULL) is not left out.
            where << QStringLiteral("NOT coalesce((") + left + QStringLiteral("), 0)");
        }
    }
    return where.join(QStringLiteral(" AND "));
}

// Whether a quoted phrase is in the tree (a NEAR group's words are its own: FTS5 matches them with stemming).
bool containsPhrase(const QueryNode& n)
{
    if (n.type == QueryNode::Type::Phrase) {
        return true;
    }
    if (n.type == QueryNode::Type::Near) {
        return false;
    }
    return std::any_of(n.children.begin(), n.children.end(), containsPhrase);
}

// Whether a quoted phrase sits where exactPhrases does not reach it (under an OR or a NOT): the query then runs as a
// condition (treeCondition), each phrase looked up in the exact index where it is.
bool hasInnerPhrase(const QueryNode& root)
{
    if (root.type != QueryNode::Type::And) {
        return root.type != QueryNode::Type::Phrase && containsPhrase(root);
    }
    return std::any_of(root.children.begin(), root.children.end(),
                       [](const QueryNode& c) { return c.type != QueryNode::Type::Phrase && containsPhrase(c); });
}

// The full-text lookups of a query run as a condition, each distinct one once: MATCHes of the stemmed index (w0,
// w1...) and quoted phrases in the exact one (e0, e1...).
struct Lookups
{
    QStringList stemmed;
    QStringList exact;

    // The name of the materialised lookup of match in list (w or e), added when new.
    static QString nameOf(QStringList& list, const QString& match, QChar prefix)
    {
        qsizetype at = list.indexOf(match);
        if (at < 0) {
            at = list.size();
            list << match;
        }
        return prefix + QString::number(at);
    }
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
TreeCondition treeCondition(const QueryNode& n, Lookups& lookups, std::vector<Param>& params)
{
    if (n.type == QueryNode::Type::Phrase) {
        if (!search::hasWordCharacters(n.text)) {
            return {QStringLiteral("0"), {}};
        }
        const QString name = Lookups::nameOf(lookups.exact, renderLeaf(n), u'e');
        return {QStringLiteral("d.doc_id IN ") + name, {name}};
    }
    if (n.type != QueryNode::Type::Not && !search::containsFilter(n) && !containsPhrase(n)) {
        const QString match = SearchRepository::renderMatch(n);
        if (match.isEmpty()) {
            return {QStringLiteral("0"), {}};
        }
        const QString name = Lookups::nameOf(lookups.stemmed, match, u'w');
        return {QStringLiteral("d.doc_id IN ") + name, {name}};
    }
    switch (n.type) {
    case QueryNode::Type::Filter: {
        const QString f = filterSql(n.filter, params);
        return {f.isEmpty() ? QStringLiteral("1") : QStringLiteral("coalesce((") + f + QStringLiteral("), 0)"), {}};
    }
    case QueryNode::Type::And:
    case QueryNode::Type::Or: {
        const bool isAnd = n.type == QueryNode::Type::And;
        QStringList parts;
        QStringList candidates;
        bool anyDocument = false; // an OR part that can hold for any document
        for (const QueryNode& c : n.children) {
            TreeCondition part = treeCondition(c, lookups, params);
            parts << part.sql;
            if (isAnd) {
                if (candidates.isEmpty()) {
                    candidates = part.candidates;
                }
            } else if (part.candidates.isEmpty()) {
                anyDocument = anyDocument || part.sql != QStringLiteral("0");
            } else {
                candidates << part.candidates;
            }
        }
        if (anyDocument) {
            candidates.clear();
        }
        candidates.removeDuplicates();
        return {u'(' + parts.join(isAnd ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + u')', candidates};
    }
    case QueryNode::Type::Not:
        return {
            QStringLiteral("NOT (") +
                (n.children.empty() ? QStringLiteral("0") : treeCondition(n.children.front(), lookups, params).sql) +
                u')',
            {}};
    case QueryNode::Type::Term:
    case QueryNode::Type::Phrase:
    case QueryNode::Type::Near:
        break; // above
    }
    return {QStringLiteral("0"), {}};
}

void bindParams(Statement& s, const std::vector<Param>& params, int first)
{
    int i = first;
    for (const Param& p : params) {
        if (const auto* text = std::get_if<QString>(&p)) {
            s.bind(i++, *text);
        } else {
            s.bind(i++, std::get<qint64>(p));
        }
    }
}

// Strips the hit markers from marked text: the plain text and the hits in its units.
QString unmark(const QString& marked, std::vector<TextSpan>& hits)
{
    QString plain;
    plain.reserve(marked.size());
    qint64 open = -1;
    for (QChar c : marked) {
        if (c == kHitStart) {
            open = plain.size();
        } else if (c == kHitEnd) {
            if (open >= 0) {
                hits.push_back({open, plain.size()});
            }
            open = -1;
        } else {
            plain += c;
        }
    }
    return plain;
}

// The hits corrob_hits gives: "start end" pairs, and with a count of one the hit's words after a tab.
std::vector<TextSpan> readHits(const QString& hits, QString* words = nullptr)
{
    std::vector<TextSpan> out;
    const qsizetype tab = hits.indexOf(u'\t');
    const QStringList numbers = (tab < 0 ? hits : hits.left(tab)).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < numbers.size(); i += 2) {
        out.push_back({numbers.at(i).toLongLong(), numbers.at(i + 1).toLongLong()});
    }
    if (words && tab >= 0) {
        *words = hits.mid(tab + 1);
    }
    return out;
}

// Fills a match's snippet, its hits, what matched and (from the first hit of a report's body) where its first hit
// is; what matched is then that hit's words, so that it and start/end name the same place.
void applyMarks(SearchMatch& m, const QString& snippet, const QString& firstBodyHit)
{
    m.snippet = unmark(snippet, m.snippetHits);
    if (!m.snippetHits.empty()) {
        const TextSpan& h = m.snippetHits.front();
        m.matched = m.snippet.mid(h.start, h.end - h.start);
    }
    QString words;
    if (const std::vector<TextSpan> first = readHits(firstBodyHit, &words); !first.empty()) {
        m.start = first.front().start;
        m.end = first.front().end;
        if (!words.isEmpty()) {
            m.matched = words;
        }
    }
}

} // namespace

QString SearchRepository::renderMatch(const QueryNode& node)
{
    switch (node.type) {
    case QueryNode::Type::Term:
    case QueryNode::Type::Phrase:
        return search::hasWordCharacters(node.text) ? renderLeaf(node) : QString();
    case QueryNode::Type::Near: {
        std::vector<QStringList> words;
        for (const QueryNode& c : node.children) {
            if (search::hasWordCharacters(c.text)) {
                words.push_back(alternativesOf(c));
            }
        }
        if (words.empty()) {
            return {};
        }
        if (words.size() == 1) {
            return anyOf(words.front());
        }
        return renderNear(std::move(words), node.distance);
    }
    case QueryNode::Type::Or: {
        QStringList parts;
        for (const QueryNode& c : node.children) {
            if (QString r = renderMatch(c); !r.isEmpty()) {
                parts << r;
            }
        }
        parts.removeDuplicates(); // the same words in several groups ((Kyiv outlet:A) OR (Kyiv tag:B)) once
        if (parts.isEmpty()) {
            return {};
        }
        return parts.size() == 1 ? parts.front() : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    case QueryNode::Type::And: {
        QStringList positive;
        QStringList negative;
        for (const QueryNode& c : node.children) {
            if (c.type == QueryNode::Type::Not) {
                // A group with a filter leaves out only what its filter selects too (Kharkiv NOT (cluster in:notes)
                // keeps the reports on cluster bombs), and a quoted phrase only its exact words (Bucha -"mass grave"
                // keeps "mass graves"): their words exclude nothing from the words' matches, which rank and mark.
                if (!c.children.empty() && !search::containsFilter(c.children.front()) &&
                    !containsPhrase(c.children.front())) {
                    if (QString r = renderMatch(c.children.front()); !r.isEmpty()) {
                        negative << r;
                    }
                }
            } else if (QString r = renderMatch(c); !r.isEmpty()) {
                positive << r;
            }
        }
        positive.removeDuplicates();
        negative.removeDuplicates();
        if (positive.isEmpty()) {
            return {};
        }
        QString out = positive.size() == 1 ? positive.front() : u'(' + positive.join(QStringLiteral(" AND ")) + u')';
        // a NOT b NOT c as a NOT (b OR c): one level however many words are excluded (FTS5 refuses deep nesting).
        if (!negative.isEmpty()) {
            out = u'(' + out + QStringLiteral(" NOT ") +
                  (negative.size() == 1 ? negative.front() : u'(' + negative.join(QStringLiteral(" OR ")) + u')') +
                  u')';
        }
        return out;
    }
    case QueryNode::Type::Not:
    case QueryNode::Type::Filter: // a condition beside the MATCH
        return {};
    }
    return {};
}

Result<std::vector<SearchMatch>> SearchRepository::search(const search::Query& query, int limit) const
{
    std::vector<SearchMatch> out;
    if (query.empty() || limit <= 0) {
        return out;
    }
    // Filters that only some of the words go with ("Kharkiv OR outlet:Reuters"), a NOT of words alone that the filters
    // select from ("-Putin outlet:TASS"), or a quoted phrase under an OR or a NOT ("forces withdrew" OR Kherson) make
    // the tree a condition on the documents (treeCondition), ranked by its words where they match.
    const bool tree = query.root && (query.root->type == QueryNode::Type::Not || search::containsFilter(*query.root) ||
                                     hasInnerPhrase(*query.root));
    std::vector<Param> params;
    QString match;
    QStringList exact;
    if (query.root) {
        match = renderMatch(*query.root); // the words, without the filters
        if (match.isEmpty() && !tree) {
            return out;
        }
        if (!tree) { // the tree's condition looks up every phrase in the exact index itself
            exact = exactPhrases(*query.root);
        }
    }
    // A query that is one quoted phrase runs on the exact index alone (no second lookup per candidate).
    const bool exactOnly = query.root && query.root->type == QueryNode::Type::Phrase;
    const QString table = exactOnly ? QStringLiteral("search_exact") : QStringLiteral("search_fts");
    if (exactOnly) {
        exact.clear();
    }
    const QString filters = filterSql(query.filters, params);

    // The snippet of every column and, for a report, its body with the hits marked (for the first hit's place).
    const QString markColumns =
        QStringLiteral("corrob_snippet(%1), CASE WHEN rowid % 4 = 0 THEN corrob_hits(%1, 2, 1) END").arg(table);
    // A MATCH alone lets FTS5 rank and cut by itself, so SQLite asks for the marks of the kept rows only and they can
    // be read in the same statement. Other conditions make SQLite sort, which would mark every matching row: their
    // marks are read afterwards, row by row.
    const bool marksInline = !tree && !match.isEmpty() && exact.isEmpty() && filters.isEmpty();

    QString sql;
    QStringList leading; // the MATCH expressions, bound before params
    if (tree) {
        // Every lookup is run once and materialised (a lookup joined row by row would run FTS5 for each row); so are
        // the words' ranks, once for all of them. When every match must come from some of the lookups, only their
        // documents are read, not every document.
        Lookups lookups;
        std::vector<Param> treeParams;
        const TreeCondition condition = treeCondition(*query.root, lookups, treeParams);
        QStringList ctes;
        if (!match.isEmpty()) {
            ctes << QStringLiteral("m AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM search_fts WHERE search_fts "
                                   "MATCH ?)");
            leading << match;
        }
        for (qsizetype i = 0; i < lookups.stemmed.size(); ++i) {
            ctes
                << QStringLiteral("w%1 AS MATERIALIZED (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)").arg(i);
            leading << lookups.stemmed.at(i);
        }
        for (qsizetype i = 0; i < lookups.exact.size(); ++i) {
            ctes << QStringLiteral("e%1 AS MATERIALIZED (SELECT rowid FROM search_exact WHERE search_exact MATCH ?)")
                        .arg(i);
            leading << lookups.exact.at(i);
        }
        QStringList where;
        if (!condition.candidates.isEmpty()) {
            QStringList from;
            for (const QString& name : condition.candidates) {
                from << QStringLiteral("SELECT rowid FROM ") + name;
            }
            where << QStringLiteral("d.doc_id IN (") + from.join(QStringLiteral(" UNION ")) + u')';
        }
        if (!filters.isEmpty()) {
            where << u'(' + filters + u')';
        }
        where << condition.sql;
        params.insert(params.end(), treeParams.begin(), treeParams.end());
        if (!ctes.isEmpty()) {
            sql = QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + u' ';
        }
        sql += match.isEmpty() ? QStringLiteral("SELECT d.doc_id, 0.0 FROM search_docs d")
                               : QStringLiteral("SELECT d.doc_id, coalesce(m.r, 0.0) FROM search_docs d LEFT JOIN m "
                                                "ON m.id = d.doc_id");
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        sql += match.isEmpty() ? QStringLiteral(" ORDER BY d.report_id DESC, d.doc_id LIMIT ?")
                               : QStringLiteral(" ORDER BY m.r IS NULL, m.r, d.report_id DESC, d.doc_id LIMIT ?");
    } else if (marksInline) {
        sql = QStringLiteral("SELECT rowid, rank, %2 FROM %1 WHERE %1 MATCH ? ORDER BY rank LIMIT ?")
                  .arg(table, markColumns);
    } else if (!match.isEmpty()) {
        // FTS5 alone, so it can rank and cut without a join; the document's kind and id are in its rowid. "+rowid":
        // a plain rowid IN (...) is handed to FTS5 as rowid = ?, one full-text query for each row the list holds
        // (12 s for "shelling outlet:X" over 20,000 reports of which a few thousand were X's); the list is checked
        // against the matches instead.
        sql = QStringLiteral("SELECT rowid, rank FROM %1 WHERE %1 MATCH ?").arg(table);
        for (qsizetype i = 0; i < exact.size(); ++i) {
            sql += QStringLiteral(" AND +rowid IN (SELECT rowid FROM search_exact WHERE search_exact MATCH ?)");
        }
        if (!filters.isEmpty()) {
            sql += QStringLiteral(" AND +rowid IN (SELECT d.doc_id FROM search_docs d WHERE ") + filters + u')';
        }
        sql += QStringLiteral(" ORDER BY rank LIMIT ?");
    } else {
        sql = QStringLiteral("SELECT d.doc_id, 0.0 FROM search_docs d");
        if (!filters.isEmpty()) {
            sql += QStringLiteral(" WHERE ") + filters;
        }
        sql += QStringLiteral(" ORDER BY d.report_id DESC, d.doc_id LIMIT ?");
    }
    if (!tree && !match.isEmpty()) {
        leading << match << exact;
    }
    auto stmt = m_db->prepare(sql);
    CORROB_TRY(stmt);
    int index = 1;
    for (const QString& e : leading) {
        stmt->bind(index++, e);
    }
    bindParams(stmt.value(), params, index);
    stmt->bind(index + int(params.size()), qint64(limit));
    struct Found
    {
        SearchMatch match;
        QString snippet;     // marked, when read inline
        QString highlighted; // marked, when read inline
    };
    auto rows = rows::collect<Found>(stmt.value(), [marksInline](Statement& s) {
        Found f;
        const qint64 docId = s.int64(0);
        f.match.kind = DocKind(docId % 4);
        f.match.id = docId / 4;
        f.match.rank = s.real(1);
        if (marksInline) {
            f.snippet = s.text(2);
            f.highlighted = s.text(3);
        }
        return f;
    });
    CORROB_TRY(rows);

    // Snippets (unless read above), hits and report details, for the few rows kept. A document found by a filter
    // and none of the words (or a query of filters only) shows its beginning.
    std::optional<Statement> marks;
    std::optional<Statement> beginning;
    if (!marksInline) {
        if (!match.isEmpty()) {
            auto prepared = m_db->prepare(
                QStringLiteral("SELECT %2 FROM %1 WHERE %1 MATCH ? AND rowid = ?").arg(table, markColumns));
            CORROB_TRY(prepared);
            marks.emplace(std::move(prepared).value());
        }
        auto plain = m_db->prepare(QStringLiteral(
            "SELECT substr(CASE WHEN title <> '' THEN title ELSE body END, 1, 160) FROM search_docs WHERE doc_id = ?"));
        CORROB_TRY(plain);
        beginning.emplace(std::move(plain).value());
    }
    auto owner = m_db->prepare(QStringLiteral("SELECT report_id FROM search_docs WHERE doc_id = ?"));
    CORROB_TRY(owner);
    auto anchor = m_db->prepare(QStringLiteral("SELECT anchor_start, anchor_end FROM claims WHERE id = ?"));
    CORROB_TRY(anchor);
    auto report = m_db->prepare(QStringLiteral("SELECT r.title, o.name, r.published FROM reports r "
                                               "LEFT JOIN sources o ON o.id = r.outlet_id WHERE r.id = ?"));
    CORROB_TRY(report);
    out.reserve(rows->size());
    for (Found& found : rows.value()) {
        SearchMatch& m = out.emplace_back(std::move(found.match));
        const qint64 docId = m.id * 4 + qint64(m.kind);
        owner->reset();
        owner->bind(1, docId);
        auto ownerRow = owner->step();
        CORROB_TRY(ownerRow);
        if (ownerRow.value()) {
            m.reportId = owner->isNull(0) ? 0 : owner->int64(0);
        }
        if (marksInline) {
            applyMarks(m, found.snippet, found.highlighted);
        } else {
            bool marked = false;
            if (marks) {
                marks->reset();
                marks->bind(1, match).bind(2, docId);
                auto row = marks->step();
                CORROB_TRY(row);
                if (row.value()) {
                    applyMarks(m, marks->text(0), marks->text(1));
                    marked = true;
                }
            }
            if (!marked) {
                beginning->reset();
                beginning->bind(1, docId);
                auto row = beginning->step();
                CORROB_TRY(row);
                if (row.value()) {
                    applyMarks(m, beginning->text(0), QString());
                }
            }
        }
        if (m.kind == DocKind::Claim) {
            anchor->reset();
            anchor->bind(1, m.id);
            auto anchorRow = anchor->step();
            CORROB_TRY(anchorRow);
            if (anchorRow.value()) {
                m.start = anchor->int64(0);
                m.end = anchor->int64(1);
            }
        }
        if (m.reportId > 0) {
            report->reset();
            report->bind(1, m.reportId);
            auto reportRow = report->step();
            CORROB_TRY(reportRow);
            if (reportRow.value()) {
                m.reportTitle = report->text(0);
                m.outlet = report->text(1);
                m.published = report->text(2);
            }
        }
    }
    return out;
}

Result<std::vector<TextSpan>> SearchRepository::hitsInReport(const search::Query& query, ReportId report) const
{
    std::vector<TextSpan> hits;
    if (!query.root) {
        return hits;
    }
    const QString match = renderMatch(*query.root);
    if (match.isEmpty()) {
        return hits;
    }
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT corrob_hits(search_fts, 2, 0) FROM search_fts WHERE search_fts MATCH ? AND rowid = ?"));
    CORROB_TRY(stmt);
    stmt->bind(1, match).bind(2, report.value * 4);
    auto row = stmt->step();
    CORROB_TRY(row);
    if (row.value()) {
        hits = readHits(stmt->text(0));
    }
    return hits;
}

Result<QStringList> SearchRepository::sourceSpellings(const QString& name) const
{
    const QString key = text::foldKey(name);
    auto stmt = m_db->prepare(QStringLiteral(
        "WITH hit(id) AS (SELECT id FROM sources WHERE name_key = ?1 UNION SELECT source_id FROM source_aliases "
        "WHERE alias_key = ?1) SELECT name FROM sources WHERE id IN hit UNION "
        "SELECT alias FROM source_aliases WHERE source_id IN hit"));
    CORROB_TRY(stmt);
    stmt->bind(1, key);
    auto names = rows::collect<QString>(stmt.value(), [](Statement& s) { return s.text(0); });
    CORROB_TRY(names);
    return QStringList(names.value().begin(), names.value().end());
}

Result<QStringList> SearchRepository::check() const
{
    QStringList problems;
    const QString expected = QString::fromUtf8(kSearchDocsExpected);
    auto missing = m_db->prepare(QStringLiteral("SELECT kind, item_id FROM (") + expected +
                                 QStringLiteral(" EXCEPT SELECT * FROM search_docs) ORDER BY 1, 2 LIMIT 20"));
    CORROB_TRY(missing);
    if (auto s = rows::forEach(missing.value(),
                               [&](Statement& row) {
                                   problems << QStringLiteral("the search index lacks or misstates %1 %2")
                                                   .arg(row.text(0))
                                                   .arg(row.int64(1));
                                   return true;
                               });
        !s) {
        return s.error();
    }
    auto extra =
        m_db->prepare(QStringLiteral("SELECT kind, item_id FROM (SELECT * FROM search_docs EXCEPT SELECT * FROM (") +
                      expected + QStringLiteral(")) ORDER BY 1, 2 LIMIT 20"));
    CORROB_TRY(extra);
    if (auto s = rows::forEach(extra.value(),
                               [&](Statement& row) {
                                   problems << QStringLiteral("the search index holds %1 %2, which the case does not")
                                                   .arg(row.text(0))
                                                   .arg(row.int64(1));
                                   return true;
                               });
        !s) {
        return s.error();
    }
    // Each index holds every document once (its _docsize table has a row per document it indexed): a document taken
    // out of an index alone is found on a read-only connection too.
    for (const QString& table : {QStringLiteral("search_fts"), QStringLiteral("search_exact")}) {
        const auto differences = [&](const QString& sql, const QString& what) -> Status {
            auto stmt = m_db->prepare(sql.arg(table));
            CORROB_TRY(stmt);
            return rows::forEach(stmt.value(), [&](Statement& row) {
                problems << what.arg(table, row.text(0)).arg(row.int64(1));
                return true;
            });
        };
        CORROB_TRY(differences(QStringLiteral("SELECT d.kind, d.item_id FROM search_docs d WHERE d.doc_id IN "
                                              "(SELECT doc_id FROM search_docs EXCEPT SELECT id FROM %1_docsize) "
                                              "ORDER BY 1, 2 LIMIT 20"),
                               QStringLiteral("the search index %1 lacks %2 %3")));
        CORROB_TRY(differences(QStringLiteral("SELECT 'document', id FROM (SELECT id FROM %1_docsize EXCEPT "
                                              "SELECT doc_id FROM search_docs) ORDER BY 2 LIMIT 20"),
                               QStringLiteral("the search index %1 holds %2 %3, which the case does not")));
    }
    // FTS5 checks its index against its documents through a write statement: a read-only connection (a view of the
    // case, a backup being checked) relies on the comparisons above.
    for (const QString& table : {QStringLiteral("search_fts"), QStringLiteral("search_exact")}) {
        if (m_db->isReadOnly()) {
            break;
        }
        if (auto s = m_db->exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)); !s) {
            problems
                << QStringLiteral("the search index %1 disagrees with its documents: %2").arg(table, s.error().message);
        }
    }
    return problems;
}

Status SearchRepository::rebuild()
{
    return rebuildSearchIndex(*m_db);
}

Result<std::pair<qint64, qint64>> SearchRepository::sizes() const
{
    auto index = m_db->queryInt(QStringLiteral(
        "SELECT sum(pgsize) FROM dbstat WHERE name = 'search_docs' OR name LIKE 'search_fts%' OR name LIKE "
        "'search_exact%' OR name = 'search_docs_report'"));
    if (!index) {
        return std::pair<qint64, qint64>{-1, -1};
    }
    auto texts = m_db->queryInt(QStringLiteral("SELECT sum(length(CAST(working_text AS BLOB))) FROM report_texts"));
    CORROB_TRY(texts);
    return std::pair<qint64, qint64>{index.value(), texts.value()};
}

} // namespace corrob::storage
