// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchRepository.h"

#include "core/storage/CaseSchema.h"
#include "core/storage/Database.h"
#include "core/storage/RowHelpers.h"
#include "core/storage/SearchMarks.h"
#include "core/storage/SearchSql.h"
#include "core/text/Fold.h"

#include <algorithm>
#include <optional>
#include <variant>

namespace corrob::storage {
namespace {

using search::DocKind;
using search::QueryNode;
using searchsql::exactPhrases;
using searchsql::filterSql;
using searchsql::hasInnerPhrase;
using searchsql::Lookups;
using searchsql::SqlParam;
using searchsql::TreeCondition;
using searchsql::treeCondition;

void bindParams(Statement& s, const std::vector<SqlParam>& params, int first)
{
    int i = first;
    for (const SqlParam& p : params) {
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

// The mark functions' exact phrases for the stemmed index's match of root (searchsql::exactMarks), bound as ?1 of a
// statement whose SELECT list calls them (its first parameter, before the WHERE clause's): NULL when no phrase must
// be marked exactly. Always bound, so that the statement's text, and the compiled statement kept for it, do not
// change with the query.
void bindExactMarks(Statement& s, const QByteArray& marks)
{
    if (marks.isEmpty()) {
        s.bind(1, nullptr);
    } else {
        s.bind(1, marks);
    }
}

} // namespace

QString SearchRepository::renderMatch(const QueryNode& node)
{
    return searchsql::renderMatch(node);
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
    std::vector<SqlParam> params;
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

    // The snippet of every column and, for a report, its body with the hits marked (for the first hit's place); on the
    // stemmed index, a quoted phrase marked only where its exact words are.
    const QByteArray exactMarks =
        exactOnly || match.isEmpty() ? QByteArray() : searchsql::exactMarks(match, *query.root);
    const QString markColumns =
        QStringLiteral("corrob_snippet(%1, ?1), CASE WHEN rowid % 4 = 0 THEN corrob_hits(%1, 2, 1, ?1) END").arg(table);
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
        std::vector<SqlParam> treeParams;
        const TreeCondition condition = treeCondition(*query.root, lookups, treeParams);
        QStringList ctes;
        if (!match.isEmpty()) {
            ctes << QStringLiteral("m AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM search_fts WHERE search_fts "
                                   "MATCH ? AND rank MATCH ?)");
            leading << match << searchsql::rankFunction(match, *query.root);
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
        sql = QStringLiteral("SELECT rowid, rank, %2 FROM %1 WHERE %1 MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?")
                  .arg(table, markColumns);
    } else if (!match.isEmpty()) {
        // FTS5 alone, so it can rank and cut without a join; the document's kind and id are in its rowid. "+rowid":
        // a plain rowid IN (...) is handed to FTS5 as rowid = ?, one full-text query for each row the list holds
        // (12 s for "shelling outlet:X" over 20,000 reports of which a few thousand were X's); the list is checked
        // against the matches instead.
        sql = QStringLiteral("SELECT rowid, rank FROM %1 WHERE %1 MATCH ? AND rank MATCH ?").arg(table);
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
        leading << match << searchsql::rankFunction(match, *query.root) << exact;
    }
    auto stmt = m_db->prepare(sql);
    CORROB_TRY(stmt);
    int index = 1;
    if (marksInline) {
        bindExactMarks(stmt.value(), exactMarks);
        index = 2;
    }
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
            bindExactMarks(*marks, exactMarks); // kept through each reset
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
                marks->bind(2, match).bind(3, docId);
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
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT corrob_hits(search_fts, 2, 0, ?1) FROM search_fts WHERE search_fts MATCH ? AND rowid = ?"));
    CORROB_TRY(stmt);
    bindExactMarks(stmt.value(), searchsql::exactMarks(match, *query.root));
    stmt->bind(2, match).bind(3, report.value * 4);
    auto row = stmt->step();
    CORROB_TRY(row);
    if (row.value()) {
        hits = readHits(stmt->text(0));
    }
    return hits;
}

Result<bool> SearchRepository::selectsAnything(const search::QueryFilters& filters) const
{
    std::vector<SqlParam> params;
    const QString where = filterSql(filters, params);
    if (where.isEmpty()) {
        return true;
    }
    auto stmt = m_db->prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_docs d WHERE ") + where + u')');
    CORROB_TRY(stmt);
    bindParams(stmt.value(), params, 1);
    auto found = stmt->step();
    CORROB_TRY(found);
    return found.value() && stmt->int64(0) != 0;
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

Result<QStringList> SearchRepository::vocabularyTerms(const QString& condition,
                                                      const std::function<void(Statement&)>& bind) const
{
    // fts5vocab over the exact index, in the connection's temp schema (nothing is written to the case; a read-only
    // case can do it too). A range or an equality on the term reads only the terms it names.
    CORROB_TRY(m_db->exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.corrob_exact_vocab USING fts5vocab(main, search_exact, row)")));
    auto stmt = m_db->prepare(QStringLiteral("SELECT term FROM temp.corrob_exact_vocab WHERE ") + condition);
    CORROB_TRY(stmt);
    bind(stmt.value());
    auto terms = rows::collect<QString>(stmt.value(), [](Statement& s) { return s.text(0); });
    CORROB_TRY(terms);
    return QStringList(terms.value().begin(), terms.value().end());
}

Result<QStringList> SearchRepository::termsBeyondAscii() const
{
    return vocabularyTerms(QStringLiteral("term >= ?"), [](Statement& s) { s.bind(1, QString(QChar(0x80))); });
}

Result<QStringList> SearchRepository::existingTerms(const QStringList& candidates) const
{
    if (candidates.isEmpty()) {
        return QStringList();
    }
    // An IN list on fts5vocab's term is one probe of the index a value (its equality constraint), not a scan.
    QString marks;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return vocabularyTerms(QStringLiteral("term IN (%1)").arg(marks), [&candidates](Statement& s) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            s.bind(int(i + 1), candidates.at(i));
        }
    });
}

Result<std::optional<QStringList>> SearchRepository::termsBeginning(const QString& prefix, qsizetype limit) const
{
    if (prefix.isEmpty()) {
        return std::optional<QStringList>();
    }
    const char32_t last = 0x10FFFF; // above every character: the end of the prefix's range
    auto terms = vocabularyTerms(QStringLiteral("term >= ? AND term < ? LIMIT ?"), [&](Statement& s) {
        s.bind(1, prefix);
        s.bind(2, prefix + QString::fromUcs4(&last, 1));
        s.bind(3, qint64(limit) + 1);
    });
    CORROB_TRY(terms);
    if (terms->size() > limit) {
        return std::optional<QStringList>();
    }
    return std::optional<QStringList>(std::move(terms).value());
}

Result<QByteArray> SearchRepository::indexStamp() const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT block FROM search_exact_data WHERE id = 10"));
    CORROB_TRY(stmt);
    auto block = rows::first<QByteArray>(stmt.value(), [](const Statement& s) { return s.blob(0); });
    CORROB_TRY(block);
    return block.value().value_or(QByteArray());
}

Result<std::vector<SearchRepository::IndexProblem>> SearchRepository::check() const
{
    std::vector<IndexProblem> problems;
    const auto add = [&](const QString& detail, const QString& kind, qint64 id) {
        problems.push_back({detail, kind == search::docKindName(DocKind::Report) ? ReportId(id) : ReportId()});
    };
    const QString expected = QString::fromUtf8(kSearchDocsExpected);
    auto missing = m_db->prepare(QStringLiteral("SELECT kind, item_id FROM (") + expected +
                                 QStringLiteral(" EXCEPT SELECT * FROM search_docs) ORDER BY 1, 2 LIMIT 20"));
    CORROB_TRY(missing);
    if (auto s = rows::forEach(
            missing.value(),
            [&](Statement& row) {
                add(QStringLiteral("the search index lacks or misstates %1 %2").arg(row.text(0)).arg(row.int64(1)),
                    row.text(0), row.int64(1));
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
                                   add(QStringLiteral("the search index holds %1 %2, which the case does not")
                                           .arg(row.text(0))
                                           .arg(row.int64(1)),
                                       row.text(0), row.int64(1));
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
                add(what.arg(table, row.text(0)).arg(row.int64(1)), row.text(0), row.int64(1));
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
            problems.push_back(
                {QStringLiteral("the search index %1 disagrees with its documents: %2").arg(table, s.error().message),
                 ReportId()});
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
