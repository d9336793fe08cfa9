// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace corrob::exchange {

// Converts offsets of one text between UTF-16 code units (what QString counts, and what anchors store) and Unicode
// code points (what W3C Web Annotation and REFI-QDA count). They differ by one for every character outside the
// Basic Multilingual Plane (an emoji, a CJK extension character) before the offset. Built once per text in O(n);
// each conversion is O(log k), k the number of such characters. A lone surrogate counts as one code point, as
// it does in QString::toUcs4. See docs/decisions/0018-exchange-offsets-and-iris.md.
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);

    // The code point offset of a UTF-16 offset (0..length). An offset inside a surrogate pair counts the pair.
    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16) const;
    // The UTF-16 offset of a code point offset; -1 when it lies beyond the end of the text.
    [[nodiscard]] qsizetype toUtf16(qsizetype codePoints) const;
    [[nodiscard]] qsizetype codePointLength() const { return m_length - qsizetype(m_pairs.size()); }

private:
    qsizetype m_length = 0;
    std::vector<qsizetype> m_pairs; // UTF-16 offsets of the high surrogate of every pair, ascending
};

} // namespace corrob::exchange
