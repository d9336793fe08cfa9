// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CodePoints.h"

#include <QChar>

#include <algorithm>

namespace corrob::exchange {

CodePointIndex::CodePointIndex(QStringView text) : m_length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (QChar::isHighSurrogate(text[i].unicode()) && QChar::isLowSurrogate(text[i + 1].unicode())) {
            m_pairs.push_back(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16) const
{
    // Every pair that starts before the offset counts one code point for its two units; an offset in the middle
    // of a pair (never produced by anchors) lands after it.
    const auto pairsBefore = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16) - m_pairs.begin();
    return utf16 - pairsBefore;
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoints) const
{
    if (codePoints < 0 || codePoints > codePointLength()) {
        return -1;
    }
    // The pair at index k starts at code point m_pairs[k] - k; count the pairs that start before codePoints.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_pairs.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs[size_t(mid)] - mid < codePoints) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return codePoints + lo;
}

} // namespace corrob::exchange
