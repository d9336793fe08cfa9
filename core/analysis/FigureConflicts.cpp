// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Analyzer.h"

#include <QSet>

#include <system_error>

namespace corrob::analysis::detail {

namespace {

// Claims parsed, or links compared, per chunk a thread takes: small enough that two threads end close together,
// large enough that taking one costs nothing to speak of.
constexpr size_t kFigureChunk = 256;

std::atomic<FigureParseHook> s_figureParseHook{nullptr};

size_t chunks(size_t items)
{
    return (items + kFigureChunk - 1) / kFigureChunk;
}

} // namespace

void setFigureParseHookForTests(FigureParseHook hook)
{
    s_figureParseHook.store(hook);
}

std::jthread Analyzer::compareFiguresAside()
{
    m_figures.resize(m_claimInput.size());
    if (std::thread::hardware_concurrency() < 2) {
        return {};
    }
    std::vector<bool> compared(m_claimInput.size(), false);
    size_t count = 0;
    for (const Link& link : m_links) {
        if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
            continue;
        }
        for (const int c : {link.from, link.to}) {
            count += compared[size_t(c)] ? 0 : 1;
            compared[size_t(c)] = true;
        }
    }
    if (count < kLargeAnalysis) {
        return {};
    }
    m_figureWork.workers = 2; // this thread and the one that runs the rest of the analysis, once that is done
    try {
        return std::jthread([this] {
            listFigureWork();
            workOnFigures(true);
        });
    } catch (const std::system_error&) {
        m_figureWork.workers = 1;
        return {}; // no thread to be had: findConflicts compares them itself
    }
}

QString Analyzer::dated(const QString& what, int c) const
{
    const QString& date = claim(c).reportPublished;
    return date.isEmpty() ? what : what + QStringLiteral(" (") + date + u')';
}

void Analyzer::listFigureWork()
{
    FigureWork& w = m_figureWork;
    w.attempt([&] {
        QSet<std::pair<int, int>> pairs;
        std::vector<bool> listed(m_claimInput.size(), false);
        for (size_t l = 0; l < m_links.size(); ++l) {
            const Link& link = m_links[l];
            if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
                continue;
            }
            // Another link between the same two claims compares the same figures: only the first is followed.
            const std::pair<int, int> key{std::min(link.from, link.to), std::max(link.from, link.to)};
            if (pairs.contains(key)) {
                continue;
            }
            pairs.insert(key);
            w.links.push_back(l);
            for (const int c : {link.from, link.to}) {
                if (!listed[size_t(c)]) {
                    listed[size_t(c)] = true;
                    w.claims.push_back(c);
                }
            }
        }
        w.conflicts.resize(chunks(w.links.size()));
    });
    w.listed.store(true, std::memory_order_release); // failed or not: no thread waits for it in vain
    w.listed.notify_all();
}

void Analyzer::workOnFigures(bool lister)
{
    FigureWork& w = m_figureWork;
    w.listed.wait(false, std::memory_order_acquire);
    // The same bounds on both threads, whatever failed meanwhile: a chunk a thread takes is always counted, or the
    // other would wait for it forever. After a failure the chunks are taken and counted, not worked on.
    const size_t parseChunks = chunks(w.claims.size());
    for (size_t k = w.nextParse.fetch_add(1); k < parseChunks; k = w.nextParse.fetch_add(1)) {
        if (!w.failed()) {
            w.attempt([&] {
                const size_t end = std::min(w.claims.size(), (k + 1) * kFigureChunk);
                for (size_t i = k * kFigureChunk; i < end; ++i) {
                    const int c = w.claims[i];
                    if (const FigureParseHook hook = s_figureParseHook.load(std::memory_order_relaxed)) {
                        hook(c);
                    }
                    m_figures[size_t(c)] = text::parseFigures(claim(c).text);
                }
            });
        }
        if (w.parsed.fetch_add(1, std::memory_order_acq_rel) + 1 == parseChunks) {
            w.parsed.notify_all();
        }
    }
    // Comparing needs both claims' figures, which the other thread may still be parsing.
    for (size_t done = w.parsed.load(std::memory_order_acquire); done < parseChunks;
         done = w.parsed.load(std::memory_order_acquire)) {
        w.parsed.wait(done, std::memory_order_acquire);
    }
    for (size_t k = w.nextCompare.fetch_add(1); k < w.conflicts.size(); k = w.nextCompare.fetch_add(1)) {
        if (!w.failed()) { // else a figure list may be missing
            w.attempt([&] {
                const size_t end = std::min(w.links.size(), (k + 1) * kFigureChunk);
                for (size_t i = k * kFigureChunk; i < end; ++i) {
                    compareFigures(w.links[i], w.conflicts[k]);
                }
            });
        }
    }
    w.leave();
    if (lister) {
        // Every claim's parsed figures are needed no more once every thread has left: freed now, while the analysis
        // puts the conflicts in order, not with the analyzer (25 MB at 50,000 claims that added to the open's peak).
        waitForFigures();
        std::vector<std::optional<QList<text::Figure>>>().swap(m_figures);
    }
}

