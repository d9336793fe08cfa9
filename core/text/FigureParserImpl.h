// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parser behind parseFigures, internal to core/text. Its parts live in three files: FigureParser.cpp (the
// walk, qualifiers and ranges), FigureNumbers.cpp (numbers, word quantities and the non-counts left out: years,
// dates, codes, phone numbers) and FigureCounted.cpp (what is counted and the date it is as of). Offsets are
// UTF-16 code units of the text given.

#include "core/text/Figure.h"
#include "core/text/FigureTokens.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace corrob::text::figures {

enum class Bound
{
    Exact,
    LowerInclusive,
    LowerExclusive,
    UpperInclusive,
    UpperExclusive,
    Approximate,
    Nearly,
    Between, // "between X and Y"
    FromTo,  // "from X to Y"
};

struct NumberMatch
{
    qsizetype next = 0; // index of the first token after the number
    double value = 0;
    double precision = 1;
    bool scaled = false; // had a scale word or suffix ("million", "m")
    double scale = 1;
    bool vague = false;
    double low = 0;
    double high = 0;
};

class Parser
{
public:
    explicit Parser(const QString& text);

    QList<Figure> run();

private:
    // Whether a figure can begin at this token: a number, or a word that opens a qualifier, a number word
    // or a vague plural. Most words cannot, and are skipped with one hash lookup.
    static bool canStart(const Token& t);

    const Token* tok(qsizetype i) const
    {
        return i >= 0 && i < qsizetype(m_tokens.size()) ? &m_tokens[size_t(i)] : nullptr;
    }

    bool isWord(qsizetype i, const char16_t* w) const
    {
        const Token* t = tok(i);
        return t && t->kind == Token::Kind::Word && t->lower == QStringView(w);
    }

    // Only whitespace between tokens i and i+1.
    bool spaced(qsizetype i) const
    {
        const Token* a = tok(i);
        const Token* b = tok(i + 1);
        if (!a || !b) {
            return false;
        }
        for (qsizetype k = a->end; k < b->start; ++k) {
            if (!m_text.at(k).isSpace()) {
                return false;
            }
        }
        return true;
    }
    bool adjacent(qsizetype i) const
    {
        const Token* a = tok(i);
        const Token* b = tok(i + 1);
        return a && b && a->end == b->start;
    }

    QChar charAt(qsizetype k) const { return k >= 0 && k < m_text.size() ? m_text.at(k) : QChar(); }

    // FigureParser.cpp: qualifiers, ranges, percentages.
    std::optional<Bound> matchQualifier(qsizetype i, qsizetype& after) const;
    std::optional<Figure> matchAt(qsizetype i, qsizetype& next) const;

    // FigureNumbers.cpp: numbers and the non-counts.
    std::optional<NumberMatch> matchNumber(qsizetype i, bool qualified, bool joined = false) const;
    std::optional<NumberMatch> matchDigits(qsizetype i, bool qualified, bool joined) const;
    bool countedNounFollows(qsizetype i) const;
    bool acronymBefore(qsizetype i) const;
    bool nameBefore(qsizetype i) const;
    bool isDateNeighbour(qsizetype i) const;
    std::optional<NumberMatch> matchVague(qsizetype i) const;
    std::optional<NumberMatch> matchWords(qsizetype i, bool qualified) const;
    static bool isWeekday(QStringView w);
    static std::vector<std::pair<qsizetype, qsizetype>> findPhoneNumbers(const QString& text);
    bool inPhoneNumber(qsizetype at) const;

    // FigureCounted.cpp: what is counted, the clause, the date it is as of.
    bool isCountedWord(qsizetype k) const;
    void matchUnit(qsizetype k, bool allowOf, Figure& f, qsizetype& end) const;
    std::pair<qsizetype, qsizetype> clauseAround(qsizetype from, qsizetype to) const;
    void matchAsOf(Figure& f) const;
    // Whether m_lower at k, read no further than end, starts with a word a date phrase begins with (by, as, until,
    // till, through; caseless, so "aſ" too).
    bool opensDateAt(qsizetype k, qsizetype end) const;
    // The word starts in the text where opensDateAt holds, found once for all its figures.
    const std::vector<qsizetype>& dateOpeners() const;

    const QString& m_text;
    const QString m_lower; // m_text lower-cased unit by unit: the tokens' views point here
    std::vector<Token> m_tokens;
    std::vector<std::pair<qsizetype, qsizetype>> m_phones;
    mutable std::optional<std::vector<qsizetype>> m_dateOpeners; // dateOpeners(), when first asked for
};

} // namespace corrob::text::figures
