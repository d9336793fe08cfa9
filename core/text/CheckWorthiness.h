// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/AttributionExtractor.h"
#include "core/text/SentenceSplitter.h"

#include <QFlags>
#include <QString>

#include <vector>

namespace corrob::text {

// Why a sentence is worth checking (the claim finder's reasons, in the order they are listed).
enum class CheckReason
{
    Figure = 0x1,             // states a count or amount: "up to 40 people", "more than 5.7 million refugees"
    LegalQualification = 0x2, // names a crime or breach: "war crimes", "genocide", "unlawful", "indiscriminate"
    Allegation = 0x4,         // accuses or reports evidence: "accused", "alleged", "documented", "evidence of"
    Denial = 0x8,             // denies or disputes: "denying", "rejected", "falsely claims", "staged"
    Attributed = 0x10,        // someone is reported as saying it: «…," Callamard said», "according to the U.N."
};
Q_DECLARE_FLAGS(CheckReasons, CheckReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(CheckReasons)

// The words that gave a sentence one of its reasons: [start, end) in UTF-16 code units of the whole text.
struct CheckCue
{
    CheckReason reason = CheckReason::Figure;
    qsizetype start = 0;
    qsizetype end = 0;
};

// A sentence worth checking, with every reason and the words behind each (cues in text order; an attribution's cue
// is its speaker and verb, "Callamard said").
struct CheckWorthySentence
{
    qsizetype start = 0; // the sentence, [start, end) in UTF-16 code units of the whole text
    qsizetype end = 0;
    CheckReasons reasons;
    std::vector<CheckCue> cues;
};

// The check-worthy sentences of a working text, in text order: those that state a figure, an allegation, a denial
// or a legal qualification, or that are attributed to a speaker (AttributionExtractor). A sentence of fewer than
// four words (a heading, a caption line) is left out unless it states a figure. English cues; pure, reentrant and
// linear in the length of the text.
std::vector<CheckWorthySentence> findCheckWorthySentences(const QString& text);
// The same over sentences and attributions already found in text (splitSentences, extractAttributions).
std::vector<CheckWorthySentence> findCheckWorthySentences(const QString& text, const std::vector<Sentence>& sentences,
                                                          const std::vector<Attribution>& attributions);

} // namespace corrob::text
