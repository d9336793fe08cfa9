// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/WorkbenchCache.h"

#include "core/case/CaseReader.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace corrob::casefile {
namespace {

// The cache's order of claims, as CaseReader::claims() reads them: by report, anchor start, anchor end, id.
bool claimBefore(const model::Claim& a, const model::Claim& b)
{
    return std::tie(a.report.value, a.anchor.start, a.anchor.end, a.id.value) <
           std::tie(b.report.value, b.anchor.start, b.anchor.end, b.id.value);
}

// When wanted, reads into `into`; returns the read's failure.
template <typename T, typename Read> Status readIf(bool wanted, std::optional<T>& into, Read read)
{
    if (!wanted) {
        return {};
    }
    auto value = read();
    CORROB_TRY(value);
    into = std::move(value).value();
    return {};
}

} // namespace

Status WorkbenchCache::reload(Case& target, const std::vector<model::ReportSummary>& reports,
                              const std::function<void()>& listsRead)
{
    clear();
    CaseReader reader(target);
    auto claims = reader.claims();
    auto links = reader.links();
    auto sources = reader.sources();
    auto tags = reader.tags();
    auto outlets = reader.reportOutlets();
    for (const Error* error :
         {claims ? nullptr : &claims.error(), links ? nullptr : &links.error(), sources ? nullptr : &sources.error(),
          tags ? nullptr : &tags.error(), outlets ? nullptr : &outlets.error()}) {
        if (error) {
            return *error;
        }
    }
    m_claims = std::move(claims).value();
    m_links = std::move(links).value();
    m_sources = std::move(sources).value();
    m_tags = std::move(tags).value();
    m_reportFacts = reportFacts(reports, outlets.value());
    if (listsRead) {
        listsRead();
    }
    m_claimIndex.reserve(qsizetype(m_claims.size()));
    indexClaimsFrom(0);
    m_claimCounts.reserve(qsizetype(reports.size()));
    for (const model::Claim& c : m_claims) {
        ++m_claimCounts[c.report];
    }
    indexLinks();
    indexSources();
    indexTags();
    return {};
}

Result<WorkbenchCache::Updated> WorkbenchCache::update(Case& target, const QList<ClaimId>& claims, Rereads rereads)
{
    CaseReader reader(target);
    // Read everything first, so a read failure leaves the cache as it was.
    std::vector<std::optional<model::Claim>> fresh;
    std::vector<model::Link> freshLinks;
    Updated updated;
    QList<ClaimId>& touched = updated.claims;
    for (ClaimId id : claims) {
        if (!id.isValid() || touched.contains(id)) {
            continue;
        }
        touched.append(id);
        auto read = reader.claim(id);
        if (!read && read.error().code != ErrorCode::NotFound) {
            return read.error();
        }
        fresh.push_back(read ? std::optional<model::Claim>(std::move(read).value()) : std::nullopt);
        auto links = reader.linksOf(id);
        CORROB_TRY(links);
        freshLinks.insert(freshLinks.end(), links->begin(), links->end());
    }
    std::optional<std::vector<model::Source>> sources;
    if (auto read = readIf(rereads.testFlag(Reread::Sources), sources, [&reader] { return reader.sources(); }); !read) {
        return read.error();
    }
    std::optional<std::vector<model::Tag>> tags;
    if (auto read = readIf(rereads.testFlag(Reread::Tags), tags, [&reader] { return reader.tags(); }); !read) {
        return read.error();
    }

    // Claims: an entry that keeps its place in the order is replaced; otherwise the old one is taken out and the
    // fresh one put in its place in the order, and the positions after either are reindexed.
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const ClaimId id = touched[qsizetype(i)];
        if (const auto at = m_claimIndex.constFind(id); at != m_claimIndex.cend()) {
            const std::size_t position = *at;
            if (fresh[i] && !claimBefore(*fresh[i], m_claims[position]) &&
                !claimBefore(m_claims[position], *fresh[i])) {
                m_claims[position] = *fresh[i]; // same place in the order: edited in place
                continue;
            }
            --m_claimCounts[m_claims[position].report];
            m_claims.erase(m_claims.begin() + qsizetype(position));
            m_claimIndex.remove(id);
            indexClaimsFrom(position);
        }
        if (fresh[i]) {
            const auto at = std::lower_bound(m_claims.begin(), m_claims.end(), *fresh[i], claimBefore);
            const auto position = std::size_t(at - m_claims.begin());
            m_claims.insert(at, *fresh[i]);
            ++m_claimCounts[fresh[i]->report];
            indexClaimsFrom(position);
        }
    }

    // Links: every link from or to a touched claim is replaced by what was read (none for a deleted claim).
    // Positions after the first link taken out or put in shift, and only they are reindexed.
    std::size_t firstMoved = m_links.size();
    QList<ClaimId> relinked;
    auto unlist = [this, &relinked](ClaimId claim, LinkId link) {
        m_linksByClaim[claim].removeOne(link);
        relinked.append(claim);
    };
    for (ClaimId id : touched) {
        for (LinkId link : m_linksByClaim.value(id)) {
            if (const auto at = m_linkIndex.constFind(link); at != m_linkIndex.cend()) {
                const std::size_t position = *at;
                firstMoved = std::min(firstMoved, position);
                unlist(m_links[position].from, link);
                unlist(m_links[position].to, link);
                m_linkIndex.remove(link);
                m_links[position].id = LinkId(); // marked, dropped below
            }
        }
    }
    std::erase_if(m_links, [](const model::Link& l) { return !l.id.isValid(); });
    for (const model::Link& l : freshLinks) {
        if (m_linkIndex.contains(l.id)) {
            continue; // read twice: both its claims were touched
        }
        const auto at = std::lower_bound(m_links.begin(), m_links.end(), l,
                                         [](const model::Link& a, const model::Link& b) { return a.id < b.id; });
        firstMoved = std::min(firstMoved, std::size_t(at - m_links.begin()));
        m_linkIndex.insert(l.id, std::size_t(at - m_links.begin())); // corrected by the reindex below
        m_links.insert(at, l);
        m_linksByClaim[l.from].append(l.id);
        m_linksByClaim[l.to].append(l.id);
        relinked << l.from << l.to;
    }
    for (std::size_t i = firstMoved; i < m_links.size(); ++i) {
        m_linkIndex.insert(m_links[i].id, i);
    }
    for (ClaimId claim : relinked) {
        QList<LinkId>& ids = m_linksByClaim[claim];
        std::sort(ids.begin(), ids.end()); // linksOf() lists a claim's links by id
        if (ids.isEmpty()) {
            m_linksByClaim.remove(claim);
        }
    }
    // A claim edit may create a source or a tag; it usually does not, and then nothing about them changed.
    if (sources && *sources != m_sources) {
        m_sources = std::move(*sources);
        indexSources();
        updated.sourcesChanged = true;
    }
    if (tags && *tags != m_tags) {
        m_tags = std::move(*tags);
        indexTags();
        updated.tagsChanged = true;
    }
    return updated;
}

