// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/WorkbenchCache.h"

#include "core/case/CaseReader.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

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
    for (const model::Claim& c : m_claims) {
        m_claimIndex.insert(c.id, keyOf(c));
    }
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
        if (const int found = claimPosition(id); found >= 0) {
            const auto position = std::size_t(found);
            if (fresh[i] && !claimBefore(*fresh[i], m_claims[position]) &&
                !claimBefore(m_claims[position], *fresh[i])) {
                m_claims[position] = *fresh[i]; // same place in the order (the same key): edited in place
                editInput({analysis::InputEdit::Kind::SetClaim, qsizetype(position), claimInput(*fresh[i])});
                continue;
            }
            --m_claimCounts[m_claims[position].report];
            m_claims.erase(m_claims.begin() + qsizetype(position));
            editInput({analysis::InputEdit::Kind::RemoveClaim, qsizetype(position)});
            m_claimIndex.remove(id);
        }
        if (fresh[i]) {
            const auto at = std::lower_bound(m_claims.begin(), m_claims.end(), *fresh[i], claimBefore);
            const auto position = std::size_t(at - m_claims.begin());
            m_claims.insert(at, *fresh[i]);
            editInput({analysis::InputEdit::Kind::InsertClaim, qsizetype(position), claimInput(*fresh[i])});
            ++m_claimCounts[fresh[i]->report];
            m_claimIndex.insert(id, keyOf(*fresh[i]));
        }
    }

    // Links: every link from or to a touched claim is replaced by what was read (none for a deleted claim). They
    // are found by id (the list is in id order), so nothing is reindexed. A link read back with the same ends is
    // replaced in place (most edits: a claim's statement changed, its links did not); only a link gone or new moves
    // the entries after it.
    QHash<LinkId, const model::Link*> read;
    for (const model::Link& l : freshLinks) {
        read.insert(l.id, &l);
    }
    std::vector<std::size_t> removed;
    QList<ClaimId> relinked;
    auto unlist = [this, &relinked](ClaimId claim, LinkId link) {
        m_linksByClaim[claim].removeOne(link);
        relinked.append(claim);
    };
    for (ClaimId id : touched) {
        for (LinkId link : m_linksByClaim.value(id)) {
            const int found = linkPosition(link);
            if (found < 0) {
                continue;
            }
            const auto position = std::size_t(found);
            const model::Link* again = read.value(link);
            if (again && again->from == m_links[position].from && again->to == m_links[position].to) {
                m_links[position] = *again;
                editInput({analysis::InputEdit::Kind::SetLink, qsizetype(position), {}, linkInput(*again)});
                continue;
            }
            unlist(m_links[position].from, link);
            unlist(m_links[position].to, link);
            removed.push_back(position);
        }
    }
    // Taken out from the back, so the positions before stay right.
    std::sort(removed.begin(), removed.end(), std::greater<>());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    for (const std::size_t position : removed) {
        m_links.erase(m_links.begin() + qsizetype(position));
        editInput({analysis::InputEdit::Kind::RemoveLink, qsizetype(position)});
    }
    for (const model::Link& l : freshLinks) {
        const auto at = std::lower_bound(m_links.begin(), m_links.end(), l.id,
                                         [](const model::Link& a, LinkId b) { return a.id < b; });
        if (at != m_links.end() && at->id == l.id) {
            continue; // kept in place above, or read twice (both its claims were touched)
        }
        editInput({analysis::InputEdit::Kind::InsertLink, qsizetype(at - m_links.begin()), {}, linkInput(l)});
        m_links.insert(at, l);
        m_linksByClaim[l.from].append(l.id);
        m_linksByClaim[l.to].append(l.id);
        relinked << l.from << l.to;
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
        editInput(
            {analysis::InputEdit::Kind::SetSources, 0, {}, {}, casefile::analysisInput({}, m_sources, {}, {}).sources});
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
    // Swapped with empty ones, not cleared: clear() (and `= {}`, which assigns an empty initializer list) keeps a
    // vector's storage, 17 MB of claims and 16 MB of links in a large case, which a closed case must not hold.
    std::vector<model::Claim>().swap(m_claims);
    m_claimIndex.clear();
    m_claimCounts.clear();
    std::vector<model::Link>().swap(m_links);
    m_linksByClaim.clear();
    std::vector<model::Source>().swap(m_sources);
    m_sourceIndex.clear();
    std::vector<model::Tag>().swap(m_tags);
    m_tagIndex.clear();
    m_reportFacts.clear();
    m_input.reset();
    m_inputEdits.clear();
}

