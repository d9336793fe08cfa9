// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace corrob::text {

// One sentence of a text: [start, end) in UTF-16 code units, without surrounding whitespace, and the index of
// its paragraph (a paragraph is a run of non-blank lines ended by a line break; every line break ends one,
// because imported working text keeps one paragraph a line).
struct Sentence
{
    qsizetype start = 0;
    qsizetype end = 0;
    int paragraph = 0;

    bool operator==(const Sentence&) const = default;
};

// Splits a working text into sentences. A sentence ends at '.', '!', '?', '…' or "..." (with any closing quotes
// or brackets after it) when whitespace and then an upper-case letter, a digit, an opening quote or the end of
// the text follow, and at every line break. A full stop does not end a sentence after a known abbreviation
// ("Mr.", "Dr.", "Gen.", "Jan."), a single-letter initial ("Karim A. Khan"), a dotted acronym ("U.S.",
// "U.N.") unless a line break follows, or inside a number ("1.5"). English rules; other languages split at the
// same punctuation with fewer exceptions.
std::vector<Sentence> splitSentences(const QString& text);

} // namespace corrob::text
