// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/FilterLifting.h"

#include <algorithm>
#include <iterator>

namespace corrob::search {
namespace {

constexpr int kAnyOfFields = 6; // outlet, source, tag, kind, report, in

// The one field a filter sets, for "any of" (outlet:Reuters OR outlet:AP is one filter of two outlets); -1 when it
// sets several, a date range (two ranges are no one range) or exclusions.
int anyOfField(const QueryFilters& f)
{
    if (!f.publishedFrom.isEmpty() || !f.publishedTo.isEmpty() || !f.excluded.empty()) {
        return -1;
    }
    const bool set[kAnyOfFields] = {!f.outlets.isEmpty(), !f.sources.isEmpty(), !f.tags.isEmpty(),
                                    !f.kinds.isEmpty(),   !f.reports.isEmpty(), !f.in.empty()};
    int field = -1;
    for (int i = 0; i < int(std::size(set)); ++i) {
        if (set[i]) {
            if (field >= 0) {
                return -1;
            }
            field = i;
        }
    }
    return field;
}

// The fields a set of filters ANDed holds already, to tell whether one more filter can join it: not a second date range
// (both must hold), nor values ORed beside the same field ANDed (outlet:A (outlet:A OR outlet:B) is A's reports).
class TakenFields
{
public:
    [[nodiscard]] bool admits(const QueryNode& filter) const
    {
        const int field = anyOfField(filter.filter);
        return !(isDated(filter) && m_dated) && (field < 0 || !(m_ored[field] || (filter.ored && m_plain[field])));
    }
    void take(const QueryNode& filter)
    {
        m_dated = m_dated || isDated(filter);
        if (const int field = anyOfField(filter.filter); field >= 0) {
            (filter.ored ? m_ored : m_plain)[field] = true;
        }
    }

private:
    static bool isDated(const QueryNode& filter)
    {
        return !filter.filter.publishedFrom.isEmpty() || !filter.filter.publishedTo.isEmpty();
    }
    bool m_ored[kAnyOfFields] = {};
    bool m_plain[kAnyOfFields] = {};
    bool m_dated = false;
};

// Filters of one field ORed become one filter of any of their values, at every level of the tree; so do those ANDed
// side by side (outlet:A outlet:B is either outlet, as in the whole query: a report has one, so both would be
// nothing), so that a group means what it would mean alone. A filter of values ORed and one of the same field ANDed
// with it stay apart: outlet:A (outlet:A OR outlet:B) is A's reports.
void mergeAlternatives(QueryNode& node)
{
    for (QueryNode& c : node.children) {
        mergeAlternatives(c);
    }
    if (node.type != QueryNode::Type::Or && node.type != QueryNode::Type::And) {
        return;
    }
    const bool ored = node.type == QueryNode::Type::Or;
    std::vector<QueryNode> kept;
    for (QueryNode& c : node.children) {
        const int field = c.type == QueryNode::Type::Filter && (ored || !c.ored) ? anyOfField(c.filter) : -1;
        const auto same = std::find_if(kept.begin(), kept.end(), [field, ored](const QueryNode& k) {
            return field >= 0 && k.type == QueryNode::Type::Filter && (ored || !k.ored) &&
                   anyOfField(k.filter) == field;
        });
        if (same != kept.end()) {
            same->filter.add(c.filter);
            same->ored = ored;
        } else {
            kept.push_back(std::move(c));
        }
    }
    if (kept.size() == 1) {
        QueryNode only = std::move(kept.front());
        node = std::move(only);
    } else {
        node.children = std::move(kept);
    }
}

// What NOT x leaves out when x is filters alone: one exclusion per alternative (NOT (outlet:A OR outlet:B)), or one
// of all of them (NOT (outlet:A in:claims)). Nothing when x has words.
std::optional<std::vector<QueryFilters>> exclusionsOf(const QueryNode& x)
{
    std::vector<QueryFilters> out;
    if (x.type == QueryNode::Type::Filter) {
        out.push_back(x.filter);
        return out;
    }
    const bool allFilters = !x.children.empty() && std::all_of(x.children.begin(), x.children.end(), [](const auto& c) {
        return c.type == QueryNode::Type::Filter;
    });
    if (!allFilters || (x.type != QueryNode::Type::Or && x.type != QueryNode::Type::And)) {
        return std::nullopt;
    }
    if (x.type == QueryNode::Type::Or) {
        for (const QueryNode& c : x.children) {
            out.push_back(c.filter);
        }
    } else {
        // What all of them select, when one set of filters can say it (otherwise a condition in the tree).
        QueryFilters all;
        TakenFields taken;
        for (const QueryNode& c : x.children) {
            if (!taken.admits(c)) {
                return std::nullopt;
            }
            taken.take(c);
            all.add(c.filter);
        }
        out.push_back(std::move(all));
    }
    return out;
}

} // namespace

void liftFilters(Query& q)
{
    if (!q.root) {
        return;
    }
    mergeAlternatives(*q.root);
    // A filter that cannot join those taken already stays in the tree (TakenFields).
    TakenFields taken;
    const auto take = [&](const QueryNode& n) {
        if (n.type == QueryNode::Type::Filter) {
            if (!taken.admits(n)) {
                return false;
            }
            taken.take(n);
            q.filters.add(n.filter);
            return true;
        }
        if (n.type == QueryNode::Type::Not && !n.children.empty()) {
            if (auto excluded = exclusionsOf(n.children.front())) {
                for (QueryFilters& e : *excluded) {
                    q.filters.excluded.push_back(std::move(e));
                }
                return true;
            }
        }
        return false;
    };
    QueryNode& root = *q.root;
    if (root.type == QueryNode::Type::And) {
        std::vector<QueryNode> kept;
        for (QueryNode& c : root.children) {
            if (!take(c)) {
                kept.push_back(std::move(c));
            }
        }
        const bool onlyNots =
            std::all_of(kept.begin(), kept.end(), [](const QueryNode& c) { return c.type == QueryNode::Type::Not; });
        if (kept.empty()) {
            q.root.reset();
        } else if (kept.size() == 1) {
            QueryNode only = std::move(kept.front());
            root = std::move(only);
        } else if (onlyNots) { // a NOT b NOT c: NOT (b OR c), as the parser makes it
            QueryNode any;
            any.type = QueryNode::Type::Or;
            for (QueryNode& c : kept) {
                any.children.push_back(std::move(c.children.front()));
            }
            root = QueryNode{};
            root.type = QueryNode::Type::Not;
            root.children.push_back(std::move(any));
        } else {
            root.children = std::move(kept);
        }
    } else if (take(root)) {
        q.root.reset();
    }
    if (!q.root || q.root->type != QueryNode::Type::Not) {
        return;
    }
    const auto hasWords = [](const QueryNode& n, const auto& self) -> bool {
        return n.type == QueryNode::Type::Term || n.type == QueryNode::Type::Phrase ||
               n.type == QueryNode::Type::Near ||
               std::any_of(n.children.begin(), n.children.end(), [&](const QueryNode& c) { return self(c, self); });
    };
    if (!q.filters.selects() && hasWords(*q.root, hasWords)) {
        q.onlyExclusions = true; // what they leave out had nothing to be taken from
        q.root.reset();
    }
    // Otherwise the root stays a NOT: what the filters select, without it (-Putin outlet:TASS), or, of filters alone
    // that one set of filters cannot say (NOT (published:2021 published:2022)), what they leave.
}

bool QueryFilters::empty() const
{
    return !selects() && excluded.empty();
}

bool QueryFilters::selects() const
{
    return !outlets.isEmpty() || !sources.isEmpty() || !tags.isEmpty() || !kinds.isEmpty() || !reports.isEmpty() ||
           !in.empty() || !publishedFrom.isEmpty() || !publishedTo.isEmpty();
}

void QueryFilters::add(const QueryFilters& other)
{
    outlets << other.outlets;
    sources << other.sources;
    tags << other.tags;
    kinds << other.kinds;
    reports << other.reports;
    in.insert(in.end(), other.in.begin(), other.in.end());
    if (!other.publishedFrom.isEmpty() || !other.publishedTo.isEmpty()) {
        publishedFrom = other.publishedFrom;
        publishedTo = other.publishedTo;
    }
    excluded.insert(excluded.end(), other.excluded.begin(), other.excluded.end());
}

QString QueryFilters::toString() const
{
    QStringList parts;
    const auto field = [&parts](const char* name, const QStringList& values) {
        if (!values.isEmpty()) {
            parts << QLatin1String(name) + u':' + values.join(u'|');
        }
    };
    field("outlet", outlets);
    field("source", sources);
    field("tag", tags);
    field("kind", kinds);
    field("report", reports);
    QStringList docKinds;
    for (DocKind k : in) {
        docKinds << docKindName(k);
    }
    field("in", docKinds);
    if (!publishedFrom.isEmpty() || !publishedTo.isEmpty()) {
        parts << QStringLiteral("published:%1..%2").arg(publishedFrom, publishedTo);
    }
    for (const QueryFilters& e : excluded) {
        parts << QStringLiteral("NOT(%1)").arg(e.toString());
    }
    return parts.join(u' ');
}

bool containsFilter(const QueryNode& node)
{
    return node.type == QueryNode::Type::Filter || std::any_of(node.children.begin(), node.children.end(),
                                                               [](const QueryNode& c) { return containsFilter(c); });
}

} // namespace corrob::search
