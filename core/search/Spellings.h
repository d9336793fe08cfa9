// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/search/Query.h"
#include "core/text/NameVariants.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace corrob::search {

class ScriptVocabulary;

// Where the other spellings of a query's words come from.
struct SpellingSources
{
    const text::NameVariants* variants = nullptr;       // the name-variants table (bundled + the user's)
    std::function<QStringList(const QString&)> aliases; // a case's source: every name of the source so named
    bool transliterate = true;                          // ICU: Putin <-> Путин, Αθήνα -> Athina
    // The case index's words in other scripts and with letters the index does not fold (may be nullptr): a word of
    // the query also finds those it names (Papadopoulos: παπαδόπουλος; Lavrov: لافروف; Lodz: łodz).
    const ScriptVocabulary* vocabulary = nullptr;
    // Which of the given words the case's index holds (may be empty): a word typed in ASCII also finds the index's
    // words with letters it does not fold in the middle (Wroclaw: wrocław, Bjornstad: bjørnstad).
    std::function<QStringList(const QStringList&)> indexTerms;
    // The index's words beginning with a prefix (folded as the index folds), or nothing when there are more than
    // kMaxCompletions: QueryNode::completions.
    std::function<std::optional<QStringList>(const QString&)> completions;
};

// At most this many words stand for a prefix (QueryNode::completions), and in a NEAR group this many; a shorter
// prefix stays a prefix.
constexpr qsizetype kMaxCompletions = 48;
constexpr qsizetype kMaxNearCompletions = 8;

// Fills QueryNode::spellings of every term and phrase (prefixes and the words of NEAR groups included: a prefix's
// spellings are prefixes too) with the other spellings the sources give; a spelling that folds to the node's own
// text is left out.
void expandSpellings(QueryNode& node, const SpellingSources& sources);

// The other scripts' forms of a word: a Latin word in Cyrillic, any other script (Cyrillic, Greek, Arabic...) in
// Latin (ICU transliterators, ASCII-folded), each both as ICU's scholarly tables and as English-language news
// romanises it (Shevchenko / Шевченко, Mitsotakis / Μητσοτάκης). Empty when nothing differs. (Latin to Greek as well
// doubled the time of a query for names that English news rarely spells in Greek.)
QStringList transliterations(const QString& word);

// The bundled name-variants table extended by the user's own table at path (same format), when that file exists.
// An unreadable or malformed user table is an error naming the file and line; the caller may fall back to bundled().
Result<text::NameVariants> nameVariantsWithUserTable(const QString& path);

// Where the user's own table is looked for: name-variants.tsv in the application's data folder.
QString userNameVariantsPath();

} // namespace corrob::search
