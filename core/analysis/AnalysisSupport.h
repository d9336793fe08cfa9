// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to corrob_analysis (included only by its .cpp files): the linear-time building blocks of
// analyzeCorroboration, and the figure comparison behind its figure conflicts.
#pragma once

#include "core/text/FigureParser.h"

#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace corrob::analysis {

// For every node, where the chain next[node], next[next[node]], ... ends (next < 0). A chain that runs into
// a cycle ends at the cycle's member with the smallest key, wherever the walk started. Each node is walked
// once: O(n).
std::vector<int> resolveChains(const std::vector<int>& next, const std::vector<qint64>& key);

// Disjoint sets over 0..n-1: union by size, path halving; near-constant time per operation.
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
Buckets bucketSort(int bucketCount, const std::vector<std::pair<int, int>>& pairs);

// Two figures, one from each claim, about a unit on which the claims cannot agree: every pair of their
// figures with that unit disagrees. "3 civilians killed and 10 civilians injured" does not conflict with
// "3 civilians killed", because one pair agrees. Figures without a unit are compared only when each claim
// states just one figure: otherwise there is no telling which number is about what.
std::optional<std::pair<text::Figure, text::Figure>> disagreeingFigures(const QList<text::Figure>& fa,
                                                                        const QList<text::Figure>& fb);

} // namespace corrob::analysis
