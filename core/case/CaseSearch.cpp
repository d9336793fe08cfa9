// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseSearch.h"

#include "core/case/Case.h"
#include "core/search/Query.h"
#include "core/search/ScriptVocabulary.h"
#include "core/search/Spellings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CaseMetaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/Transaction.h"
#include "core/text/Fold.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>

namespace corrob::casefile {
namespace {

// The script vocabulary of the case's index as last read, for the case file it was read from and the index's stamp:
// one case is searched at a time by a process (the window's search worker, corroborate-cli), and reading the
// vocabulary again after each change to the index costs a range scan of it (nothing for a case in Latin script).
struct VocabularyCache
{
    std::mutex mutex;
    QString path;
    QByteArray stamp;
    std::shared_ptr<const search::ScriptVocabulary> vocabulary;
};

std::shared_ptr<const search::ScriptVocabulary> vocabularyOf(Case& target)
{
    static VocabularyCache cache;
    storage::SearchRepository repo(target.database());
    auto stamp = repo.indexStamp();
    if (!stamp) {
        return nullptr; // the search itself will say what is wrong with the index
    }
    // Two small cases built alike have the same structure record: the case's own creation time tells a case made
    // again at the same path from the one before it.
    if (!stamp->isEmpty()) {
        auto created = storage::CaseMetaRepository(target.database()).value(QStringLiteral("created_at"));
        stamp.value() += created ? created->toUtf8() : QByteArray("?");
    }
    {
        const std::lock_guard lock(cache.mutex);
        // No stamp (a later SQLite keeping its structure record elsewhere): read again each time, never stale.
        if (cache.vocabulary && !stamp->isEmpty() && cache.path == target.path() && cache.stamp == stamp.value()) {
            return cache.vocabulary;
        }
    }
    auto terms = repo.termsBeyondAscii();
    if (!terms) {
        return nullptr;
    }
    auto vocabulary = std::make_shared<const search::ScriptVocabulary>(terms.value());
    const std::lock_guard lock(cache.mutex);
    cache.path = target.path();
    cache.stamp = stamp.value();
    cache.vocabulary = vocabulary;
    return vocabulary;
}

// Best first in, grouped by report out (searchCase).
std::vector<SearchMatch> groupedByReport(std::vector<SearchMatch> ranked)
{
    std::vector<std::pair<qint64, std::vector<SearchMatch>>> groups;
    QHash<qint64, size_t> groupOf;
    for (SearchMatch& m : ranked) {
        if (m.reportId == 0) {
            groups.emplace_back(0, std::vector<SearchMatch>{std::move(m)});
            continue;
        }
        const auto at = groupOf.constFind(m.reportId);
        if (at == groupOf.constEnd()) {
            groupOf.insert(m.reportId, groups.size());
            groups.emplace_back(m.reportId, std::vector<SearchMatch>{std::move(m)});
        } else {
            groups[at.value()].second.push_back(std::move(m));
        }
    }
    std::vector<SearchMatch> out;
    out.reserve(ranked.size());
    for (auto& group : groups) {
        std::move(group.second.begin(), group.second.end(), std::back_inserter(out));
    }
    return out;
}

search::Query prepare(Case& target, const QString& queryText, const SearchOptions& options)
{
    search::Query query = search::parseQuery(queryText);
    if (query.root) {
        storage::SearchRepository repo(target.database());
        const std::shared_ptr<const search::ScriptVocabulary> vocabulary =
            options.transliterate ? vocabularyOf(target) : nullptr;
        search::SpellingSources sources;
        sources.vocabulary = vocabulary.get();
        sources.variants = options.variants ? options.variants : &text::NameVariants::bundled();
        sources.transliterate = options.transliterate;
        sources.aliases = [&repo](const QString& name) {
            auto names = repo.sourceSpellings(name);
            return names ? names.value() : QStringList();
        };
        sources.completions = [&repo](const QString& prefix) {
            auto words = repo.termsBeginning(prefix, search::kMaxCompletions);
            return words ? words.value() : std::optional<QStringList>();
        };
        if (options.transliterate) {
            sources.indexTerms = [&repo](const QStringList& candidates) {
                auto terms = repo.existingTerms(candidates);
                return terms ? terms.value() : QStringList();
            };
        }
        search::expandSpellings(*query.root, sources);
    }
    return query;
}

// The words and phrases of an expanded query as typed, and their other spellings, folded (text::foldKey).
// The fold keys of the words and phrases of a query as typed, and of the other spellings they carry, each with the
// keys of the words typed that carry it ("kiev": {"kyiv"}).
void collectSpellings(const search::QueryNode& node, QSet<QString>& typed, QHash<QString, QSet<QString>>& owners)
{
    if (node.type == search::QueryNode::Type::Term || node.type == search::QueryNode::Type::Phrase) {
        const QString word = text::foldKey(node.text);
        typed.insert(word);
        for (const QString& s : node.spellings) {
            owners[text::foldKey(s)].insert(word);
        }
    }
    for (const search::QueryNode& c : node.children) {
        collectSpellings(c, typed, owners);
    }
}

// Every outlet, source, tag and report value of filters and of what they leave out, each as a filter of its own
// with the way it is written.
void namedValues(const search::QueryFilters& filters, std::vector<std::pair<QString, search::QueryFilters>>& out)
{
    // The fields whose values name something in the case (kind:, in: and dates name a category or a period).
    static const std::array<std::pair<const char16_t*, QStringList search::QueryFilters::*>, 4> kNamingFields = {{
        {u"outlet", &search::QueryFilters::outlets},
        {u"source", &search::QueryFilters::sources},
        {u"tag", &search::QueryFilters::tags},
        {u"report", &search::QueryFilters::reports},
    }};
    for (const auto& [field, values] : kNamingFields) {
        for (const QString& value : filters.*values) {
            search::QueryFilters one;
            one.*values = QStringList{value};
            const QString written = value.contains(u' ') ? QStringLiteral("\"%1\"").arg(value) : value;
            out.emplace_back(QString::fromUtf16(field) + u':' + written, std::move(one));
        }
    }
    for (const search::QueryFilters& excluded : filters.excluded) {
        namedValues(excluded, out);
    }
}

void namedValues(const search::QueryNode& node, std::vector<std::pair<QString, search::QueryFilters>>& out)
{
    if (node.type == search::QueryNode::Type::Filter) {
        namedValues(node.filter, out);
    }
    for (const search::QueryNode& c : node.children) {
        namedValues(c, out);
    }
}

} // namespace

Result<QStringList> filtersNamingNothing(Case& target, const QString& queryText)
{
    const search::Query query = search::parseQuery(queryText);
    std::vector<std::pair<QString, search::QueryFilters>> named;
    namedValues(query.filters, named);
    if (query.root) {
        namedValues(*query.root, named);
    }
    storage::SearchRepository repo(target.database());
    QStringList out;
    for (const auto& [written, filter] : named) {
        if (out.contains(written)) {
            continue;
        }
        auto selects = repo.selectsAnything(filter);
        CORROB_TRY(selects);
        if (!selects.value()) {
            out << written;
        }
    }
    return out;
}

Result<std::vector<SearchMatch>> searchCase(Case& target, const QString& queryText, const SearchOptions& options)
{
    const search::Query query = prepare(target, queryText, options);
    const bool askMore =
        options.more != nullptr && options.limit > 0 && options.limit < std::numeric_limits<int>::max();
    auto found =
        storage::SearchRepository(target.database()).search(query, askMore ? options.limit + 1 : options.limit);
    CORROB_TRY(found);
    if (askMore) {
        *options.more = found->size() > std::size_t(options.limit);
        if (*options.more) {
            found->resize(std::size_t(options.limit)); // ranked best first: the one past the limit goes
        }
    }
    if (query.root) {
        QSet<QString> typed;
        QHash<QString, QSet<QString>> owners;
        collectSpellings(*query.root, typed, owners);
        // A spelling holding, as it was typed, the word it is a spelling of ("Volodymyr Zelenskyy", the whole name,
        // for Zelenskyy) is not another one.
        const auto holdsItsWord = [&owners](const QString& key) {
            const QString words = u' ' + key + u' ';
            const QSet<QString> itsWords = owners.value(key);
            return std::any_of(itsWords.cbegin(), itsWords.cend(), [&words](const QString& word) {
                return !word.isEmpty() && words.contains(u' ' + word + u' ');
            });
        };
        for (SearchMatch& m : found.value()) {
            const QString key = text::foldKey(m.matched);
            m.otherSpelling = !key.isEmpty() && owners.contains(key) && !typed.contains(key) && !holdsItsWord(key);
        }
    }
    return groupedByReport(std::move(found).value());
}

Result<std::vector<TextSpan>> searchHitsInReport(Case& target, const QString& queryText, ReportId report,
                                                 const SearchOptions& options)
{
    const search::Query query = prepare(target, queryText, options);
    return storage::SearchRepository(target.database()).hitsInReport(query, report);
}

Result<QHash<qint64, std::vector<TextSpan>>> searchHitsInReports(Case& target, const QString& queryText,
                                                                 const std::vector<ReportId>& reports,
                                                                 const SearchOptions& options,
                                                                 const std::function<bool()>& stale)
{
    QHash<qint64, std::vector<TextSpan>> out;
    const search::Query query = prepare(target, queryText, options);
    const storage::SearchRepository repo(target.database());
    for (const ReportId report : reports) {
        if (stale && stale()) {
            break;
        }
        if (out.contains(report.value)) {
            continue;
        }
        auto hits = repo.hitsInReport(query, report);
        CORROB_TRY(hits);
        if (!hits->empty()) {
            out.insert(report.value, std::move(hits).value());
        }
    }
    return out;
}

Result<std::vector<TermHits>> batchSearch(Case& target, const QStringList& terms, const SearchOptions& options)
{
    std::vector<TermHits> out;
    storage::SearchRepository repo(target.database());
    for (const QString& raw : terms) {
        const QString term = raw.trimmed();
        if (term.isEmpty()) {
            continue;
        }
        search::Query query = prepare(target, term, options);
        TermHits t;
        t.term = term;
        if (query.empty()) {
            // Nothing to look for ("*", "-", "((" in the list): no report, rather than every report by the filter
            // below.
            t.nothingToFind = true;
            out.push_back(std::move(t));
            continue;
        }
        query.filters.in = {search::DocKind::Report};
        auto found = repo.search(query, std::numeric_limits<int>::max());
        CORROB_TRY(found);
        for (const SearchMatch& m : found.value()) {
            auto hits = repo.hitsInReport(query, ReportId(m.id));
            CORROB_TRY(hits);
            const qint64 n = std::max<qint64>(1, qint64(hits.value().size()));
            auto furniture = target.excludedRanges(ReportId(m.id));
            CORROB_TRY(furniture);
            const qint64 hidden = std::count_if(hits->begin(), hits->end(), [&](const TextSpan& h) {
                return std::any_of(furniture->begin(), furniture->end(),
                                   [&h](const model::TextRange& r) { return r.start <= h.start && h.start < r.end; });
            });
            t.reports.push_back({ReportId(m.id), m.reportTitle, n, hidden});
            t.totalHits += n;
            t.furnitureHits += hidden;
        }
        std::sort(t.reports.begin(), t.reports.end(), [](const auto& a, const auto& b) {
            return a.hits != b.hits ? a.hits > b.hits : a.report < b.report;
        });
        out.push_back(std::move(t));
    }
    return out;
}

Status reindexCase(Case& target)
{
    auto tx = storage::Transaction::begin(target.database());
    CORROB_TRY(tx);
    storage::SearchRepository repo(target.database());
    CORROB_TRY(repo.rebuild());
    CORROB_TRY(target.auditLog().append(target.actor(), QStringLiteral("search.reindexed"), QJsonObject{}));
    return tx->commit();
}

} // namespace corrob::casefile