void WorkbenchCache::clear()
{
    m_claims.clear();
    m_claimIndex.clear();
    m_claimCounts.clear();
    m_links.clear();
    m_linkIndex.clear();
    m_linksByClaim.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_tags.clear();
    m_tagIndex.clear();
    m_reportFacts.clear();
}

void WorkbenchCache::indexClaimsFrom(std::size_t position)
{
    for (std::size_t i = position; i < m_claims.size(); ++i) {
        m_claimIndex.insert(m_claims[i].id, i);
    }
}

void WorkbenchCache::indexLinks()
{
    m_linkIndex.clear();
    m_linksByClaim.clear();
    m_linkIndex.reserve(qsizetype(m_links.size()));
    m_linksByClaim.reserve(qsizetype(m_claims.size()));
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        m_linkIndex.insert(m_links[i].id, i);
        m_linksByClaim[m_links[i].from].append(m_links[i].id);
        m_linksByClaim[m_links[i].to].append(m_links[i].id);
    }
}

void WorkbenchCache::indexSources()
{
    m_sourceIndex.clear();
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        m_sourceIndex.insert(m_sources[i].id, i);
    }
}

void WorkbenchCache::indexTags()
{
    m_tagIndex.clear();
    for (std::size_t i = 0; i < m_tags.size(); ++i) {
        m_tagIndex.insert(m_tags[i].id, i);
    }
}

const model::Claim* WorkbenchCache::claim(ClaimId id) const
{
    const auto it = m_claimIndex.constFind(id);
    return it == m_claimIndex.cend() ? nullptr : &m_claims[*it];
}

int WorkbenchCache::claimPosition(ClaimId id) const
{
    const auto it = m_claimIndex.constFind(id);
    return it == m_claimIndex.cend() ? -1 : int(*it);
}

std::vector<model::Claim> WorkbenchCache::claimsOf(ReportId report) const
{
    std::vector<model::Claim> result;
    // The cache is ordered by report then start, so a report's claims are one run.
    auto first = std::find_if(m_claims.cbegin(), m_claims.cend(),
                              [report](const model::Claim& c) { return c.report == report; });
    for (auto it = first; it != m_claims.cend() && it->report == report; ++it) {
        result.push_back(*it);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const model::Claim& a, const model::Claim& b) { return a.anchor.start < b.anchor.start; });
    return result;
}

const model::Link* WorkbenchCache::link(LinkId id) const
{
    const auto it = m_linkIndex.constFind(id);
    return it == m_linkIndex.cend() ? nullptr : &m_links[*it];
}

std::vector<model::Link> WorkbenchCache::linksOf(ClaimId claim) const
{
    std::vector<model::Link> result;
    for (LinkId id : m_linksByClaim.value(claim)) {
        result.push_back(m_links[m_linkIndex.value(id)]);
    }
    return result;
}

const model::Source* WorkbenchCache::source(SourceId id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.cend() ? nullptr : &m_sources[*it];
}

const model::Tag* WorkbenchCache::tag(TagId id) const
{
    const auto it = m_tagIndex.constFind(id);
    return it == m_tagIndex.cend() ? nullptr : &m_tags[*it];
}

QString WorkbenchCache::tagPath(TagId id) const
{
    return CaseReader::tagPath(m_tags, id);
}

analysis::AnalysisInput WorkbenchCache::analysisInput() const
{
    return casefile::analysisInput(m_claims, m_sources, m_links, m_reportFacts);
}

} // namespace corrob::casefile
