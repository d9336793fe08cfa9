// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::text {

// Makes the working text of a report from decoded text: CRLF and CR become LF, NUL and other control characters
// (except tab and newline) are removed, and the result is in Unicode NFC. Anchors are offsets into this text,
// so the function must stay deterministic: the same input always yields the same output.
QString normalizeWorkingText(const QString& decoded);

// Replaces the Latin presentation-form ligatures U+FB00-FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which PDF text extraction gives and
// text copied out of a PDF keeps, by the letters they stand for (their compatibility decomposition, NFKC: "ff", "fi",
// "fl", "ffi", "ffl", "st", "st"), so that "finance" finds what was typeset "ﬁnance". Nothing else is decomposed (no
// NFKC of the whole text: it would change superscripts, fractions, full-width forms). The importers apply it to the
// working text of new reports, after normalizeWorkingText; it is not part of normalizeWorkingText, because a quote
// normalised for an older case (whose text keeps its ligatures) must still match it. Returns the text itself
// (shared, not copied) when it holds no such ligature. Soft hyphens (U+00AD, HTML's &shy;: where a line may break,
// shown only there) go too: "Khar&shy;kiv" is the word Kharkiv, and split it in two for search. See
// docs/decisions/0025-search-folding.md.
QString foldTypesetting(const QString& text);

} // namespace corrob::text
