// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/TextOffsetMap.h"

#include <algorithm>

namespace corrob::ui {

TextOffsetMap::TextOffsetMap(qsizetype fullLength, const QList<model::TextRange>& excluded)
    : m_fullLength(std::max<qsizetype>(fullLength, 0))
{
    QList<model::TextRange> clamped;
    for (const model::TextRange& range : excluded) {
        const qsizetype start = std::clamp<qsizetype>(range.start, 0, m_fullLength);
        const qsizetype end = std::clamp<qsizetype>(range.end, 0, m_fullLength);
        if (start < end) {
            clamped.append({start, end, {}});
        }
    }
    std::sort(clamped.begin(), clamped.end(),
              [](const model::TextRange& a, const model::TextRange& b) { return a.start < b.start; });
    for (const model::TextRange& range : clamped) {
        if (!m_ranges.isEmpty() && range.start <= m_ranges.last().end) {
            m_ranges.last().end = std::max(m_ranges.last().end, range.end);
        } else {
            m_ranges.append(range);
        }
    }
    for (const model::TextRange& range : m_ranges) {
        m_removedBefore.append(m_removed);
        m_displayStart.append(range.start - m_removed);
        m_removed += range.length();
    }
}

qsizetype TextOffsetMap::toDisplay(qsizetype full) const
{
    full = std::clamp<qsizetype>(full, 0, m_fullLength);
    // The last range starting at or before full.
    const auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), full,
                                     [](qsizetype value, const model::TextRange& r) { return value < r.start; });
    if (it == m_ranges.cbegin()) {
        return full;
    }
    const auto i = std::distance(m_ranges.cbegin(), it) - 1;
    const model::TextRange& range = m_ranges[i];
    if (full < range.end) {
        return m_displayStart[i];
    }
    return full - m_removedBefore[i] - range.length();
}

qsizetype TextOffsetMap::toFull(qsizetype display, Bias bias) const
{
    display = std::clamp<qsizetype>(display, 0, displayLength());
    // Ranges cut before the offset (and at it, when the offset belongs after the cut) are added back.
    const auto end = bias == Bias::After ? std::upper_bound(m_displayStart.cbegin(), m_displayStart.cend(), display)
                                         : std::lower_bound(m_displayStart.cbegin(), m_displayStart.cend(), display);
    const auto count = std::distance(m_displayStart.cbegin(), end);
    if (count == 0) {
        return display;
    }
    return display + m_removedBefore[count - 1] + m_ranges[count - 1].length();
}

bool TextOffsetMap::isHidden(qsizetype full) const
{
    const auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), full,
                                     [](qsizetype value, const model::TextRange& r) { return value < r.start; });
    return it != m_ranges.cbegin() && full < std::prev(it)->end;
}

} // namespace corrob::ui
