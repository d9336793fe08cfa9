// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Analyzer.h"

#include <QSet>

#include <system_error>

namespace corrob::analysis::detail {

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
    try {
        return std::jthread([this] { m_figureConflicts = figureConflicts(); });
    } catch (const std::system_error&) {
        return {}; // no thread to be had: findConflicts compares them itself
    }
}

const QList<text::Figure>& Analyzer::figuresOf(int c)
{
    auto& slot = m_figures[size_t(c)];
    if (!slot) {
        slot = text::parseFigures(claim(c).text);
    }
    return *slot;
}

QString Analyzer::dated(const QString& what, int c) const
{
    const QString& date = claim(c).reportPublished;
    return date.isEmpty() ? what : what + QStringLiteral(" (") + date + u')';
}

std::optional<std::pair<text::Figure, text::Figure>> Analyzer::disagreeingFigures(int a, int b)
{
    return analysis::disagreeingFigures(figuresOf(a), figuresOf(b));
}

std::vector<std::pair<size_t, Conflict>> Analyzer::figureConflicts()
{
    std::vector<std::pair<size_t, Conflict>> out;
    QSet<std::pair<int, int>> figurePairs;
    for (size_t l = 0; l < m_links.size(); ++l) {
        const Link& link = m_links[l];
        if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
            continue;
        }
        const int from = link.from;
        const int to = link.to;
        const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
        if (figuresOf(from).isEmpty() || figuresOf(to).isEmpty() || figurePairs.contains(key)) {
            continue;
        }
        figurePairs.insert(key);
        // "A updates B": B is the older statement, so it comes first.
        int first = link.type == LinkType::Updates ? to : from;
        int second = link.type == LinkType::Updates ? from : to;
        const QString& d1 = claim(first).reportPublished;
        const QString& d2 = claim(second).reportPublished;
        if (!d1.isEmpty() && !d2.isEmpty() && d2 < d1) {
            std::swap(first, second);
        }
        if (auto pair = disagreeingFigures(first, second)) {
            const QString detail =
                dated(pair->first.text, first) + QStringLiteral(" vs ") + dated(pair->second.text, second);
            out.emplace_back(l, Conflict{claim(first).id, claim(second).id, ConflictKind::Figures, detail, link.id});
        }
    }
    // Every claim's parsed figures are needed no more: freed now, before the result is made (25 MB at 50,000
    // claims that added to the open's peak, freed only with the analyzer).
    std::vector<std::optional<QList<text::Figure>>>().swap(m_figures);
    return out;
}

void Analyzer::findConflicts(AnalysisResult& result, bool figuresAside)
{
    if (!figuresAside) {
        m_figureConflicts = figureConflicts();
    }
    auto figures = m_figureConflicts.begin();
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
        } else if (figures != m_figureConflicts.end() && figures->first == l) {
            result.conflicts.append(std::move(figures->second));
            ++figures;
        }
    }
}

} // namespace corrob::analysis::detail
