// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: the Reuters-21578 stories (../shared/datasets/reuters21578) in a case built in a temporary folder,
// then 100 fixed queries in one process: median and p95 time per query, and the index size against the text size.
// Run from a Release build:  bench_search [--stories N] [--case PATH] [--rounds N] [--slowest] [DATASET_DIR]
// --case PATH keeps the built case at PATH and reuses it when it exists (so two builds can be compared on the same
// case, interleaved); --rounds N runs the 100 queries N times and keeps each query's fastest time (the machine may be
// shared: the CPU time of the query rounds is printed beside the wall time). The dataset's text never leaves the
// temporary folder unless --case names a place for it. --dump FILE writes every result of the first round (to compare
// two builds' results). Then one large report, the stories' texts end to end (5 M characters), searched for "the" whole
// and at a quarter of its size: time linear in the text gives a ratio of about 4.
#include "ReutersCorpus.h"
#include "core/case/Case.h"
#include "core/case/CaseSearch.h"
#include "core/common/Hash.h"
#include "core/search/ScriptVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace corrob;

namespace {

// Queries with field filters, timed apart from the 100 above: every story is from Reuters, so outlet:Reuters lets
// every document through and the words decide (a filter that let the rows through to FTS5 one by one took seconds).
// Filters among the words ("oil OR outlet:Reuters") are a condition on every document of the case.
const QStringList& filteredQueries()
{
    static const QStringList q = {QStringLiteral("oil outlet:Reuters"),
                                  QStringLiteral("\"crude oil\" outlet:Reuters"),
                                  QStringLiteral("bank in:reports"),
                                  QStringLiteral("japan -in:notes"),
                                  QStringLiteral("gold NOT in:sources"),
                                  QStringLiteral("wheat OR outlet:Reuters"),
                                  QStringLiteral("(oil outlet:Reuters) OR (gold in:reports)"),
                                  QStringLiteral("wheat NOT (soviet outlet:Reuters)"),
                                  QStringLiteral("-oil outlet:Reuters"),
                                  QStringLiteral("outlet:Reuters OR in:sources")};
    return q;
}

const QStringList& queries()
{
    static const QStringList q = {QStringLiteral("oil"),
                                  QStringLiteral("crude oil prices"),
                                  QStringLiteral("\"crude oil\""),
                                  QStringLiteral("opec"),
                                  QStringLiteral("saudi arabia"),
                                  QStringLiteral("bank"),
                                  QStringLiteral("banks"),
                                  QStringLiteral("interest rates"),
                                  QStringLiteral("\"interest rates\""),
                                  QStringLiteral("bundesbank"),
                                  QStringLiteral("yen dollar"),
                                  QStringLiteral("dollar OR yen"),
                                  QStringLiteral("trade deficit"),
                                  QStringLiteral("japan NOT tokyo"),
                                  QStringLiteral("wheat"),
                                  QStringLiteral("grain exports"),
                                  QStringLiteral("soviet wheat"),
                                  QStringLiteral("NEAR(soviet grain, 5)"),
                                  QStringLiteral("corn"),
                                  QStringLiteral("soybeans"),
                                  QStringLiteral("coffee"),
                                  QStringLiteral("cocoa"),
                                  QStringLiteral("sugar"),
                                  QStringLiteral("gold"),
                                  QStringLiteral("silver"),
                                  QStringLiteral("copper"),
                                  QStringLiteral("tin"),
                                  QStringLiteral("acquisition"),
                                  QStringLiteral("acquire*"),
                                  QStringLiteral("merger"),
                                  QStringLiteral("takeover bid"),
                                  QStringLiteral("\"tender offer\""),
                                  QStringLiteral("shareholders"),
                                  QStringLiteral("dividend"),
                                  QStringLiteral("quarterly dividend"),
                                  QStringLiteral("earnings"),
                                  QStringLiteral("net income"),
                                  QStringLiteral("loss"),
                                  QStringLiteral("profit"),
                                  QStringLiteral("revenues"),
                                  QStringLiteral("federal reserve"),
                                  QStringLiteral("fed"),
                                  QStringLiteral("volcker"),
                                  QStringLiteral("baker"),
                                  QStringLiteral("reagan"),
                                  QStringLiteral("congress"),
                                  QStringLiteral("tariffs"),
                                  QStringLiteral("protectionism"),
                                  QStringLiteral("semiconductors"),
                                  QStringLiteral("computer"),
                                  QStringLiteral("ibm"),
                                  QStringLiteral("chrysler"),
                                  QStringLiteral("general motors"),
                                  QStringLiteral("ford"),
                                  QStringLiteral("texaco"),
                                  QStringLiteral("pennzoil"),
                                  QStringLiteral("bankruptcy"),
                                  QStringLiteral("brazil debt"),
                                  QStringLiteral("mexico"),
                                  QStringLiteral("argentina"),
                                  QStringLiteral("west germany"),
                                  QStringLiteral("france"),
                                  QStringLiteral("britain"),
                                  QStringLiteral("london"),
                                  QStringLiteral("new york"),
                                  QStringLiteral("\"new york\""),
                                  QStringLiteral("chicago"),
                                  QStringLiteral("canada"),
                                  QStringLiteral("australia"),
                                  QStringLiteral("china"),
                                  QStringLiteral("ussr"),
                                  QStringLiteral("moscow"),
                                  QStringLiteral("Moskva"),
                                  QStringLiteral("Kiev"),
                                  QStringLiteral("Kyiv"),
                                  QStringLiteral("gulf"),
                                  QStringLiteral("iran"),
                                  QStringLiteral("iraq"),
                                  QStringLiteral("kuwait"),
                                  QStringLiteral("tanker"),
                                  QStringLiteral("shipping"),
                                  QStringLiteral("strike"),
                                  QStringLiteral("unions"),
                                  QStringLiteral("unemployment"),
                                  QStringLiteral("inflation"),
                                  QStringLiteral("gnp"),
                                  QStringLiteral("money supply"),
                                  QStringLiteral("bonds"),
                                  QStringLiteral("treasury"),
                                  QStringLiteral("stock market"),
                                  QStringLiteral("futures"),
                                  QStringLiteral("options"),
                                  QStringLiteral("C++"),
                                  QStringLiteral("state-of"),
                                  QStringLiteral("\"unbalanced"),
                                  QStringLiteral("NEAR("),
                                  QStringLiteral("*"),
                                  QStringLiteral("AND"),
                                  QStringLiteral("((("),
                                  QStringLiteral("Putin")};
    return q;
}

// Takes "--name VALUE" out of args; fallback when absent.
QString takeOption(QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size()) {
        return fallback;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    args.removeAll(QStringLiteral("--no-translit"));
    args.removeAll(QStringLiteral("--slowest"));
    const int stories = takeOption(args, QStringLiteral("--stories"), QStringLiteral("1073741824")).toInt();
    const QString keptCase = takeOption(args, QStringLiteral("--case"));
    const int rounds = std::max(1, takeOption(args, QStringLiteral("--rounds"), QStringLiteral("1")).toInt());
    QFile dump(takeOption(args, QStringLiteral("--dump")));
    if (!dump.fileName().isEmpty() && !dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dump.fileName()));
        return 1;
    }
    QTextStream dumped(&dump);
    const QString dataset = args.value(0, QStringLiteral(CORROB_SOURCE_DIR "/../shared/datasets/reuters21578"));
    QTemporaryDir dir;
    const QString casePath = keptCase.isEmpty() ? dir.filePath(QStringLiteral("reuters.corrob")) : keptCase;
    const bool reuse = !keptCase.isEmpty() && QFile::exists(keptCase);
    auto created =
        reuse ? casefile::Case::open(casePath, {}) : casefile::Case::create(casePath, QStringLiteral("reuters"), {});
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    casefile::Case& c = *created.value();

    QElapsedTimer importTimer;
    importTimer.start();
    int added = 0;
    qint64 textBytes = 0;
    if (!reuse) {
        bench::forEachReutersStory(dataset, [&](const bench::ReutersStory& s) {
            model::NewReport r;
            r.metadata.title = bench::unescapeReutersDroppingNumeric(s.title);
            r.workingText = bench::unescapeReutersDroppingNumeric(s.body);
            if (r.workingText.isEmpty()) {
                r.workingText = r.metadata.title;
            }
            r.original = s.sgml.toUtf8();
            r.sha256 = sha256Hex(QByteArrayView(r.original));
            r.provenance.importMethod = QStringLiteral("file");
            r.provenance.capturedAt = QStringLiteral("2026-01-01T00:00:00Z");
            r.provenance.mediaType = QStringLiteral("text/plain");
            r.provenance.encoding = QStringLiteral("windows-1252");
            r.provenance.fileName = s.file;
            r.metadata.outlet = QStringLiteral("Reuters");
            if (c.addReport(r)) {
                ++added;
                textBytes += r.workingText.toUtf8().size();
            }
            return added < stories;
        });
    }
    const double importSeconds = double(importTimer.elapsed()) / 1000.0;
    if (reuse) {
        auto n = c.database().queryInt(QStringLiteral("SELECT count(*) FROM reports"));
        auto bytes =
            c.database().queryInt(QStringLiteral("SELECT sum(length(CAST(working_text AS BLOB))) FROM report_texts"));
        added = n ? int(n.value()) : 0;
        textBytes = bytes ? bytes.value() : 0;
    }

    std::vector<double> times(size_t(queries().size()), 1e300);
    qint64 found = 0;
    const double cpuStart = bench::processCpuMs() / 1e3;
    QElapsedTimer wall;
    wall.start();
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < queries().size(); ++i) {
            const QString& q = queries().at(i);
            QElapsedTimer t;
            t.start();
            auto results =
                casefile::searchCase(c, q, {20, nullptr, !app.arguments().contains(QStringLiteral("--no-translit"))});
            times[size_t(i)] = std::min(times[size_t(i)], double(t.nsecsElapsed()) / 1e6);
            if (!results) {
                std::fprintf(stderr, "query %s failed: %s\n", qPrintable(q), qPrintable(results.error().toString()));
                return 1;
            }
            if (round == 0) {
                found += qint64(results->size());
            }
            if (round == 0 && dump.isOpen()) {
                dumped << "query\t" << q << '\n';
                for (const auto& m : results.value()) {
                    dumped << search::docKindName(m.kind) << '\t' << m.id << '\t' << m.reportId << '\t'
                           << QString::number(m.rank, 'g', 12) << '\t' << m.start << '\t' << m.end << '\t' << m.matched
                           << '\t' << m.reportTitle << '\t' << m.outlet << '\t' << m.published << '\t' << m.snippet;
                    for (const auto& h : m.snippetHits) {
                        dumped << '\t' << h.start << '-' << h.end;
                    }
                    dumped << '\n';
                }
            }
        }
    }
    const double queryCpu = bench::processCpuMs() / 1e3 - cpuStart;
    const double queryWall = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> filteredTimes(size_t(filteredQueries().size()), 1e300);
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < filteredQueries().size(); ++i) {
            QElapsedTimer t;
            t.start();
            auto results = casefile::searchCase(c, filteredQueries().at(i), {20, nullptr, true});
            filteredTimes[size_t(i)] = std::min(filteredTimes[size_t(i)], double(t.nsecsElapsed()) / 1e6);
            if (!results || results->empty()) {
                std::fprintf(stderr, "query %s failed or found nothing\n", qPrintable(filteredQueries().at(i)));
                return 1;
            }
        }
    }
    // As the Search dock runs a query: up to 200 results, then the hits of every listed report's text (its rows say
    // how many each holds). Each query's fastest of the rounds, without the counts and with them.
    std::vector<double> dockTimes(size_t(queries().size()), 1e300);
    std::vector<double> dockCountTimes(size_t(queries().size()), 1e300);
    qint64 dockReports = 0;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < queries().size(); ++i) {
            QElapsedTimer t;
            t.start();
            auto results = casefile::searchCase(c, queries().at(i), {200, nullptr, true});
            const double searched = double(t.nsecsElapsed()) / 1e6;
            if (!results) {
                return 1;
            }
            std::vector<ReportId> reports;
            for (const auto& m : results.value()) {
                if (m.kind == search::DocKind::Report) {
                    reports.emplace_back(m.id);
                }
            }
            auto hits = casefile::searchHitsInReports(c, queries().at(i), reports, {200, nullptr, true});
            if (!hits) {
                return 1;
            }
            dockTimes[size_t(i)] = std::min(dockTimes[size_t(i)], searched);
            dockCountTimes[size_t(i)] = std::min(dockCountTimes[size_t(i)], double(t.nsecsElapsed()) / 1e6);
            if (round == 0) {
                dockReports += qint64(reports.size());
            }
        }
    }
    std::sort(dockTimes.begin(), dockTimes.end());
    std::sort(dockCountTimes.begin(), dockCountTimes.end());
    std::sort(filteredTimes.begin(), filteredTimes.end());
    if (app.arguments().contains(QStringLiteral("--slowest"))) {
        std::vector<size_t> order(times.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return times[a] > times[b]; });
        for (size_t i = 0; i < 8 && i < order.size(); ++i) {
            std::printf("slow\t%.3f ms\t%s\n", times[order[i]], qPrintable(queries().at(qsizetype(order[i]))));
        }
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double p95 = sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * 0.95))];
    auto sizes = storage::SearchRepository(c.database()).sizes();

    QTextStream out(stdout);
    out << "bench_search: " << added << " Reuters stories (" << textBytes / 1024 << " KB of text), imported with "
        << "indexing in " << QString::number(importSeconds, 'f', 1) << " s\n";
    out << "queries\t" << times.size() << " (limit 20, " << found << " results; " << rounds
        << " round(s), each query's fastest kept; CPU " << QString::number(queryCpu, 'f', 2) << " s, wall "
        << QString::number(queryWall, 'f', 2) << " s)\n";
    out << "median\t" << QString::number(median, 'f', 3) << " ms\t(target < 2 ms)\n";
    out << "p95\t" << QString::number(p95, 'f', 3) << " ms\t(target < 10 ms)\n";
    out << "max\t" << QString::number(sorted.back(), 'f', 3) << " ms\n";
    out << "filtered\t" << filteredTimes.size() << " queries with field filters: median "
        << QString::number(filteredTimes[filteredTimes.size() / 2], 'f', 3) << " ms, max "
        << QString::number(filteredTimes.back(), 'f', 3) << " ms\n";
    const auto at95 = [](const std::vector<double>& v) {
        return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    };
    out << "dock\t" << dockTimes.size() << " queries as the Search dock runs them (limit 200; " << dockReports
        << " report texts listed): median " << QString::number(dockTimes[dockTimes.size() / 2], 'f', 3) << " ms, p95 "
        << QString::number(at95(dockTimes), 'f', 3) << " ms; with each listed report's hits counted: median "
        << QString::number(dockCountTimes[dockCountTimes.size() / 2], 'f', 3) << " ms, p95 "
        << QString::number(at95(dockCountTimes), 'f', 3) << " ms, max "
        << QString::number(dockCountTimes.back(), 'f', 3) << " ms\n";
    if (sizes && sizes->first >= 0) {
        out << "index\t" << sizes->first / 1024 << " KB\t("
            << QString::number(double(sizes->first) / double(textBytes), 'f', 2) << " x the text)\n";
    } else {
        out << "index\tsize not available (SQLite without dbstat)\n";
    }
    // One large report holding a common word tens of thousands of times (the stories' texts end to end): the time of
    // a search for that word and of its every hit in the report, at a quarter of the size and at the whole (FTS5's
    // own snippet() and highlight() took time quadratic in the hits: 10 s for 5 MB). Linear: the ratio is about 4.
    struct LargeTimes
    {
        double search = 0;
        double hits = 0;
        qsizetype hitCount = 0;
    };
    QString largeText;
    for (qint64 id = 1; largeText.size() < 5 * 1024 * 1024 && id <= added; ++id) {
        if (auto t = c.reportText(ReportId(id), casefile::Case::TextView::All)) {
            largeText += t.value() + u'\n';
        }
    }
    const auto timeLarge = [&dir](const QString& text, const QString& name) -> std::optional<LargeTimes> {
        auto large = casefile::Case::create(dir.filePath(name), name, {});
        if (!large) {
            return std::nullopt;
        }
        model::NewReport r;
        r.metadata.title = QStringLiteral("Every story end to end");
        r.workingText = text;
        r.original = text.toUtf8();
        r.sha256 = sha256Hex(QByteArrayView(r.original));
        r.provenance.importMethod = QStringLiteral("paste");
        r.provenance.capturedAt = QStringLiteral("2026-01-01T00:00:00Z");
        r.provenance.mediaType = QStringLiteral("text/plain");
        r.provenance.encoding = QStringLiteral("UTF-8");
        auto id = large.value()->addReport(r);
        if (!id) {
            return std::nullopt;
        }
        LargeTimes t;
        QElapsedTimer timer;
        timer.start();
        auto results = casefile::searchCase(*large.value(), QStringLiteral("the"), {20, nullptr, true});
        t.search = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto hits = casefile::searchHitsInReport(*large.value(), QStringLiteral("the"), id.value());
        t.hits = double(timer.nsecsElapsed()) / 1e6;
        if (!results || results->empty() || !hits) {
            return std::nullopt;
        }
        t.hitCount = qsizetype(hits->size());
        return t;
    };
    const auto quarter = timeLarge(largeText.left(largeText.size() / 4), QStringLiteral("quarter.corrob"));
    const auto whole = timeLarge(largeText, QStringLiteral("whole.corrob"));

    // For scripts/bench's table: name, figure, baseline, ratio.
    out << "RESULT\tsearch: median of " << times.size() << " queries (target < 2 ms)\t"
        << QString::number(median, 'f', 3) << " ms\t-\t-\n";
    out << "RESULT\tsearch: p95 (target < 10 ms)\t" << QString::number(p95, 'f', 3) << " ms\t-\t-\n";
    out << "RESULT\tsearch: median of " << filteredTimes.size() << " queries with filters\t"
        << QString::number(filteredTimes[filteredTimes.size() / 2], 'f', 3) << " ms\t-\t-\n";
    out << "RESULT\tsearch: slowest query with filters\t" << QString::number(filteredTimes.back(), 'f', 3)
        << " ms\t-\t-\n";
    if (sizes && sizes->first >= 0) {
        out << "RESULT\tsearch: index size (baseline: the text)\t" << sizes->first / 1024 << " KB\t" << textBytes / 1024
            << " KB\t" << QString::number(double(sizes->first) / double(textBytes), 'f', 2) << "\n";
    }
    if (quarter && whole) {
        out << "large report\t" << largeText.size() / 1024 << " K characters, \"the\" " << whole->hitCount
            << " times: search " << QString::number(whole->search, 'f', 1) << " ms, every hit "
            << QString::number(whole->hits, 'f', 1) << " ms; a quarter of it (" << quarter->hitCount
            << " hits): search " << QString::number(quarter->search, 'f', 1) << " ms, every hit "
            << QString::number(quarter->hits, 'f', 1) << " ms\n";
        out << "RESULT\tsearch: a common word in one large report (baseline: a quarter of it; linear: 4)\t"
            << QString::number(whole->search, 'f', 1) << " ms\t" << QString::number(quarter->search, 'f', 1) << " ms\t"
            << QString::number(whole->search / quarter->search, 'f', 2) << "\n";
        out << "RESULT\tsearch: its every hit (baseline: a quarter of it; linear: 4)\t"
            << QString::number(whole->hits, 'f', 1) << " ms\t" << QString::number(quarter->hits, 'f', 1) << " ms\t"
            << QString::number(whole->hits / quarter->hits, 'f', 2) << "\n";
    } else {
        out << "large report\tcould not be made or searched\n";
    }
    // The vocabulary a case in another script gives search::ScriptVocabulary (its every term romanised with ICU): the
    // stories' distinct words written in Cyrillic letters, 30,000 of them, built once as the first query after a
    // change to the index builds it; then a Latin query's lookups in it, against the same lookups in an empty one.
    QStringList cyrillic;
    {
        static const char16_t kLetters[] = u"абцдефгхийклмнопкрстуввксиз";
        QSet<QString> seen;
        for (qint64 id = 1; cyrillic.size() < 30000 && id <= added; ++id) {
            const auto t = c.reportText(ReportId(id), casefile::Case::TextView::All);
            for (const QString& w :
                 t ? t->toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts)
                   : QStringList()) {
                QString word;
                for (QChar ch : w) {
                    word += QChar(kLetters[ch.unicode() - u'a']);
                }
                if (word.size() > 2 && !seen.contains(word)) {
                    seen.insert(word);
                    cyrillic << word;
                }
            }
        }
    }
    QElapsedTimer built;
    built.start();
    const search::ScriptVocabulary vocabulary(cyrillic);
    const double buildMs = double(built.nsecsElapsed()) / 1e6;
    // Read again after an edit that added one word: only that word is romanised anew.
    QElapsedTimer rebuilt;
    rebuilt.start();
    const search::ScriptVocabulary again(QStringList(cyrillic) << QStringLiteral("зеленський"));
    const double rebuildMs = double(rebuilt.nsecsElapsed()) / 1e6;
    const auto lookups = [](const search::ScriptVocabulary& v) {
        QElapsedTimer t;
        t.start();
        qsizetype n = 0;
        for (const QString& q : queries()) {
            for (const QString& word : q.split(u' ', Qt::SkipEmptyParts)) {
                n += v.termsFor(word, false).size();
            }
        }
        return std::pair{double(t.nsecsElapsed()) / 1e6, n};
    };
    const auto [withTerms, foundTerms] = lookups(vocabulary);
    const auto [empty, none] = lookups(search::ScriptVocabulary());
    Q_UNUSED(none);
    out << "RESULT\tsearch: script vocabulary of " << cyrillic.size() << " Cyrillic terms, built once (ms)\t"
        << QString::number(buildMs, 'f', 0) << " ms\t-\t-\n";
    out << "RESULT\tsearch: that vocabulary read again after an edit added a word (baseline: built once)\t"
        << QString::number(rebuildMs, 'f', 0) << " ms\t" << QString::number(buildMs, 'f', 0) << " ms\t"
        << QString::number(rebuildMs / buildMs, 'f', 2) << "\n";
    out << "RESULT\tsearch: the 100 queries' words looked up in it (baseline: in an empty one)\t"
        << QString::number(withTerms, 'f', 2) << " ms (" << foundTerms << " terms)\t" << QString::number(empty, 'f', 2)
        << " ms\t" << QString::number(withTerms / std::max(empty, 1e-3), 'f', 1) << "\n";
    return 0;
}
