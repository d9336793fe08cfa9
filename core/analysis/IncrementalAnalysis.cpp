// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/IncrementalAnalysis.h"

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/CorroborationAnalysis.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace corrob::analysis {
namespace {

bool sameClaim(const ClaimInput& a, const ClaimInput& b)
{
    return a.id == b.id && a.report == b.report && a.source == b.source && a.outlet == b.outlet && a.text == b.text &&
           a.reportPublished == b.reportPublished;
}

bool sameLink(const LinkInput& a, const LinkInput& b)
{
    return a.from == b.from && a.to == b.to && a.type == b.type;
}

bool sameSources(const QList<SourceInput>& a, const QList<SourceInput>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const SourceInput& x = a.at(i);
        const SourceInput& y = b.at(i);
        if (x.id != y.id || x.affiliation != y.affiliation || x.name != y.name || x.reliability != y.reliability) {
            return false;
        }
    }
    return true;
}

// Valid ids in strictly increasing order: the order the conflicts are merged in.
bool increasingIds(const QList<LinkInput>& links)
{
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (!links.at(i).id.isValid() || (i > 0 && !(links.at(i - 1).id < links.at(i).id))) {
            return false;
        }
    }
    return true;
}

// How far from the claims that changed a claim is, in steps of one link then the whole statement reached.
constexpr int kOutside = -1;
constexpr int kChanged = 0;    // the statements of the claims that changed: their conflicts are recomputed
constexpr int kRecomputed = 2; // up to here the analysis is taken from the region's run
constexpr int kRead = 4;       // up to here the region's run reads (what the recomputed claims depend on)

} // namespace