void WorkbenchCache::editInput(analysis::InputEdit edit)
{
    // Applied here and kept, so that the owner can replay it on a copy of the input of its own (takeInputEdits):
    // the input is then changed in place, never copied because another copy shares its storage.
    if (m_input) { // else built as it is now when first asked for
        analysis::applyInputEdits(*m_input, {edit});
    }
    m_inputEdits.append(std::move(edit));
}

QList<analysis::InputEdit> WorkbenchCache::takeInputEdits()
{
    return std::exchange(m_inputEdits, {});
}

analysis::ClaimInput WorkbenchCache::claimInput(const model::Claim& claim) const
{
    return casefile::claimInput(claim, m_reportFacts);
}

WorkbenchCache::ClaimKey WorkbenchCache::keyOf(const model::Claim& claim)
{
    return {claim.report.value, claim.anchor.start, claim.anchor.end};
}

void WorkbenchCache::indexLinks()
{
    m_linksByClaim.clear();
    m_linksByClaim.reserve(qsizetype(m_claims.size()));
    // Each claim's list made at the average room it needs, not grown from nothing a link at a time (100,000 links as
    // a large case opens).
    const qsizetype room =
        m_claims.empty() ? 1 : std::max<qsizetype>(1, qsizetype(2 * m_links.size() / m_claims.size()));
    const auto add = [this, room](ClaimId claim, LinkId link) {
        QList<LinkId>& ids = m_linksByClaim[claim];
        if (ids.capacity() == 0) {
            ids.reserve(room);
        }
        ids.append(link);
    };
    for (const model::Link& link : m_links) {
        add(link.from, link.id);
        add(link.to, link.id);
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
    const int position = claimPosition(id);
    return position < 0 ? nullptr : &m_claims[std::size_t(position)];
}

int WorkbenchCache::claimPosition(ClaimId id) const
{
    const auto it = m_claimIndex.constFind(id);
    if (it == m_claimIndex.cend()) {
        return -1;
    }
    // The claims are in the order of (report, anchor start, anchor end, id): a binary search finds the one.
    const auto [report, start, end] = *it;
    const auto at =
        std::lower_bound(m_claims.cbegin(), m_claims.cend(), std::tie(report, start, end, id.value),
                         [](const model::Claim& c, const auto& key) {
                             return std::tie(c.report.value, c.anchor.start, c.anchor.end, c.id.value) < key;
                         });
    return at != m_claims.cend() && at->id == id ? int(at - m_claims.cbegin()) : -1;
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

int WorkbenchCache::linkPosition(LinkId id) const
{
    const auto at = std::lower_bound(m_links.cbegin(), m_links.cend(), id,
                                     [](const model::Link& l, LinkId wanted) { return l.id < wanted; });
    return at != m_links.cend() && at->id == id ? int(at - m_links.cbegin()) : -1;
}

const model::Link* WorkbenchCache::link(LinkId id) const
{
    const int position = linkPosition(id);
    return position < 0 ? nullptr : &m_links[std::size_t(position)];
}

std::vector<model::Link> WorkbenchCache::linksOf(ClaimId claim) const
{
    std::vector<model::Link> result;
    for (LinkId id : m_linksByClaim.value(claim)) {
        result.push_back(m_links[std::size_t(linkPosition(id))]);
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
    if (!m_input) {
        m_input = casefile::analysisInput(m_claims, m_sources, m_links, m_reportFacts);
    }
    return *m_input;
}

} // namespace corrob::casefile
