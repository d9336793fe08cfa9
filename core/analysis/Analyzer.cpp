// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Analyzer.h"

#include <QScopeGuard>

#include <algorithm>

namespace corrob::analysis::detail {

AnalysisResult Analyzer::run()
{
    indexClaims();
    resolveLinks();
    // The figure conflicts between claims linked as corroborating or updating depend on nothing but their texts
    // and dates: a large analysis finds them on a second thread while it works out the rest, then helps (joined
    // when this scope ends, even on an exception), and findConflicts puts them in link order among the
    // contradictions.
    std::jthread figures = compareFiguresAside();
    // Should what follows throw before this thread joins in on the figures, it leaves them to their thread, which then
    // ends: the jthread is joined as this scope ends (after this guard), and would wait for this thread forever.
    auto leaveFigures = qScopeGuard([&] {
        if (figures.joinable()) {
            m_figureWork.leave();
        }
    });
    indexSources();
    resolveOrigins();
    buildStatements();
    collectEvidence();
    collectContradictions();
    grade();
    AnalysisResult result;
    result.issues = m_issues;
    fillClaims(result);
    const bool figuresAside = figures.joinable();
    if (figuresAside) {
        // What is left of parsing and comparing figures, shared with their thread; that thread then frees the parsed
        // figures while this one puts the conflicts in order (it is joined as this scope ends).
        leaveFigures.dismiss();
        workOnFigures(false);
        waitForFigures();
    }
    findConflicts(result, figuresAside);
    return result;
}

void Analyzer::indexClaims()
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

int Analyzer::sourceSlot(SourceId id)
{
    const auto it = m_sourceIndex.constFind(id);
    if (it != m_sourceIndex.constEnd()) {
        return it.value();
    }
    const int slot = int(m_sourceIds.size());
    m_sourceIndex.insert(id, slot);
    m_sourceIds.push_back(id);
    m_sourceNames.push_back(QStringLiteral("source %1").arg(id.value));
    m_sourceGrades.emplace_back();
    m_affiliation.push_back(-1);
    return slot;
}

void Analyzer::indexSources()
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
        m_sourceGrades[size_t(slot)] = s.reliability.trimmed().toUpper();
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

int Analyzer::reportSlot(ReportId id)
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

void Analyzer::resolveOrigins()
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
        m_originWeight.push_back(contradictionWeight(m_sourceGrades[size_t(s)]));
    }
    for (ReportId r : m_reportIds) {
        m_origins.append(Origin{SourceId(), r, QStringLiteral("unknown origin (report %1)").arg(r.value)});
        m_originWeight.push_back(1.0);
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

void Analyzer::resolveLinks()
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
            m_links.push_back(Link{from, to, link.type, link.id});
        }
    }
}

