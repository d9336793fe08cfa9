// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence the relation guess weighs between a claim and a candidate passage. Internal to core/suggest.
#pragma once

#include "core/suggest/Suggestion.h"
#include "core/suggest/Terms.h"
#include "core/text/FigureParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::suggest {

// What the judgement reads of one passage (an indexed sentence or claim, or the text a query is made for).
struct PassageEvidence
{
    QString text;                // the passage as written
    QStringList entities;        // canonical names, each once
    QStringList places;          // of them, the places
    QList<text::Figure> figures; // offsets into text
    QString speaker;             // empty when no attribution names one
    QString cue;                 // a denial cue, as written; empty when there is none
    bool quoted = false;         // the passage overlaps a quoted stretch
};

// What the judgement reads of the report a passage comes from.
struct ReportFacts
{
    QString outlet;    // empty when unknown
    QString published; // ISO date or a prefix of one; may be empty
};

// A candidate's score in [0, 1], the relation guessed and the reasons (translated, SuggestionReasons context).
struct Judgement
{
    double score = 0;
    model::LinkType relation = model::LinkType::Corroborates;
    QStringList reasons;
};

// Judges a passage against the probe (the claim or text suggestions are made for): shared entities, places named on
// both sides of which none is the same, figures that count the same thing (same, newer, older, different), shared
// wording (or the words shared, when no run of them is) and identical quotes, a denial on one side,
// the same speaker and outlet, and the stance model's reading when there is one. similarity is the words' score
// relative to the probe's against itself, in [0, 1]. probeWords are wordsOf(probe.text). Pure; linear in the
// passages' words except the common run (product of both lengths).
[[nodiscard]] Judgement judge(const PassageEvidence& probe, const std::vector<Word>& probeWords,
                              const ReportFacts& probeReport, const PassageEvidence& passage,
                              const ReportFacts& passageReport, double similarity, const std::optional<Stance>& stance);

// The longest run of the same words (compared folded) in a and b: its length in words, how many of them are content
// words (not stop words), and the run as written in bText (the text b was read from). Empty when none is shared.
struct CommonRun
{
    int length = 0;
    int contentWords = 0;
    QString text;
};
[[nodiscard]] CommonRun longestCommonRun(const std::vector<Word>& a, const QString& bText, const std::vector<Word>& b);

} // namespace corrob::suggest
