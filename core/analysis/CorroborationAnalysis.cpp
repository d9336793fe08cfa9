// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CorroborationAnalysis.h"

#include "core/analysis/CredibilityRule.h"
#include "core/text/FigureParser.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace corrob::analysis {
namespace {

// For every node, where the chain next[node], next[next[node]], ... ends (next < 0). A chain that runs into
// a cycle ends at the cycle's member with the smallest key, wherever the walk started. Each node is walked
// once: O(n).
std::vector<int> resolveChains(const std::vector<int>& next, const std::vector<qint64>& key)
{
    const int n = int(next.size());
    std::vector<int> root(size_t(n), -1);
    std::vector<int> pathPos(size_t(n), -1); // >= 0 while the node is on the current walk
    std::vector<int> path;
    for (int start = 0; start < n; ++start) {
        if (root[size_t(start)] >= 0) {
            continue;
        }
        path.clear();
        int v = start;
        int end = -1;
        while (true) {
            if (root[size_t(v)] >= 0) {
                end = root[size_t(v)];
                break;
            }
            if (pathPos[size_t(v)] >= 0) {
                end = v;
                for (size_t k = size_t(pathPos[size_t(v)]); k < path.size(); ++k) {
                    if (key[size_t(path[k])] < key[size_t(end)]) {
                        end = path[k];
                    }
                }
                break;
            }
            pathPos[size_t(v)] = int(path.size());
            path.push_back(v);
            if (next[size_t(v)] < 0) {
                end = v;
                break;
            }
            v = next[size_t(v)];
        }
        for (int u : path) {
            root[size_t(u)] = end;
            pathPos[size_t(u)] = -1;
        }
    }
    return root;
}

class UnionFind
{
public:
    explicit UnionFind(int n) : m_parent(size_t(n)), m_size(size_t(n), 1)
    {
        for (int i = 0; i < n; ++i) {
            m_parent[size_t(i)] = i;
        }
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b) {
            return;
        }
        if (m_size[size_t(a)] < m_size[size_t(b)]) {
            std::swap(a, b);
        }
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
    }

private:
    std::vector<int> m_parent;
    std::vector<int> m_size;
};

// Groups items by bucket in O(items + buckets): offsets[b]..offsets[b+1] index into the returned order.
struct Buckets
{
    std::vector<int> offsets;
    std::vector<int> items;
};

Buckets bucketSort(int bucketCount, const std::vector<std::pair<int, int>>& pairs)
{
    Buckets b;
    b.offsets.assign(size_t(bucketCount) + 1, 0);
    for (const auto& [bucket, item] : pairs) {
        ++b.offsets[size_t(bucket) + 1];
    }
    for (size_t k = 1; k < b.offsets.size(); ++k) {
        b.offsets[k] += b.offsets[k - 1];
    }
    b.items.resize(pairs.size());
    std::vector<int> fill(b.offsets.begin(), b.offsets.end() - 1);
    for (const auto& [bucket, item] : pairs) {
        b.items[size_t(fill[size_t(bucket)]++)] = item;
    }
    return b;
}

struct ComponentData
{
    QList<ClaimId> members;
    QList<Origin> origins;
    QList<ReportId> reports;
    QList<ClaimId> contradictedBy;
    QList<Origin> contradictingOrigins;
    int contradictingSources = 0;
    Credibility credibility;
};

class Analyzer
{
public:
    explicit Analyzer(const AnalysisInput& input) : m_input(input) {}

    AnalysisResult run()
    {
        indexClaims();
        resolveLinks();
        indexSources();
        resolveOrigins();
        buildComponents();
        collectContradictions();
        grade();
        AnalysisResult result;
        result.issues = m_issues;
        fillClaims(result);
        findConflicts(result);
        return result;
    }

private:
    const ClaimInput& claim(int c) const { return m_input.claims.at(m_claimInput[size_t(c)]); }

    void indexClaims()
    {
        m_claimIndex.reserve(m_input.claims.size());
        for (qsizetype i = 0; i < m_input.claims.size(); ++i) {
            const ClaimId id = m_input.claims.at(i).id;
            if (m_claimIndex.contains(id)) {
                m_issues.append(
                    QStringLiteral("claim %1 appears twice in the input; the second copy was ignored").arg(id.value));
                continue;
            }
            m_claimIndex.insert(id, int(m_claimInput.size()));
            m_claimInput.push_back(i);
        }
    }

    // A dense slot for a source id; ids the input does not describe get a slot named "source N".
    int sourceSlot(SourceId id)
    {
        const auto it = m_sourceIndex.constFind(id);
        if (it != m_sourceIndex.constEnd()) {
            return it.value();
        }
        const int slot = int(m_sourceIds.size());
        m_sourceIndex.insert(id, slot);
        m_sourceIds.push_back(id);
        m_sourceNames.push_back(QStringLiteral("source %1").arg(id.value));
        m_affiliation.push_back(-1);
        return slot;
    }

