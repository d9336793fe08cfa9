// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Analyzer.h"

#include <charconv>
#include <iterator>

namespace corrob::analysis::detail {

void Analyzer::appendNumber(QString& out, qint64 n)
{
    char digits[24];
    auto* const end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
    out.append(QLatin1String(digits, qsizetype(end - digits)));
}

void Analyzer::appendClaim(QString& out, int c) const
{
    out.append(QLatin1String("claim #"));
    appendNumber(out, claim(c).id.value);
}

void Analyzer::appendLinkRef(QString& out, const Link& link, int inside, int self, const QString* who) const
{
    const qsizetype before = out.size();
    out.append(QLatin1String(" ("));
    const qsizetype open = out.size();
    if (link.id.isValid()) {
        out.append(QLatin1String("link #"));
        appendNumber(out, link.id.value);
    }
    if (inside != self) {
        out.append(out.size() == open ? QLatin1String("to ") : QLatin1String(" to "));
        appendClaim(out, inside);
    }
    if (who && !who->isEmpty()) {
        if (out.size() != open) {
            out.append(QLatin1String(", "));
        }
        out.append(*who);
    }
    if (out.size() == open) {
        out.truncate(before);
    } else {
        out.append(u')');
    }
}

void Analyzer::appendFollowedLinks(QString& out, int c, const StatementData& st) const
{
    bool first = true;
    auto part = [&out, &first] {
        out.append(first ? QStringView(u" \u2014 ") : QStringView(u"; "));
        first = false;
    };
    auto more = [&out](const FirstLinks& kind, const char* what) {
        if (kind.count > FirstLinks::kShown) {
            out.append(QLatin1String(" and "));
            appendNumber(out, kind.count - FirstLinks::kShown);
            out.append(QLatin1String(" more "));
            out.append(QLatin1String(what));
        }
    };
    for (int i = 0; i < st.repeatLinks.shown(); ++i) {
        const Link& link = m_links[size_t(st.repeatLinks.first[size_t(i)])];
        part();
        if (link.from == c) {
            out.append(QLatin1String("repeats "));
            appendClaim(out, link.to);
        } else if (link.to == c) {
            out.append(QLatin1String("repeated by "));
            appendClaim(out, link.from);
        } else {
            appendClaim(out, link.from);
            out.append(QLatin1String(" repeats "));
            appendClaim(out, link.to);
        }
        appendLinkRef(out, link, c, c);
    }
    more(st.repeatLinks, "repeats links");
    for (int i = 0; i < st.corroboratingLinks.shown(); ++i) {
        const Link& link = m_links[size_t(st.corroboratingLinks.first[size_t(i)])];
        part();
        out.append(QLatin1String("corroborated by "));
        appendClaim(out, link.from);
        appendLinkRef(out, link, link.to, c, &m_origins.at(m_origin[size_t(link.from)]).name);
    }
    more(st.corroboratingLinks, "corroborating links");
    const int self = m_statement[size_t(c)];
    for (int i = 0; i < st.contradictingLinks.shown(); ++i) {
        const Link& link = m_links[size_t(st.contradictingLinks.first[size_t(i)])];
        const bool fromInside = m_statement[size_t(link.from)] == self;
        const int other = fromInside ? link.to : link.from;
        part();
        out.append(QLatin1String("contradicted by "));
        appendClaim(out, other);
        appendLinkRef(out, link, fromInside ? link.from : link.to, c, &m_origins.at(m_origin[size_t(other)]).name);
    }
    more(st.contradictingLinks, "contradicting links");
    for (int i = 0; i < st.backingLinks.shown(); ++i) {
        const Link& link = m_links[size_t(st.backingLinks.first[size_t(i)])];
        part();
        out.append(QLatin1String("backs "));
        appendClaim(out, link.to);
        appendLinkRef(out, link, link.from, c);
        out.append(QLatin1String(", which adds no source to this one"));
    }
    more(st.backingLinks, "corroborated claims");
}

void Analyzer::fillClaims(AnalysisResult& result) const
{
    const int claimCount = int(m_claimInput.size());
    result.claims.reserve(claimCount);
    result.index.reserve(claimCount);
    // A reason with links is written here, then copied at its size: grown in a string of its own, each left a
    // freed block behind, between the reasons kept (35 MB at 50,000 claims that the allocator could not give back).
    QString reason;
    for (int c = 0; c < claimCount; ++c) {
        const StatementData& st = m_statements[size_t(m_statement[size_t(c)])];
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
        if (st.linksBegin == st.linksEnd) {
            a.reason = st.credibility.reason; // shared, not copied
        } else {
            reason.resize(0); // keeps its capacity
            reason.append(st.credibility.reason);
            appendFollowedLinks(reason, c, st);
            a.reason = QString(reason.constData(), reason.size());
        }
        result.index.insert(a.claim, result.claims.size());
        result.claims.append(std::move(a));
    }
}

} // namespace corrob::analysis::detail
