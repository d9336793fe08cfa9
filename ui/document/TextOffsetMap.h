// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/TextRange.h"

#include <QList>

namespace corrob::ui {

// Maps offsets between a report's full working text (where claim anchors live) and the text shown when its
// excluded ranges (page furniture) are hidden, i.e. model::textWithout(full, excluded). All offsets are UTF-16
// code units. Pure value type, no widgets; O(log ranges) per mapping.
class TextOffsetMap
{
public:
    // Where a displayed offset that sits exactly on a cut maps to: before the hidden range or after it.
    enum class Bias
    {
        Before, // for the end of a span
        After,  // for the start of a span
    };

    // The identity map over nothing.
    TextOffsetMap() = default;
    // Ranges may overlap, touch, come in any order or stick out of the text; they are clamped and merged.
    TextOffsetMap(qsizetype fullLength, const QList<model::TextRange>& excluded);

    [[nodiscard]] qsizetype fullLength() const { return m_fullLength; }
    [[nodiscard]] qsizetype displayLength() const { return m_fullLength - m_removed; }

    // The displayed offset of a full-text offset (0..fullLength). An offset inside a hidden range maps to the
    // place where the range was cut.
    [[nodiscard]] qsizetype toDisplay(qsizetype full) const;
    // The full-text offset of a displayed offset (0..displayLength).
    [[nodiscard]] qsizetype toFull(qsizetype display, Bias bias = Bias::After) const;
    // Whether the character at a full-text offset is hidden.
    [[nodiscard]] bool isHidden(qsizetype full) const;
    // The merged hidden ranges, in order, in full-text offsets.
    [[nodiscard]] const QList<model::TextRange>& hiddenRanges() const { return m_ranges; }

private:
    qsizetype m_fullLength = 0;
    qsizetype m_removed = 0;
    QList<model::TextRange> m_ranges; // merged, sorted, non-empty, inside the text
    QList<qsizetype> m_removedBefore; // characters hidden before range i
    QList<qsizetype> m_displayStart;  // where range i is cut, in displayed offsets
};

} // namespace corrob::ui
