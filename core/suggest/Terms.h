// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a passage as the suggestion index compares them. Internal to core/suggest.
#pragma once

#include <QString>

#include <vector>

namespace corrob::suggest {

// One word of a text: [start, end) in UTF-16 code units of that text, its fold (lower case, no diacritics) and its
// stem (a crude English suffix strip: "killings", "killed" -> "kill"); stem is empty for a stop word.
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString fold;
    QString stem;
};

// The words (runs of letters and digits) of text[from, to). Linear; pure.
std::vector<Word> wordsOf(const QString& text, qsizetype from = 0, qsizetype to = -1);

// A denial or rejection cue among the words ("denies", "rejected", "staged", "baseless"), as written; empty when
// there is none.
QString denialCue(const QString& text, const std::vector<Word>& words);

} // namespace corrob::suggest
