// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Choices.h"

#include <algorithm>

namespace corrob::search {

std::vector<QStringList> everyChoice(std::vector<QStringList> lists, qsizetype max)
{
    const bool anyEmpty = std::any_of(lists.begin(), lists.end(), [](const QStringList& l) { return l.isEmpty(); });
    if (lists.empty() || anyEmpty || max < 1) {
        return {};
    }
    const auto count = [&lists, max] { // capped as it multiplies: forty lists of two overflow
        qsizetype n = 1;
        for (const QStringList& l : lists) {
            n = std::min<qsizetype>(n * l.size(), max + 1);
        }
        return n;
    };
    while (count() > max) {
        auto most = std::max_element(lists.begin(), lists.end(),
                                     [](const QStringList& a, const QStringList& b) { return a.size() < b.size(); });
        most->removeLast();
    }
    std::vector<QStringList> out;
    std::vector<qsizetype> at(lists.size(), 0);
    while (true) {
        QStringList chosen;
        for (std::size_t i = 0; i < lists.size(); ++i) {
            chosen << lists[i].at(at[i]);
        }
        out.push_back(std::move(chosen));
        std::size_t i = lists.size();
        while (i > 0 && ++at[i - 1] == lists[i - 1].size()) {
            at[--i] = 0;
        }
        if (i == 0) {
            return out;
        }
    }
}

} // namespace corrob::search