void Analyzer::buildStatements()
{
    const int claimCount = int(m_claimInput.size());
    UnionFind sets(claimCount);
    for (const Link& link : m_links) {
        if (link.type == LinkType::Repeats) {
            sets.unite(link.from, link.to);
        }
    }
    // One statement per set: reserved at its size, since a statement's data is large and moving all of it each time
    // the list grew was a sixth of an analysis of 50,000 claims.
    int statementCount = 0;
    for (int c = 0; c < claimCount; ++c) {
        statementCount += sets.find(c) == c ? 1 : 0;
    }
    m_statements.reserve(size_t(statementCount));
    m_statement.assign(size_t(claimCount), -1);
    std::vector<int> statementOfRoot(size_t(claimCount), -1);
    std::vector<std::pair<int, int>> membership;
    membership.reserve(size_t(claimCount));
    for (int c = 0; c < claimCount; ++c) {
        const int r = sets.find(c);
        if (statementOfRoot[size_t(r)] < 0) {
            statementOfRoot[size_t(r)] = int(m_statements.size());
            m_statements.emplace_back();
        }
        m_statement[size_t(c)] = statementOfRoot[size_t(r)];
        membership.emplace_back(m_statement[size_t(c)], c);
    }
    m_members = bucketSort(int(m_statements.size()), membership);
    for (size_t k = 0; k < m_statements.size(); ++k) {
        StatementData& st = m_statements[k];
        st.members.reserve(m_members.offsets[k + 1] - m_members.offsets[k]);
        for (int p = m_members.offsets[k]; p < m_members.offsets[k + 1]; ++p) {
            st.members.append(claim(m_members.items[size_t(p)]).id);
        }
    }

    // Every link that matters to a statement, grouped by statement in input order: a `repeats` link to its
    // own statement; a `corroborates` or `contradicts` link between two statements to both. A `corroborates`
    // or `contradicts` link inside one statement (a claim backing or denying what it repeats) says nothing
    // about it and is not followed.
    std::vector<std::pair<int, int>> touching;
    touching.reserve(m_links.size() * 2);
    for (size_t l = 0; l < m_links.size(); ++l) {
        const Link& link = m_links[l];
        const int a = m_statement[size_t(link.from)];
        const int b = m_statement[size_t(link.to)];
        if (link.type == LinkType::Repeats) {
            touching.emplace_back(a, int(l));
        } else if ((link.type == LinkType::Corroborates || link.type == LinkType::Contradicts) && a != b) {
            touching.emplace_back(a, int(l));
            touching.emplace_back(b, int(l));
        }
    }
    m_statementLinks = bucketSort(int(m_statements.size()), touching);
    for (size_t k = 0; k < m_statements.size(); ++k) {
        StatementData& st = m_statements[k];
        st.linksBegin = m_statementLinks.offsets[k];
        st.linksEnd = m_statementLinks.offsets[k + 1];
        if (st.linksBegin < st.linksEnd) {
            st.links.reserve(st.linksEnd - st.linksBegin);
        }
        for (int p = st.linksBegin; p < st.linksEnd; ++p) {
            const int l = m_statementLinks.items[size_t(p)];
            const Link& link = m_links[size_t(l)];
            switch (link.type) {
            case LinkType::Repeats:
                st.repeatLinks.add(l);
                break;
            case LinkType::Corroborates:
                (m_statement[size_t(link.to)] == int(k) ? st.corroboratingLinks : st.backingLinks).add(l);
                break;
            case LinkType::Contradicts:
                st.contradictingLinks.add(l);
                break;
            case LinkType::Updates:
            case LinkType::Elaborates:
                break;
            }
            if (link.type != LinkType::Corroborates || m_statement[size_t(link.to)] == int(k)) {
                st.links.append(FollowedLink{link.id, link.type, claim(link.from).id, claim(link.to).id});
            }
        }
    }
}

void Analyzer::collectEvidence()
{
    std::vector<int> corroboratorSeen(m_claimInput.size(), -1);
    std::vector<int> backedSeen(m_claimInput.size(), -1);
    std::vector<int> originSeen(size_t(m_origins.size()), -1);
    std::vector<int> reportSeen(m_reportIds.size(), -1);
    for (size_t k = 0; k < m_statements.size(); ++k) {
        StatementData& st = m_statements[k];
        const int stamp = int(k);
        st.originKeysBegin = int(m_originKeys.size());
        auto count = [&](int c) {
            const int o = m_origin[size_t(c)];
            if (originSeen[size_t(o)] != stamp) {
                originSeen[size_t(o)] = stamp;
                st.origins.append(m_origins.at(o));
                m_originKeys.push_back(o);
                st.namedOrigins += m_origins.at(o).isKnown() ? 1 : 0;
                st.weight += m_originWeight[size_t(o)];
            }
            const int r = m_reportOf[size_t(c)];
            if (reportSeen[size_t(r)] != stamp) {
                reportSeen[size_t(r)] = stamp;
                st.reports.append(m_reportIds[size_t(r)]);
            }
        };
        // At most one origin and one report per claim of the evidence (members, then corroborators): reserved, not
        // grown append by append.
        qsizetype corroborating = 0;
        for (int p = st.linksBegin; p < st.linksEnd; ++p) {
            const Link& link = m_links[size_t(m_statementLinks.items[size_t(p)])];
            corroborating += link.type == LinkType::Corroborates && m_statement[size_t(link.to)] == stamp ? 1 : 0;
        }
        const qsizetype evidence = st.members.size() + corroborating;
        st.origins.reserve(evidence);
        st.reports.reserve(evidence);
        st.corroborators.reserve(corroborating);
        for (int p = m_members.offsets[k]; p < m_members.offsets[k + 1]; ++p) {
            count(m_members.items[size_t(p)]);
        }
        for (int p = st.linksBegin; p < st.linksEnd; ++p) {
            const Link& link = m_links[size_t(m_statementLinks.items[size_t(p)])];
            if (link.type != LinkType::Corroborates) {
                continue;
            }
            if (m_statement[size_t(link.to)] == stamp) {
                if (corroboratorSeen[size_t(link.from)] != stamp) {
                    corroboratorSeen[size_t(link.from)] = stamp;
                    st.corroborators.append(claim(link.from).id);
                    count(link.from);
                }
            } else if (backedSeen[size_t(link.to)] != stamp) {
                backedSeen[size_t(link.to)] = stamp;
                st.backs.append(claim(link.to).id);
            }
        }
        // The evidence is the members, then the corroborators: the members' list itself when there are none.
        st.evidence = st.members;
        st.evidence.append(st.corroborators);
        st.originKeysEnd = int(m_originKeys.size());
    }
}