AnalysisResult reanalyzeCorroboration(const AnalysisInput& before, const AnalysisResult& previous,
                                      const AnalysisInput& after, ReanalysisStats* stats)
{
    const int n = int(after.claims.size());
    auto fallBack = [&] {
        if (stats) {
            *stats = ReanalysisStats{n, n, true, {}};
        }
        return analyzeCorroboration(after);
    };
    if (before.claims.isEmpty() || !previous.issues.isEmpty() || !sameSources(before.sources, after.sources) ||
        !increasingIds(before.links) || !increasingIds(after.links)) {
        return fallBack();
    }

    // The claims that changed: added, or with other input. A removed claim took its links with it: their other
    // ends are seeded with the links below.
    // Most edits keep every claim in its place (a claim edited in place, a link added or removed): then the
    // previous analysis' index is the index of `after` too, and building it again (50,000 inserts) is saved.
    bool samePlaces = before.claims.size() == n && previous.index.size() == n;
    for (int c = 0; samePlaces && c < n; ++c) {
        samePlaces = before.claims.at(c).id == after.claims.at(c).id;
    }
    QHash<ClaimId, qsizetype> at;
    if (samePlaces) {
        at = previous.index;
    } else {
        at.reserve(n);
        for (int c = 0; c < n; ++c) {
            const qsizetype size = at.size();
            at.insert(after.claims.at(c).id, c);
            if (at.size() == size) {
                return fallBack(); // a duplicate id: an issue, which the full analysis reports
            }
        }
    }
    auto positionOf = [&at](ClaimId id) {
        return int(at.value(id, -1));
    };
    std::vector<int> level(std::size_t(n), kOutside);
    std::vector<char> kept(std::size_t(n), 0);
    for (qsizetype b = 0; b < before.claims.size(); ++b) {
        const ClaimInput& was = before.claims.at(b);
        const int c = samePlaces ? int(b) : positionOf(was.id);
        if (c >= 0) {
            kept[std::size_t(c)] = sameClaim(was, after.claims.at(c)) ? 1 : 0;
        }
    }
    std::vector<int> region;
    auto seed = [&](int c) {
        if (c >= 0 && level[std::size_t(c)] == kOutside) {
            level[std::size_t(c)] = kChanged;
            region.push_back(c);
        }
    };
    for (int c = 0; c < n; ++c) {
        if (!kept[std::size_t(c)]) {
            seed(c);
        }
    }
    // Links added, removed or changed (both lists by increasing id): their ends still in the case.
    auto seedEnds = [&](const LinkInput& link) {
        seed(positionOf(link.from));
        seed(positionOf(link.to));
    };
    for (qsizetype i = 0, j = 0; i < before.links.size() || j < after.links.size();) {
        if (j == after.links.size() || (i < before.links.size() && before.links.at(i).id < after.links.at(j).id)) {
            seedEnds(before.links.at(i++));
        } else if (i == before.links.size() || after.links.at(j).id < before.links.at(i).id) {
            seedEnds(after.links.at(j++));
        } else {
            if (!sameLink(before.links.at(i), after.links.at(j))) {
                seedEnds(before.links.at(i));
                seedEnds(after.links.at(j));
            }
            ++i;
            ++j;
        }
    }

    // The graph of `after`: every link as an edge (dense indices), and the statements (`repeats`, union-find).
    std::vector<int> degree(std::size_t(n) + 1, 0);
    std::vector<std::pair<int, int>> ends;
    ends.reserve(std::size_t(after.links.size()));
    UnionFind statements(n);
    for (const LinkInput& link : after.links) {
        const int from = positionOf(link.from);
        const int to = positionOf(link.to);
        if (from < 0 || to < 0 || from == to) {
            return fallBack(); // a link the analysis skips with an issue
        }
        ends.emplace_back(from, to);
        ++degree[std::size_t(from)];
        ++degree[std::size_t(to)];
        if (link.type == LinkType::Repeats) {
            statements.unite(from, to);
        }
    }
    std::vector<int> offsets(std::size_t(n) + 1, 0);
    for (int c = 0; c < n; ++c) {
        offsets[std::size_t(c) + 1] = offsets[std::size_t(c)] + degree[std::size_t(c)];
    }
    std::vector<int> neighbours(static_cast<std::size_t>(offsets.back()));
    {
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto& [from, to] : ends) {
            neighbours[std::size_t(fill[std::size_t(from)]++)] = to;
            neighbours[std::size_t(fill[std::size_t(to)]++)] = from;
        }
    }
    // The statements' members, grouped by root.
    std::vector<std::pair<int, int>> membership;
    membership.reserve(std::size_t(n));
    for (int c = 0; c < n; ++c) {
        membership.emplace_back(statements.find(c), c);
    }
    const Buckets members = bucketSort(n, membership);
    std::vector<char> statementDone(std::size_t(n), 0);

    // Widens the region to the whole statements of its claims from `from` on, at the given level.
    auto closeStatements = [&](std::size_t from, int atLevel) {
        for (std::size_t p = from; p < region.size(); ++p) {
            const int root = statements.find(region[p]);
            if (statementDone[std::size_t(root)]) {
                continue;
            }
            statementDone[std::size_t(root)] = 1;
            for (int q = members.offsets[std::size_t(root)]; q < members.offsets[std::size_t(root) + 1]; ++q) {
                const int m = members.items[std::size_t(q)];
                if (level[std::size_t(m)] == kOutside) {
                    level[std::size_t(m)] = atLevel;
                    region.push_back(m);
                }
            }
        }
    };
    closeStatements(0, kChanged);
    std::size_t frontier = 0;
    std::size_t recomputedEnd = region.size();
    for (int step = kChanged + 1; step <= kRead; ++step) {
        const std::size_t end = region.size();
        for (std::size_t p = frontier; p < end; ++p) {
            const int c = region[p];
            for (int q = offsets[std::size_t(c)]; q < offsets[std::size_t(c) + 1]; ++q) {
                const int other = neighbours[std::size_t(q)];
                if (level[std::size_t(other)] == kOutside) {
                    level[std::size_t(other)] = step;
                    region.push_back(other);
                }
            }
        }
        closeStatements(end, step);
        frontier = end;
        if (step == kRecomputed) {
            recomputedEnd = region.size();
        }
        if (region.size() * 2 > std::size_t(n)) {
            return fallBack(); // most of the case: the full analysis is as cheap
        }
    }

    // Analyse the region, in the input's order, with every link between its claims.
    std::sort(region.begin(), region.end());
    AnalysisInput part;
    part.sources = after.sources;
    part.claims.reserve(qsizetype(region.size()));
    for (int c : region) {
        part.claims.append(after.claims.at(c));
    }
    for (qsizetype l = 0; l < after.links.size(); ++l) {
        const auto& [from, to] = ends[std::size_t(l)];
        if (level[std::size_t(from)] != kOutside && level[std::size_t(to)] != kOutside) {
            part.links.append(after.links.at(l));
        }
    }
    const AnalysisResult fresh = analyzeCorroboration(part);
    if (!fresh.issues.isEmpty()) {
        return fallBack();
    }

    AnalysisResult result;
    result.claims.reserve(n);
    if (samePlaces) {
        result.index = previous.index;
    } else {
        result.index.reserve(n);
    }
    QList<ClaimId> recomputed;
    for (int c = 0; c < n; ++c) {
        const ClaimId id = after.claims.at(c).id;
        const int l = level[std::size_t(c)];
        const bool fromRegion = l != kOutside && l <= kRecomputed;
        const ClaimAnalysis* analysis = fromRegion ? fresh.find(id) : previous.find(id);
        if (!analysis) {
            return fallBack(); // `previous` is not the analysis of `before`
        }
        if (!samePlaces) {
            result.index.insert(id, result.claims.size());
        }
        result.claims.append(*analysis);
        if (fromRegion) {
            recomputed.append(id);
        }
    }
    // A conflict is about its link's two claims: recomputed when either changed, else kept. Both lists are in
    // increasing link id order, and so is their merge.
    auto changed = [&](ClaimId id) {
        const int c = positionOf(id);
        return c < 0 || level[std::size_t(c)] == kChanged; // a claim gone: its conflicts went with it
    };
    qsizetype i = 0;
    qsizetype j = 0;
    auto nextKept = [&] {
        while (i < previous.conflicts.size() &&
               (changed(previous.conflicts.at(i).a) || changed(previous.conflicts.at(i).b))) {
            ++i;
        }
        return i < previous.conflicts.size();
    };
    auto nextFresh = [&] {
        while (j < fresh.conflicts.size() && !(changed(fresh.conflicts.at(j).a) || changed(fresh.conflicts.at(j).b))) {
            ++j;
        }
        return j < fresh.conflicts.size();
    };
    for (bool k = nextKept(), f = nextFresh(); k || f; k = nextKept(), f = nextFresh()) {
        if (k && !previous.conflicts.at(i).link.isValid()) {
            return fallBack();
        }
        if (k && (!f || previous.conflicts.at(i).link < fresh.conflicts.at(j).link)) {
            result.conflicts.append(previous.conflicts.at(i++));
        } else {
            result.conflicts.append(fresh.conflicts.at(j++));
        }
    }
    if (stats) {
        *stats = ReanalysisStats{qsizetype(region.size()), qsizetype(recomputedEnd), false, std::move(recomputed)};
    }
    return result;
}

} // namespace corrob::analysis
