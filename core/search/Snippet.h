// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchMatch.h"

#include <QString>

#include <vector>

namespace corrob::search {

struct Snippet
{
    QString text;               // a few words of the text, "…" where it was cut
    std::vector<TextSpan> hits; // the hits inside it, in its units
};

inline constexpr int kSnippetWords = 16;       // as many as the index's snippets hold (storage::kSnippetTokens)
inline constexpr int kSnippetCharacters = 160; // the most either side of the hit, however long its words

// The words of `text` around hits[focus], as the index's snippets read: at most kSnippetWords words (runs of letters
// and digits), the hit a third of the way in, cut with "…" and never reaching into a range of `hidden` (page
// furniture the reader does not see); every hit inside it marked, except those in `hidden`. `hits` and `hidden` are
// in UTF-16 units of `text`, each in order; an empty snippet when focus is not a hit of the text.
Snippet snippetAround(const QString& text, const std::vector<TextSpan>& hits, std::size_t focus,
                      const std::vector<TextSpan>& hidden = {});

// A snippet on one line, as a list or a terminal shows it: each line break (a run of them, blank lines included) as
// " ¶ ", so that two paragraphs do not read as one sentence; none before the first line or after the last; the rest
// of the white space folded. Positions inside the snippet do not survive it.
QString snippetOnOneLine(const QString& snippet);

} // namespace corrob::search
