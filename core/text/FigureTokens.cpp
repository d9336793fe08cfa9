// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/FigureTokens.h"

#include <cmath>
#include <string_view>

namespace corrob::text::figures {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// `lowered` is text with every UTF-16 unit lower-cased (same length): tokens view into it, no copy per word.
std::vector<Token> tokenize(const QString& text, const QString& lowered)
{
    std::vector<Token> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 5) + 16); // about one token per five characters of prose
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isAsciiDigit(c)) {
            t.kind = Token::Kind::Number;
            qsizetype j = i;
            while (j < n && isAsciiDigit(text.at(j))) {
                ++j;
            }
            const bool groupable = j - i <= 3;
            // Thousands groups: ",ddd" not followed by another digit.
            while (groupable && j + 3 < n && text.at(j) == u',' && isAsciiDigit(text.at(j + 1)) &&
                   isAsciiDigit(text.at(j + 2)) && isAsciiDigit(text.at(j + 3)) &&
                   (j + 4 >= n || !isAsciiDigit(text.at(j + 4)))) {
                t.separated = true;
                j += 4;
            }
            if (j + 1 < n && text.at(j) == u'.' && isAsciiDigit(text.at(j + 1))) {
                qsizetype k = j + 1;
                while (k < n && isAsciiDigit(text.at(k))) {
                    ++k;
                }
                t.decimals = int(k - j - 1);
                j = k;
            }
            t.end = j;
            if (!t.separated && t.decimals == 0 && j - i <= 15) {
                // Up to 15 digits a double holds the integer exactly: no string to build.
                double value = 0;
                for (qsizetype k = i; k < j; ++k) {
                    value = value * 10 + (text.at(k).unicode() - u'0');
                }
                t.number = value;
            } else {
                QString digits = text.mid(i, j - i);
                digits.remove(u',');
                t.number = digits.toDouble();
            }
            i = j;
        } else if (c.isLetter()) {
            t.kind = Token::Kind::Word;
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                if (d.isLetter() || d.isMark()) {
                    ++j;
                } else if ((d == u'\'' || d == u'\u2019') && j + 1 < n && text.at(j + 1).isLetter()) {
                    j += 2;
                } else {
                    break;
                }
            }
            t.end = j;
            t.lower = QStringView(lowered).mid(i, j - i);
            t.capital = c.isUpper();
            i = j;
        } else {
            t.kind = Token::Kind::Other;
            t.end = i + 1;
            t.lower = QStringView(lowered).mid(i, 1);
            ++i;
        }
        tokens.push_back(t); // a Token is trivially copyable (a QStringView, offsets)
    }
    return tokens;
}

QString lowerUnits(const QString& text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* to = out.data(); // detached once, not per character
    const QChar* from = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = from[i].unicode();
        to[i] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : from[i].toLower();
    }
    return out;
}

WordSet::WordSet(std::initializer_list<std::u16string_view> words) : m_words(words)
{
}

bool WordSet::contains(QStringView word) const
{
    return m_words.contains(std::u16string_view(word.utf16(), size_t(word.size())));
}

int smallNumberWord(QStringView w)
{
    static constexpr std::u16string_view s_words[] = {
        u"one",      u"two",    u"three",  u"four",     u"five",     u"six",     u"seven",   u"eight",     u"nine",
        u"ten",      u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen",
        u"nineteen", u"twenty", u"thirty", u"forty",    u"fifty",    u"sixty",   u"seventy", u"eighty",    u"ninety"};
    if (w.size() < 3 || w.size() > 9) {
        return 0;
    }
    const std::u16string_view key(w.utf16(), size_t(w.size()));
    for (int k = 0; k < 27; ++k) {
        if (key == s_words[k]) {
            return k < 19 ? k + 1 : (k - 17) * 10;
        }
    }
    return 0;
}

double scaleWord(QStringView w)
{
    if (w == u"thousand") {
        return 1e3;
    }
    if (w == u"million") {
        return 1e6;
    }
    if (w == u"billion") {
        return 1e9;
    }
    if (w == u"trillion") {
        return 1e12;
    }
    return 0;
}

bool isMonth(QStringView w)
{
    static const WordSet months({u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                 u"july",    u"august",   u"september", u"october", u"november", u"december",
                                 u"jan",     u"feb",      u"mar",       u"apr",     u"jun",      u"jul",
                                 u"aug",     u"sep",      u"sept",      u"oct",     u"nov",      u"dec"});
    return w.size() <= 9 && months.contains(w);
}

// Words that end the unit search: function words, verbs of saying, directions.
bool isStopWord(QStringView w)
{
    static const WordSet stopWords(
        {u"the",   u"a",      u"an",     u"and",       u"or",        u"but",       u"of",        u"in",
         u"on",    u"at",     u"to",     u"for",       u"by",        u"from",      u"with",      u"without",
         u"into",  u"near",   u"around", u"across",    u"after",     u"before",    u"since",     u"during",
         u"per",   u"as",     u"than",   u"that",      u"which",     u"who",       u"whom",      u"whose",
         u"this",  u"these",  u"those",  u"it",        u"its",       u"their",     u"them",      u"they",
         u"he",    u"she",    u"we",     u"you",       u"i",         u"is",        u"are",       u"was",
         u"were",  u"be",     u"been",   u"being",     u"has",       u"have",      u"had",       u"do",
         u"does",  u"did",    u"will",   u"would",     u"can",       u"could",     u"may",       u"might",
         u"must",  u"should", u"said",   u"says",      u"say",       u"according", u"including", u"plus",
         u"over",  u"under",  u"about",  u"up",        u"down",      u"out",       u"off",       u"north",
         u"south", u"east",   u"west",   u"northwest", u"northeast", u"southwest", u"southeast", u"not",
         u"no",    u"nor",    u"so",     u"if",        u"when",      u"where",     u"while",     u"ago",
         u"each",  u"all",    u"both",   u"percent",   u"cent",      u"there",     u"here",      u"now",
         u"then",  u"also",   u"only",   u"just",      u"still",     u"yet"});
    return w.size() <= 10 && stopWords.contains(w);
}

bool looksPlural(QStringView w)
{
    return w.size() > 2 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is");
}

// The largest power of ten that divides an integer value (1 for 0 or a fraction).
double integerStep(double value)
{
    double rounded = std::round(std::fabs(value));
    if (rounded < 1 || std::fabs(rounded - std::fabs(value)) > 1e-9) {
        return 1;
    }
    double step = 1;
    while (rounded >= step * 10 && std::fmod(rounded, step * 10) == 0) {
        step *= 10;
    }
    return step;
}

} // namespace corrob::text::figures