void Analyzer::collectContradictions()
{
    std::vector<int> claimSeen(m_claimInput.size(), -1);
    std::vector<int> originSeen(size_t(m_origins.size()), -1);
    for (size_t k = 0; k < m_statements.size(); ++k) {
        StatementData& st = m_statements[k];
        const int stamp = int(k);
        int strongestCount = 0;
        double strongestWeight = 0;
        int strongest = -1;
        double weight = 0;
        for (int p = st.linksBegin; p < st.linksEnd; ++p) {
            const Link& link = m_links[size_t(m_statementLinks.items[size_t(p)])];
            if (link.type != LinkType::Contradicts) {
                continue;
            }
            const int c = m_statement[size_t(link.from)] == stamp ? link.to : link.from;
            if (claimSeen[size_t(c)] == stamp) {
                continue;
            }
            claimSeen[size_t(c)] = stamp;
            st.contradictedBy.append(claim(c).id);
            const int o = m_origin[size_t(c)];
            if (originSeen[size_t(o)] != stamp) {
                originSeen[size_t(o)] = stamp;
                st.contradictingOrigins.append(m_origins.at(o));
                weight += m_originWeight[size_t(o)];
            }
            const StatementData& other = m_statements[size_t(m_statement[size_t(c)])];
            strongestCount = std::max(strongestCount, int(other.origins.size()));
            if (other.weight > strongestWeight) {
                strongestWeight = other.weight;
                strongest = m_statement[size_t(c)];
            }
        }
        // The count says how strong the other side is; the names must say who that is. Name the strongest
        // contradicting statement's evidence origins too, a bounded number of them so this stays linear.
        if (strongest >= 0) {
            constexpr int kMaxNamed = 16;
            const StatementData& other = m_statements[size_t(strongest)];
            const int end = std::min(other.originKeysEnd, other.originKeysBegin + kMaxNamed);
            for (int i = other.originKeysBegin; i < end; ++i) {
                const int key = m_originKeys[size_t(i)];
                if (originSeen[size_t(key)] != stamp) {
                    originSeen[size_t(key)] = stamp;
                    st.contradictingOrigins.append(m_origins.at(key));
                    weight += m_originWeight[size_t(key)];
                }
            }
        }
        st.contradictingSources = std::max(int(st.contradictingOrigins.size()), strongestCount);
        st.contradictingWeight = std::max(weight, strongestWeight);
    }
}

QString Analyzer::gradedName(const Origin& origin) const
{
    if (!origin.isKnown()) {
        return origin.name;
    }
    const QString& grade = m_sourceGrades[size_t(m_sourceIndex.value(origin.source))];
    return grade.isEmpty() ? origin.name : origin.name + QStringLiteral(" (") + grade + u')';
}

void Analyzer::grade()
{
    for (StatementData& st : m_statements) {
        Evidence e;
        e.independentSources = st.namedOrigins;
        e.reports = int(st.reports.size());
        e.contradictingSources = st.contradictingSources;
        e.contradictingWeight = st.contradictingWeight;
        e.originNames.reserve(st.origins.size());
        for (const Origin& o : st.origins) {
            if (o.isKnown()) { // an unknown origin is no one: it neither counts nor is named as a source
                e.knownOrigin = true;
                e.originNames.append(o.name);
            }
        }
        for (const Origin& o : st.contradictingOrigins) {
            e.contradictingNames.append(gradedName(o));
        }
        st.credibility = suggestCredibility(e);
    }
}

} // namespace corrob::analysis::detail
