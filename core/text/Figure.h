// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTypeInfo>

#include <optional>

namespace corrob::text {

// A figure stated in English text with its qualifier: "at least 1,235 civilian bodies", "up to 40 people",
// "more than six million refugees", "some 7,600", "hundreds of civilians", "between 20 and 30", "1.2m", "35%".
struct Figure
{
    qsizetype start = 0; // [start, end) in UTF-16 code units of the parsed text: qualifier, number and unit
    qsizetype end = 0;
    QString text; // the text of that span, as written

    // The point value: the number as stated; the midpoint of a range; the lower end of a vague plural.
    double value = 0;
    // What the words promise. Unset means open on that side ("at least 1,235": low 1235, no high).
    // "about"/"some"/"around" widen to ±10 %, "nearly"/"almost" to [90 %, value); a vague plural runs from two
    // of its unit to just below the next named magnitude ("hundreds": 200..999, "thousands": 2,000..9,999,
    // "dozens": 24..99, "scores": 40..99, "tens of thousands": 20,000..99,999, "millions": 2e6..9,999,999).
    std::optional<double> low;
    std::optional<double> high;
    bool lowInclusive = true;  // false for "more than", "over", "above"
    bool highInclusive = true; // false for "fewer than", "less than", "under", "nearly"

    // The step the number was written to: 1 for "1,235", 100 for "1,200", 1,000,000 for "six million",
    // 100,000 for "5.7 million". Used to tell a rounded restatement from a different count.
    double precision = 1;

    QString unit; // the counted noun in lower case ("bodies", "people", "refugees"), "%" or empty
    // What is counted, as written: the unit with the words that qualify it ("civilian bodies", "war crime
    // probes", "cases of unlawful killings", "Ukrainian refugees"); empty when there is no unit.
    QString counted;
    // The date the count is "as of" when the clause says so ("by May 11", "as of March 20", "by the end of
    // April", "until Tuesday"), as written; empty when it does not. [asOfStart, asOfEnd) in the parsed text.
    QString asOf;
    qsizetype asOfStart = -1;
    qsizetype asOfEnd = -1;
    QString qualifier; // lower-case phrase as written ("at least", "up to", "more than", "some", "about",
                       // "nearly", "as many as", ...), "between" for ranges, "vague" for "hundreds" and the like,
                       // "exact" when none
};

// The key under which units are compared: lower case, crude singular ("bodies" -> "body", "refugees" ->
// "refugee", "persons"/"people" -> "people").
QString figureUnitKey(const QString& unit);

// Whether two figures about the same thing cannot both be right. Figures with different unit keys are not
// comparable and never disagree. Otherwise they disagree when:
//  - their ranges do not overlap (an exact figure counts as the band of its precision, so "6,700" and
//    "6,731" agree), or
//  - both are lower bounds (or both upper bounds) and the coarser is not the finer rounded to the coarser's
//    precision: "more than 1,200" is "at least 1,235" rounded down (agree), but "more than six million" is
//    not "more than 5.7 million" rounded down, so it states a different (newer) count (disagree).
bool figuresDisagree(const Figure& a, const Figure& b);

} // namespace corrob::text

// Its members (QStrings, numbers, optional numbers) can be moved in memory as bytes: a QList of figures then grows by
// a realloc, not by moving each figure (the parser's lists grew as 8% of the figure parsing of a large case's open).
Q_DECLARE_TYPEINFO(corrob::text::Figure, Q_RELOCATABLE_TYPE);