    void indexSources()
    {
        m_sourceIndex.reserve(m_input.sources.size());
        for (const SourceInput& s : m_input.sources) {
            if (!s.id.isValid() || m_sourceIndex.contains(s.id)) {
                continue;
            }
            const int slot = sourceSlot(s.id);
            if (!s.name.trimmed().isEmpty()) {
                m_sourceNames[size_t(slot)] = s.name;
            }
        }
        for (const SourceInput& s : m_input.sources) {
            if (s.id.isValid() && s.affiliation.isValid() && s.affiliation != s.id) {
                const int slot = m_sourceIndex.value(s.id);
                if (m_affiliation[size_t(slot)] < 0) {
                    const int top = sourceSlot(s.affiliation); // may grow m_affiliation
                    m_affiliation[size_t(slot)] = top;
                }
            }
        }
    }

    int reportSlot(ReportId id)
    {
        const auto it = m_reportIndex.constFind(id);
        if (it != m_reportIndex.constEnd()) {
            return it.value();
        }
        const int slot = int(m_reportIds.size());
        m_reportIndex.insert(id, slot);
        m_reportIds.push_back(id);
        return slot;
    }

    void resolveOrigins()
    {
        const int claimCount = int(m_claimInput.size());
        // Own origin before repeats: a source slot, or (resolved below) an unknown origin of the report.
        std::vector<int> ownSource(size_t(claimCount), -1);
        m_reportOf.resize(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const ClaimInput& in = claim(c);
            m_reportOf[size_t(c)] = reportSlot(in.report);
            if (in.source.isValid()) {
                ownSource[size_t(c)] = sourceSlot(in.source);
            } else if (in.outlet.isValid()) {
                ownSource[size_t(c)] = sourceSlot(in.outlet);
            }
        }
        std::vector<qint64> sourceKeys(m_sourceIds.size());
        for (size_t s = 0; s < m_sourceIds.size(); ++s) {
            sourceKeys[s] = m_sourceIds[s].value;
        }
        const std::vector<int> top = resolveChains(m_affiliation, sourceKeys);

        // Origin keys: [0, sources) a known source, [sources, sources + reports) the unknown origin of a report.
        const int sourceCount = int(m_sourceIds.size());
        m_origins.reserve(m_sourceIds.size() + m_reportIds.size());
        for (int s = 0; s < sourceCount; ++s) {
            m_origins.append(Origin{m_sourceIds[size_t(s)], ReportId(), m_sourceNames[size_t(s)]});
        }
        for (ReportId r : m_reportIds) {
            m_origins.append(Origin{SourceId(), r, QStringLiteral("unknown origin (report %1)").arg(r.value)});
        }

        std::vector<int> repeats(size_t(claimCount), -1);
        std::vector<qint64> claimKeys(static_cast<size_t>(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            claimKeys[size_t(c)] = claim(c).id.value;
        }
        for (const Link& link : m_links) {
            if (link.type == LinkType::Repeats && repeats[size_t(link.from)] < 0) {
                repeats[size_t(link.from)] = link.to;
            }
        }
        const std::vector<int> original = resolveChains(repeats, claimKeys);
        m_origin.resize(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const int o = original[size_t(c)];
            const int s = ownSource[size_t(o)];
            m_origin[size_t(c)] = s >= 0 ? top[size_t(s)] : sourceCount + m_reportOf[size_t(o)];
        }
    }

    // Resolves both ends of every link to dense claim indices once; unusable links are named in the issues.
    void resolveLinks()
    {
        m_links.reserve(size_t(m_input.links.size()));
        for (const LinkInput& link : m_input.links) {
            const int from = m_claimIndex.value(link.from, -1);
            const int to = m_claimIndex.value(link.to, -1);
            if (from < 0 || to < 0) {
                const ClaimId missing = from < 0 ? link.from : link.to;
                m_issues.append(QStringLiteral("a %1 link from claim %2 to claim %3 was skipped: claim %4 is not in "
                                               "the input")
                                    .arg(linkTypeName(link.type))
                                    .arg(link.from.value)
                                    .arg(link.to.value)
                                    .arg(missing.value));
            } else if (from == to) {
                m_issues.append(QStringLiteral("a %1 link from claim %2 to itself was skipped")
                                    .arg(linkTypeName(link.type))
                                    .arg(link.from.value));
            } else {
                m_links.push_back(Link{from, to, link.type});
            }
        }
    }

    void buildComponents()
    {
        const int claimCount = int(m_claimInput.size());
        UnionFind sets(claimCount);
        for (const Link& link : m_links) {
            if (link.type == LinkType::Corroborates || link.type == LinkType::Repeats) {
                sets.unite(link.from, link.to);
            }
        }

        m_component.assign(size_t(claimCount), -1);
        std::vector<int> componentOfRoot(size_t(claimCount), -1);
        std::vector<std::pair<int, int>> membership;
        membership.reserve(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const int r = sets.find(c);
            if (componentOfRoot[size_t(r)] < 0) {
                componentOfRoot[size_t(r)] = int(m_components.size());
                m_components.emplace_back();
            }
            m_component[size_t(c)] = componentOfRoot[size_t(r)];
            membership.emplace_back(m_component[size_t(c)], c);
        }
        const int componentCount = int(m_components.size());
        const Buckets members = bucketSort(componentCount, membership);
        std::vector<int> originSeen(size_t(m_origins.size()), -1);
        std::vector<int> reportSeen(m_reportIds.size(), -1);
        for (int k = 0; k < componentCount; ++k) {
            ComponentData& comp = m_components[size_t(k)];
            const int begin = members.offsets[size_t(k)];
            const int end = members.offsets[size_t(k) + 1];
            comp.members.reserve(end - begin);
            for (int p = begin; p < end; ++p) {
                const int c = members.items[size_t(p)];
                comp.members.append(claim(c).id);
                const int o = m_origin[size_t(c)];
                if (originSeen[size_t(o)] != k) {
                    originSeen[size_t(o)] = k;
                    comp.origins.append(m_origins.at(o));
                }
                const int r = m_reportOf[size_t(c)];
                if (reportSeen[size_t(r)] != k) {
                    reportSeen[size_t(r)] = k;
                    comp.reports.append(m_reportIds[size_t(r)]);
                }
            }
        }
    }

    void collectContradictions()
    {
        std::vector<std::pair<int, int>> against; // (component contradicted, contradicting claim)
        for (const Link& link : m_links) {
            if (link.type == LinkType::Contradicts) {
                against.emplace_back(m_component[size_t(link.from)], link.to);
                against.emplace_back(m_component[size_t(link.to)], link.from);
            }
        }
        const int componentCount = int(m_components.size());
        const Buckets buckets = bucketSort(componentCount, against);
        std::vector<int> claimSeen(m_claimInput.size(), -1);
        std::vector<int> originSeen(size_t(m_origins.size()), -1);
        for (int k = 0; k < componentCount; ++k) {
            ComponentData& comp = m_components[size_t(k)];
            int strongest = 0;
            for (int p = buckets.offsets[size_t(k)]; p < buckets.offsets[size_t(k) + 1]; ++p) {
                const int c = buckets.items[size_t(p)];
                if (claimSeen[size_t(c)] == k) {
                    continue;
                }
                claimSeen[size_t(c)] = k;
                comp.contradictedBy.append(claim(c).id);
                const int o = m_origin[size_t(c)];
                if (originSeen[size_t(o)] != k) {
                    originSeen[size_t(o)] = k;
                    comp.contradictingOrigins.append(m_origins.at(o));
                }
                strongest = std::max(strongest, int(m_components[size_t(m_component[size_t(c)])].origins.size()));
            }
            comp.contradictingSources = std::max(int(comp.contradictingOrigins.size()), strongest);
        }
    }

    void grade()
    {
        for (ComponentData& comp : m_components) {
            Evidence e;
            e.independentSources = int(comp.origins.size());
            e.reports = int(comp.reports.size());
            e.contradictingSources = comp.contradictingSources;
            e.originNames.reserve(comp.origins.size());
            for (const Origin& o : comp.origins) {
                e.knownOrigin = e.knownOrigin || o.isKnown();
                e.originNames.append(o.name);
            }
            for (const Origin& o : comp.contradictingOrigins) {
                e.contradictingNames.append(o.name);
            }
            comp.credibility = suggestCredibility(e);
        }
    }

    void fillClaims(AnalysisResult& result) const
    {
        const int claimCount = int(m_claimInput.size());
        result.claims.reserve(claimCount);
        result.index.reserve(claimCount);
        for (int c = 0; c < claimCount; ++c) {
            const ComponentData& comp = m_components[size_t(m_component[size_t(c)])];
            ClaimAnalysis a;
            a.claim = claim(c).id;
            a.origin = m_origins.at(m_origin[size_t(c)]);
            a.independentSources = int(comp.origins.size());
            a.origins = comp.origins;
            a.reports = comp.reports;
            a.component = comp.members;
            a.contradictedBy = comp.contradictedBy;
            a.contradictingOrigins = comp.contradictingOrigins;
            a.contradictingSources = comp.contradictingSources;
            a.suggestedCredibility = comp.credibility.grade;
            a.reason = comp.credibility.reason;
            result.index.insert(a.claim, result.claims.size());
            result.claims.append(std::move(a));
        }
    }

    const QList<text::Figure>& figuresOf(int c)
    {
        auto& slot = m_figures[size_t(c)];
        if (!slot) {
            slot = text::parseFigures(claim(c).text);
        }
        return *slot;
    }

    QString dated(const QString& what, int c) const
    {
        const QString& date = claim(c).reportPublished;
        return date.isEmpty() ? what : what + QStringLiteral(" (") + date + u')';
    }

    // Two figures, one from each claim, about a unit on which the claims cannot agree: every pair of their
    // figures with that unit disagrees. "3 civilians killed and 10 civilians injured" does not conflict with
    // "3 civilians killed", because one pair agrees. Figures without a unit are compared only when each claim
    // states just one figure: otherwise there is no telling which number is about what.
    std::optional<std::pair<text::Figure, text::Figure>> disagreeingFigures(int a, int b)
    {
        const QList<text::Figure>& fa = figuresOf(a);
        const QList<text::Figure>& fb = figuresOf(b);
        const bool single = fa.size() == 1 && fb.size() == 1;
        QStringList keysB;
        for (const text::Figure& y : fb) {
            keysB.append(text::figureUnitKey(y.unit));
        }
        struct Verdict
        {
            bool agreed = false;
            std::optional<std::pair<text::Figure, text::Figure>> disagreement;
        };
        QStringList order;
        QHash<QString, Verdict> verdicts;
        for (const text::Figure& x : fa) {
            const QString key = text::figureUnitKey(x.unit);
            for (qsizetype k = 0; k < fb.size(); ++k) {
                const text::Figure& y = fb.at(k);
                if (keysB.at(k) != key || ((x.unit.isEmpty() || y.unit.isEmpty()) && !single)) {
                    continue;
                }
                if (!verdicts.contains(key)) {
                    order.append(key);
                }
                Verdict& v = verdicts[key];
                if (!text::figuresDisagree(x, y)) {
                    v.agreed = true;
                } else if (!v.disagreement) {
                    v.disagreement = std::make_pair(x, y);
                }
            }
        }
        for (const QString& key : order) {
            const Verdict& v = verdicts[key];
            if (!v.agreed && v.disagreement) {
                return v.disagreement;
            }
        }
        return std::nullopt;
    }

    void findConflicts(AnalysisResult& result)
    {
        m_figures.resize(m_claimInput.size());
        QSet<std::pair<int, int>> contradictions;
        QSet<std::pair<int, int>> figurePairs;
        for (const Link& link : m_links) {
            const int from = link.from;
            const int to = link.to;
            const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
            if (link.type == LinkType::Contradicts) {
                if (contradictions.contains(key)) {
                    continue;
                }
                contradictions.insert(key);
                const QString detail = dated(m_origins.at(m_origin[size_t(from)]).name, from) + QStringLiteral(" vs ") +
                                       dated(m_origins.at(m_origin[size_t(to)]).name, to);
                result.conflicts.append(Conflict{claim(from).id, claim(to).id, ConflictKind::Contradicts, detail});
                continue;
            }
            if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
                continue;
            }
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
                result.conflicts.append(Conflict{claim(first).id, claim(second).id, ConflictKind::Figures, detail});
            }
        }
    }

    const AnalysisInput& m_input;
    QStringList m_issues;

    struct Link
    {
        int from;
        int to;
        LinkType type;
    };
    std::vector<Link> m_links; // usable links, input order, dense claim indices

    QHash<ClaimId, int> m_claimIndex;
    std::vector<qsizetype> m_claimInput; // dense claim index -> position in input.claims

    QHash<SourceId, int> m_sourceIndex;
    std::vector<SourceId> m_sourceIds;
    std::vector<QString> m_sourceNames;
    std::vector<int> m_affiliation; // source slot -> affiliation slot or -1

    QHash<ReportId, int> m_reportIndex;
    std::vector<ReportId> m_reportIds;
    std::vector<int> m_reportOf; // dense claim index -> report slot

    QList<Origin> m_origins;   // by origin key
    std::vector<int> m_origin; // dense claim index -> origin key

    std::vector<int> m_component; // dense claim index -> component
    std::vector<ComponentData> m_components;

    std::vector<std::optional<QList<text::Figure>>> m_figures;
};

} // namespace

AnalysisResult analyzeCorroboration(const AnalysisInput& input)
{
    return Analyzer(input).run();
}

} // namespace corrob::analysis
