// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Analyzer.h"

namespace corrob::analysis::detail {

std::shared_ptr<const ReasonParts> Analyzer::reasonParts(const StatementData& st, int self) const
{
    auto parts = std::make_shared<ReasonParts>();
    parts->sentence = st.credibility.reason; // shared, not copied
    if (st.linksBegin == st.linksEnd) {
        return parts;
    }
    const std::array<const FirstLinks*, 4> kinds{&st.repeatLinks, &st.corroboratingLinks, &st.contradictingLinks,
                                                 &st.backingLinks};
    parts->links.reserve(kinds[0]->shown() + kinds[1]->shown() + kinds[2]->shown() + kinds[3]->shown());
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto kind = static_cast<ReasonLink::Kind>(k);
        parts->counts[k] = kinds[k]->count;
        for (int i = 0; i < kinds[k]->shown(); ++i) {
            const Link& link = m_links[size_t(kinds[k]->first[size_t(i)])];
            ReasonLink named{kind, link.id, claim(link.from).id, claim(link.to).id, {}, {}};
            switch (kind) {
            case ReasonLink::Kind::Repeats:
                break;
            case ReasonLink::Kind::Corroborated:
                named.inside = named.to;
                named.who = m_origins.at(m_origin[size_t(link.from)]).name;
                break;
            case ReasonLink::Kind::Contradicted: {
                const bool fromInside = m_statement[size_t(link.from)] == self;
                named.inside = fromInside ? named.from : named.to;
                named.who = m_origins.at(m_origin[size_t(fromInside ? link.to : link.from)]).name;
                break;
            }
            case ReasonLink::Kind::Backs:
                named.inside = named.from;
                break;
            }
            parts->links.append(std::move(named));
        }
    }
    return parts;
}

void Analyzer::fillClaims(AnalysisResult& result) const
{
    const int claimCount = int(m_claimInput.size());
    result.claims.reserve(claimCount);
    result.index.reserve(claimCount);
    // One reason's parts per statement, shared by its claims; each claim's text is written only when asked for.
    std::vector<std::shared_ptr<const ReasonParts>> reasons(m_statements.size());
    for (int c = 0; c < claimCount; ++c) {
        const int s = m_statement[size_t(c)];
        const StatementData& st = m_statements[size_t(s)];
        ClaimAnalysis a;
        a.claim = claim(c).id;
        a.origin = m_origins.at(m_origin[size_t(c)]);
        a.independentSources = st.namedOrigins;
        a.origins = st.origins;
        a.reports = st.reports;
        a.component = st.evidence;
        a.sameStatement = st.members;
        a.corroborators = st.corroborators;
        a.corroborates = st.backs;
        a.contradictedBy = st.contradictedBy;
        a.contradictingOrigins = st.contradictingOrigins;
        a.contradictingSources = st.contradictingSources;
        a.contradictingWeight = st.contradictingWeight;
        a.links = st.links;
        a.suggestedCredibility = st.credibility.grade;
        auto& parts = reasons[size_t(s)];
        if (!parts) {
            parts = reasonParts(st, s);
        }
        a.reasonParts = parts;
        result.index.insert(a.claim, result.claims.size());
        result.claims.append(std::move(a));
    }
}

} // namespace corrob::analysis::detail
