// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the speaker phrase next to a cue: a name ("Agnès Callamard", "Office of the U.N. High Commissioner for
// Human Rights", "Al Jazeera"), a pronoun ("she", "they") or a description ("Ukraine's prosecutor general", "one
// Western official"). Internal to core/text; works on the tokens of one sentence.

#include "core/text/AttributionTokens.h"

#include <optional>
#include <vector>

namespace corrob::text {

// What kind of actor a speaker phrase names, as far as its words tell.
enum class SpeakerKind
{
    Unknown,
    Person,
    Organisation,
};

namespace attribution {

struct SpeakerPhrase
{
    enum class Form
    {
        Name,        // capitalised words: resolved as is
        Pronoun,     // he, she, they, it: resolved to an earlier named speaker
        Anaphor,     // "the group" (an earlier organisation), "the governor" (an earlier person with that title)
        Description, // "Ukraine's prosecutor general": kept as written
    };
    Form form = Form::Name;
    qsizetype first = 0; // token indices, inclusive
    qsizetype last = 0;
    SpeakerKind kind = SpeakerKind::Unknown;
    QString title;              // an anaphor by title: the title in canonical form ("governor")
    qsizetype extentFirst = -1; // the first token read, titles included ("Mr." in "Mr. Obama"); -1: first
};

// The speaker phrase that ends at token `last` (reading backwards), if any. `floor` is the first token that may
// belong to it.
std::optional<SpeakerPhrase> speakerEndingAt(const std::vector<Token>& tokens, qsizetype last, qsizetype floor);
// The speaker phrase that starts at token `first` (reading forwards), up to token `ceiling` (exclusive).
std::optional<SpeakerPhrase> speakerStartingAt(const std::vector<Token>& tokens, qsizetype first, qsizetype ceiling);

// A name with a leading title and nationality dropped: "Russian President Vladimir Putin" -> "Vladimir Putin".
// Returns the first token of the name proper.
qsizetype nameStartAfterTitles(const std::vector<Token>& tokens, qsizetype first, qsizetype last);

SpeakerKind kindOfName(const std::vector<Token>& tokens, qsizetype first, qsizetype last);

} // namespace attribution
} // namespace corrob::text
