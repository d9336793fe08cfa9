// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words and tokens FigureParser works on: a tokenizer over lower-cased text and the small lexicon of number
// words, scale words, months and stop words. Internal to core/text; offsets are UTF-16 code units.

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace corrob::text::figures {

struct Token
{
    enum class Kind
    {
        Word,
        Number,
        Other,
    };
    Kind kind = Kind::Other;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView lower;    // words: lower case; other: the character (a view into the lowered text)
    bool capital = false; // words: starts with an upper-case letter
    // Numbers:
    double number = 0;
    int decimals = 0;
    bool separated = false; // had thousands commas
};

bool isAsciiDigit(QChar c);

// `lowered` is text with every UTF-16 unit lower-cased (same length): tokens view into it, no copy per word.
std::vector<Token> tokenize(const QString& text, const QString& lowered);
// Lower-cases every UTF-16 unit, keeping the length (so offsets stay valid).
QString lowerUnits(const QString& text);
// A fixed set of lower-case words (string literals: the set views them), looked up without copying the word.
class WordSet
{
public:
    WordSet(std::initializer_list<std::u16string_view> words);
    [[nodiscard]] bool contains(QStringView word) const;

private:
    std::unordered_set<std::u16string_view> m_words;
};
// one..twenty, thirty..ninety as numbers; 0 for any other word.
int smallNumberWord(QStringView w);
double scaleWord(QStringView w); // thousand, million, billion, trillion as 1e3..1e12; 0 for any other word
bool isMonth(QStringView w);
// Words that end the unit search: function words, verbs of saying, directions.
bool isStopWord(QStringView w);
bool looksPlural(QStringView w);
// The largest power of ten that divides an integer value (1 for 0 or a fraction).
double integerStep(double value);

} // namespace corrob::text::figures