void Analyzer::compareFigures(size_t l, std::vector<std::pair<size_t, Conflict>>& into) const
{
    const Link& link = m_links[l];
    // "A updates B": B is the older statement, so it comes first.
    int first = link.type == LinkType::Updates ? link.to : link.from;
    int second = link.type == LinkType::Updates ? link.from : link.to;
    const QString& d1 = claim(first).reportPublished;
    const QString& d2 = claim(second).reportPublished;
    if (!d1.isEmpty() && !d2.isEmpty() && d2 < d1) {
        std::swap(first, second);
    }
    if (auto pair = analysis::disagreeingFigures(*m_figures[size_t(first)], *m_figures[size_t(second)])) {
        const QString detail =
            dated(pair->first.text, first) + QStringLiteral(" vs ") + dated(pair->second.text, second);
        into.emplace_back(l, Conflict{claim(first).id, claim(second).id, ConflictKind::Figures, detail, link.id});
    }
}

void Analyzer::waitForFigures() const
{
    const FigureWork& w = m_figureWork;
    for (int left = w.leaving.load(std::memory_order_acquire); left < w.workers;
         left = w.leaving.load(std::memory_order_acquire)) {
        w.leaving.wait(left, std::memory_order_acquire);
    }
}

void Analyzer::findConflicts(AnalysisResult& result, bool figuresAside)
{
    if (!figuresAside) {
        listFigureWork();
        workOnFigures(true);
    }
    m_figureWork.rethrowFailure(); // what failed on either thread fails the analysis, as it would on one
    std::vector<std::pair<size_t, Conflict>> figureConflicts; // in link order: the chunks one after the other
    for (auto& chunk : m_figureWork.conflicts) {
        figureConflicts.insert(figureConflicts.end(), std::make_move_iterator(chunk.begin()),
                               std::make_move_iterator(chunk.end()));
    }
    std::vector<std::vector<std::pair<size_t, Conflict>>>().swap(m_figureWork.conflicts);
    auto figures = figureConflicts.begin();
    QSet<std::pair<int, int>> contradictions;
    for (size_t l = 0; l < m_links.size(); ++l) {
        const Link& link = m_links[l];
        if (link.type == LinkType::Contradicts) {
            const int from = link.from;
            const int to = link.to;
            const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
            if (contradictions.contains(key)) {
                continue;
            }
            contradictions.insert(key);
            const QString detail = dated(m_origins.at(m_origin[size_t(from)]).name, from) + QStringLiteral(" vs ") +
                                   dated(m_origins.at(m_origin[size_t(to)]).name, to);
            result.conflicts.append(Conflict{claim(from).id, claim(to).id, ConflictKind::Contradicts, detail, link.id});
        } else if (figures != figureConflicts.end() && figures->first == l) {
            result.conflicts.append(std::move(figures->second));
            ++figures;
        }
    }
}

} // namespace corrob::analysis::detail
