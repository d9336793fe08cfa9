// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchSql.h"

#include "core/model/Vocabulary.h"
#include "core/search/Choices.h"
#include "core/storage/SearchMarks.h"
#include "core/text/Fold.h"

#include <QHash>

#include <algorithm>

namespace corrob::storage::searchsql {
namespace {

using search::DocKind;
using search::QueryNode;

QString quoted(const QString& words)
{
    QString inner = words;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

// A term's or phrase's own words and then its other spellings, each quoted, and each a prefix when it is one.
QStringList alternativesOf(const QueryNode& n)
{
    if (n.type == QueryNode::Type::Or) { // a NEAR group's operand "(Kyiv OR Kharkiv)": any of its words
        // The typed words first, then their spellings: a NEAR group of many choices keeps its first (kMaxNearGroups).
        QStringList typed;
        QStringList spelt;
        for (const QueryNode& c : n.children) {
            if (search::hasWordCharacters(c.text)) {
                const QStringList own = alternativesOf(c);
                typed << own.front();
                spelt << own.mid(1);
            }
        }
        QStringList out = typed + spelt;
        out.removeDuplicates();
        return out;
    }
    const QString star = n.prefix ? QStringLiteral("*") : QString();
    QStringList out;
    // A prefix the index's words were listed for is those words (a stemmed index does not hold every prefix).
    for (const QString& word : n.completions) {
        out << quoted(word);
    }
    if (out.isEmpty()) {
        out << quoted(n.text) + star;
    }
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

// The ids of the sources whose name or an alias holds name (case and diacritics folded), as an SQL subquery; its two
// parameters are added to params.
QString sourcesNamed(const QString& name, std::vector<SqlParam>& params)
{
    const QString key = text::foldKey(name);
    params.emplace_back(key);
    params.emplace_back(key);
    return QStringLiteral("(SELECT id FROM sources WHERE instr(name_key, ?) > 0 UNION "
                          "SELECT source_id FROM source_aliases WHERE instr(alias_key, ?) > 0)");
}

QString kindSql(DocKind k)
{
    return u'\'' + search::docKindName(k) + u'\'';
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

} // namespace

QStringList exactPhrases(const QueryNode& root)
{
    QStringList out;
    // A prefix listed as the words that begin with it too: the stemmed index also finds other words of the same stem
    // for them ("generation" is "gener", as "general" is), the exact index only those words.
    auto take = [&](const QueryNode& n) {
        if (n.type == QueryNode::Type::Phrase || (n.type == QueryNode::Type::Term && !n.completions.isEmpty())) {
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

QString filterSql(const search::QueryFilters& f, std::vector<SqlParam>& params)
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
            any << QStringLiteral("d.report_id IN (SELECT id FROM reports WHERE outlet_id IN ") +
                       sourcesNamed(o, params) + u')';
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!f.sources.isEmpty()) {
        QStringList any;
        for (const QString& s : f.sources) {
            any << QStringLiteral("d.item_id IN (SELECT id FROM claims WHERE source_id IN ") + sourcesNamed(s, params) +
                       u')';
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

bool hasInnerPhrase(const QueryNode& root)
{
    if (root.type != QueryNode::Type::And) {
        return root.type != QueryNode::Type::Phrase && containsPhrase(root);
    }
    return std::any_of(root.children.begin(), root.children.end(),
                       [](const QueryNode& c) { return c.type != QueryNode::Type::Phrase && containsPhrase(c); });
}

QString renderMatch(const QueryNode& node)
{
    switch (node.type) {
    case QueryNode::Type::Term:
    case QueryNode::Type::Phrase:
        return search::hasWordCharacters(node.text) ? renderLeaf(node) : QString();
    case QueryNode::Type::Near: {
        std::vector<QStringList> words;
        for (const QueryNode& c : node.children) {
            if (QStringList alternatives = c.type == QueryNode::Type::Or || search::hasWordCharacters(c.text)
                                               ? alternativesOf(c)
                                               : QStringList();
                !alternatives.isEmpty()) {
                words.push_back(std::move(alternatives));
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

namespace {

// The alternatives (alternativesOf) of the leaves renderMatch writes: quoted phrases outside NEAR groups in exact,
// words and NEAR groups' words in stemmed. NOT groups mark nothing (what they match is not in a result).
void collectLeaves(const QueryNode& n, QSet<QString>& exact, QSet<QString>& stemmed)
{
    switch (n.type) {
    case QueryNode::Type::Phrase:
        for (const QString& a : alternativesOf(n)) {
            exact.insert(a);
        }
        return;
    case QueryNode::Type::Term: {
        // A prefix's listed words are marked only where they are written so (not other words of their stem).
        QSet<QString> listed;
        for (const QString& word : n.completions) {
            listed.insert(quoted(word));
        }
        for (const QString& a : alternativesOf(n)) {
            (listed.contains(a) ? exact : stemmed).insert(a);
        }
        return;
    }
    case QueryNode::Type::Near:
        for (const QueryNode& c : n.children) {
            for (const QString& a : alternativesOf(c)) {
                stemmed.insert(a);
            }
        }
        return;
    case QueryNode::Type::And:
    case QueryNode::Type::Or:
        for (const QueryNode& c : n.children) {
            collectLeaves(c, exact, stemmed);
        }
        return;
    case QueryNode::Type::Not:
    case QueryNode::Type::Filter:
        return;
    }
}

} // namespace

namespace {

// A phrase of a MATCH expression renderMatch wrote: its words, and as written (quoted, with its '*').
struct WrittenPhrase
{
    QString words;
    QString written;
};

// The phrases of the expression in FTS5's order (the order they are written in): every phrase renderMatch writes is
// quoted (a word too), and nothing else is.
std::vector<WrittenPhrase> phrasesOf(const QString& match)
{
    std::vector<WrittenPhrase> out;
    for (qsizetype i = 0; i < match.size(); ++i) {
        if (match.at(i) != u'"') {
            continue;
        }
        QString inner;
        qsizetype j = i + 1;
        for (; j < match.size(); ++j) {
            if (match.at(j) == u'"') {
                if (j + 1 < match.size() && match.at(j + 1) == u'"') {
                    inner += u'"'; // a quote doubled inside the phrase
                    ++j;
                    continue;
                }
                break;
            }
            inner += match.at(j);
        }
        const bool prefix = j + 1 < match.size() && match.at(j + 1) == u'*';
        out.push_back({inner, match.mid(i, j + 1 - i) + (prefix ? QStringLiteral("*") : QString())});
        i = j;
    }
    return out;
}

// Each leaf's alternatives (as alternativesOf writes them) numbered by leaf, NOT groups' too.
void numberLeaves(const QueryNode& n, QHash<QString, int>& groupOf, int& leaves)
{
    switch (n.type) {
    case QueryNode::Type::Term:
    case QueryNode::Type::Phrase: {
        const int group = leaves++;
        for (const QString& a : alternativesOf(n)) {
            groupOf.insert(a, groupOf.value(a, group));
        }
        return;
    }
    case QueryNode::Type::Filter:
        return;
    default:
        for (const QueryNode& c : n.children) {
            numberLeaves(c, groupOf, leaves);
        }
    }
}

} // namespace

QString rankFunction(const QString& match, const QueryNode& root)
{
    QHash<QString, int> groupOf;
    int leaves = 0;
    numberLeaves(root, groupOf, leaves);
    // Numbered again in the order first met, so that the numbers are 0..n-1 as corrob_rank wants them.
    QHash<int, int> renumbered;
    QStringList groups;
    int next = 0;
    for (const WrittenPhrase& p : phrasesOf(match)) {
        const int leaf = groupOf.value(p.written, -1 - next); // a phrase of no leaf: a group of its own
        if (!renumbered.contains(leaf)) {
            renumbered.insert(leaf, next++);
        }
        groups << QString::number(renumbered.value(leaf));
    }
    return QStringLiteral("corrob_rank(%1, '%2')").arg(QString::fromLatin1(kColumnWeights), groups.join(u' '));
}

QByteArray exactMarks(const QString& match, const QueryNode& root)
{
    QSet<QString> exact;
    QSet<QString> stemmed;
    collectLeaves(root, exact, stemmed);
    if (exact.isEmpty()) {
        return {};
    }
    QByteArray out;
    bool anyExact = false;
    bool first = true;
    for (WrittenPhrase& p : phrasesOf(match)) {
        if (!first) {
            out += kExactSeparator;
        }
        first = false;
        if (exact.contains(p.written) && !stemmed.contains(p.written) && !p.written.endsWith(u'*')) {
            // Control characters (the separator among them) part words for the tokenizer as a space does.
            for (QChar& c : p.words) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                    c = u' ';
                }
            }
            out += '=';
            out += p.words.toUtf8();
            anyExact = true;
        }
    }
    return anyExact ? out : QByteArray();
}

QString Lookups::nameOf(QStringList& list, const QString& match, QChar prefix)
{
    qsizetype at = list.indexOf(match);
    if (at < 0) {
        at = list.size();
        list << match;
    }
    return prefix + QString::number(at);
}

TreeCondition treeCondition(const QueryNode& n, Lookups& lookups, std::vector<SqlParam>& params)
{
    if (n.type == QueryNode::Type::Phrase) {
        if (!search::hasWordCharacters(n.text)) {
            return {QStringLiteral("0"), {}};
        }
        const QString name = Lookups::nameOf(lookups.exact, renderLeaf(n), u'e');
        return {QStringLiteral("d.doc_id IN ") + name, {name}};
    }
    if (n.type != QueryNode::Type::Not && !search::containsFilter(n) && !containsPhrase(n)) {
        const QString match = renderMatch(n);
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

} // namespace corrob::storage::searchsql
