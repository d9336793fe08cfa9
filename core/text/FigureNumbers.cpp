// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as the figure parser reads them (digits, number words, word quantities such as "hundreds") and the
// numbers that are no counts (years, dates, codes, compounds, phone numbers).
#include "core/text/FigureParserImpl.h"

#include <algorithm>

#include <QRegularExpression>

#include <cmath>
#include <string_view>
#include <unordered_set>

namespace corrob::text::figures {

// A number starting at token i. `qualified` relaxes the rules for ambiguous forms (years, lone "one").
// `joined`: the second number of a range, which may sit right after a dash ("20-30").
std::optional<NumberMatch> Parser::matchNumber(qsizetype i, bool qualified, bool joined) const
{
    const Token* t = tok(i);
    if (!t) {
        return std::nullopt;
    }
    if (t->kind == Token::Kind::Number) {
        return matchDigits(i, qualified, joined);
    }
    if (t->kind != Token::Kind::Word) {
        return std::nullopt;
    }
    if ((t->lower == u"a" || t->lower == u"an") && spaced(i)) {
        const Token* u = tok(i + 1);
        if (u && u->kind == Token::Kind::Word) {
            double v = u->lower == u"dozen" ? 12 : u->lower == u"hundred" ? 100 : scaleWord(u->lower);
            if (v > 0) {
                return NumberMatch{i + 2, v, v, true, v, false, 0, 0};
            }
        }
        return std::nullopt;
    }
    if (auto vague = matchVague(i)) {
        return vague;
    }
    return matchWords(i, qualified);
}

std::optional<NumberMatch> Parser::matchDigits(qsizetype i, bool qualified, bool joined) const
{
    const Token& t = m_tokens[size_t(i)];
    // A number written with a leading zero is a code, a time or a phone number, never a count ("0800", "09").
    if ((t.end - t.start >= 2 && m_text.at(t.start) == u'0' && t.decimals == 0) || inPhoneNumber(t.start) ||
        charAt(t.start - 1) == u'+') {
        return std::nullopt;
    }
    // Attached on the left: codes ("BMP-30", "7N12", "9x39"), times ("2:09"), dates ("2022-03-20").
    const QChar before = charAt(t.start - 1);
    const bool rangeDash = joined && (before == u'-' || before == u'\u2013'); // "20-30" joins, not attaches
    if (!rangeDash &&
        (before.isLetter() || isAsciiDigit(before) || before == u'/' || before == u':' || before == u'.' ||
         before == u'_' || before == u'#' || (before == u'-' && charAt(t.start - 2).isLetterOrNumber()))) {
        return std::nullopt;
    }
    NumberMatch m;
    m.next = i + 1;
    m.value = t.number;
    m.precision = t.decimals > 0 ? std::pow(10.0, -t.decimals) : integerStep(t.number);
    const QChar after = charAt(t.end);
    const QChar after2 = charAt(t.end + 1);
    if (after.isLetter()) {
        const Token* suffix = tok(i + 1);
        const QStringView s = suffix ? suffix->lower : QStringView();
        double scale = s == u"m" ? 1e6 : s == u"bn" ? 1e9 : s == u"k" ? 1e3 : 0;
        if (scale == 0 || charAt(suffix->end).isLetterOrNumber()) {
            return std::nullopt; // an ordinal ("24th"), a unit glued on ("9x39mm"), a code ("1A")
        }
        m.value *= scale;
        m.precision *= scale;
        m.scaled = true;
        m.scale = scale;
        m.next = i + 2;
    } else if ((after == u':' || after == u'/') && isAsciiDigit(after2)) {
        return std::nullopt;
    } else if (after == u'-' && after2.isLetter()) {
        return std::nullopt; // "15-member"
    } else if (spaced(i)) {
        const Token* u = tok(i + 1);
        if (u && u->kind == Token::Kind::Word) {
            double scale = scaleWord(u->lower);
            if (u->lower == u"hundred" && t.decimals == 0) {
                scale = 100;
            }
            if (scale > 0) {
                m.value *= scale;
                m.precision *= scale;
                m.scaled = true;
                m.scale = scale;
                m.next = i + 2;
            }
        }
    }
    if (!m.scaled && !qualified && (acronymBefore(i) || (nameBefore(i) && !countedNounFollows(m.next)))) {
        return std::nullopt;
    }
    if (!m.scaled && t.decimals == 0 && !t.separated && !qualified) {
        if (t.end - t.start == 4 && t.number >= 1800 && t.number <= 2100 && !countedNounFollows(m.next)) {
            return std::nullopt; // a year: "in 2008,", "© 2022 Al Jazeera"
        }
        if (t.number >= 1 && t.number <= 31 && isDateNeighbour(i)) {
            return std::nullopt; // "February 24", "25 February"
        }
    }
    return m;
}

// A plural noun right after: "2000 people", not "a 2015 declaration" or "in 2008, that".
bool Parser::countedNounFollows(qsizetype i) const
{
    const Token* u = tok(i);
    return u && spaced(i - 1) && u->kind == Token::Kind::Word && !u->capital && !isStopWord(u->lower) &&
           (looksPlural(u->lower) || u->lower == u"people");
}

// An all-capital word right before: a model or version ("BY-NC-ND 3.0", "MH 17"), not a count.
bool Parser::acronymBefore(qsizetype i) const
{
    const Token* p = tok(i - 1);
    return p && p->kind == Token::Kind::Word && spaced(i - 1) && p->end - p->start >= 2 &&
           m_text.mid(p->start, p->end - p->start) == m_text.mid(p->start, p->end - p->start).toUpper();
}

// A capitalised noun right before, not a month or weekday: a number that names ("Resolution 2334", "Article
// 5", "Flight 17"), unless a counted noun follows.
bool Parser::nameBefore(qsizetype i) const
{
    const Token* p = tok(i - 1);
    return p && p->kind == Token::Kind::Word && p->capital && spaced(i - 1) && !isMonth(p->lower) &&
           !isWeekday(p->lower) && !isStopWord(p->lower);
}

bool Parser::isDateNeighbour(qsizetype i) const
{
    const Token* prev = tok(i - 1);
    if (prev && prev->kind == Token::Kind::Word && prev->capital && isMonth(prev->lower) && spaced(i - 1)) {
        return true;
    }
    const Token* next = tok(i + 1);
    return next && next->kind == Token::Kind::Word && next->capital && isMonth(next->lower) && spaced(i);
}

// "hundreds", "dozens", "thousands", "tens of thousands", "hundreds of thousands".
std::optional<NumberMatch> Parser::matchVague(qsizetype i) const
{
    const QStringView w = m_tokens[size_t(i)].lower;
    double lo = 0;
    double hi = 0;
    double magnitude = 1;
    if (w == u"dozens") {
        lo = 24, hi = 99, magnitude = 12;
    } else if (w == u"scores") {
        lo = 40, hi = 99, magnitude = 20;
    } else if (w == u"tens") {
        lo = 20, hi = 99, magnitude = 10;
    } else if (w == u"hundreds") {
        lo = 200, hi = 999, magnitude = 100;
    } else if (w == u"thousands") {
        lo = 2e3, hi = 9999, magnitude = 1e3;
    } else if (w == u"millions") {
        lo = 2e6, hi = 9999999, magnitude = 1e6;
    } else if (w == u"billions") {
        lo = 2e9, hi = 9999999999, magnitude = 1e9;
    } else {
        return std::nullopt;
    }
    NumberMatch m{i + 1, lo, magnitude, false, 1, true, lo, hi};
    // "tens of thousands": the first word counts units of the second.
    if (isWord(i + 1, u"of") && spaced(i) && spaced(i + 1)) {
        const Token* u = tok(i + 2);
        double scale = 0;
        if (u && u->kind == Token::Kind::Word) {
            scale = u->lower == u"thousands" ? 1e3 : u->lower == u"millions" ? 1e6 : u->lower == u"billions" ? 1e9 : 0;
        }
        if (scale > 0 && magnitude < 1000) {
            m.next = i + 3;
            m.low = lo * scale;
            m.high = (hi + 1) * scale - 1;
            m.value = m.low;
            m.precision = magnitude * scale;
            return m;
        }
    }
    if (w == u"tens") {
        return std::nullopt; // "tens" alone is not a figure
    }
    return m;
}

// one..nineteen, twenty..ninety[-nine], [N] hundred, [N] thousand|million|billion, N dozen.
std::optional<NumberMatch> Parser::matchWords(qsizetype i, bool qualified) const
{
    const Token& t = m_tokens[size_t(i)];
    int small = smallNumberWord(t.lower);
    if (small == 0) {
        return std::nullopt;
    }
    qsizetype k = i + 1;
    // "twenty-five"
    if (small >= 20 && adjacent(i) && tok(i + 1)->lower == u"-" && adjacent(i + 1)) {
        const Token* u = tok(i + 2);
        const int unit = u && u->kind == Token::Kind::Word ? smallNumberWord(u->lower) : 0;
        if (unit > 0 && unit < 10) {
            small += unit;
            k = i + 3;
        }
    }
    // "six-year-old", "two-day": compounds are not counts.
    if (charAt(tok(k - 1)->end) == u'-' && charAt(tok(k - 1)->end + 1).isLetter()) {
        return std::nullopt;
    }
    double value = small;
    double scale = 1;
    if (spaced(k - 1) && isWord(k, u"hundred")) {
        scale = 100;
        ++k;
    }
    if (spaced(k - 1) && isWord(k, u"dozen")) {
        scale *= 12;
        ++k;
    } else if (const Token* s = tok(k); s && spaced(k - 1) && s->kind == Token::Kind::Word && scaleWord(s->lower) > 0) {
        scale *= scaleWord(s->lower);
        ++k;
    }
    value *= scale;
    const bool scaled = scale > 1;
    if (small == 1 && !scaled && !qualified) {
        return std::nullopt; // "one of them", "one Western official"
    }
    return NumberMatch{k, value, integerStep(value), scaled, scale, false, 0, 0};
}

bool Parser::isWeekday(QStringView w)
{
    static const std::unordered_set<std::u16string_view> days = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                                                 u"friday", u"saturday", u"sunday"};
    return days.contains(std::u16string_view(w.utf16(), size_t(w.size())));
}

// Phone numbers: digit groups with at least seven digits in all, written as phone numbers are ("+380 44 123
// 4567", "(202) 555-0147", "0800 123 456", "202-555-0147", "555-0147"), not as counts ("1 000 000", "30-50").
std::vector<std::pair<qsizetype, qsizetype>> Parser::findPhoneNumbers(const QString& text)
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    if (!text.contains(u'-') && !text.contains(u'+') && !text.contains(u'(') && !text.contains(u' ')) {
        return out;
    }
    // A phone number has at least seven digits (below) and two groups of two digits or more with a space, dot or
    // hyphen between them (the expression's \d{2,5}[ .-]\d{2,5}): a text without both is not searched.
    if (std::count_if(text.cbegin(), text.cend(), isAsciiDigit) < 7) {
        return out;
    }
    bool groups = false;
    for (qsizetype k = 2; k + 2 < text.size() && !groups; ++k) {
        const QChar c = text.at(k);
        groups = (c == u' ' || c == u'.' || c == u'-') && isAsciiDigit(text.at(k - 1)) &&
                 isAsciiDigit(text.at(k - 2)) && isAsciiDigit(text.at(k + 1)) && isAsciiDigit(text.at(k + 2));
    }
    if (!groups) {
        return out;
    }
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.,])(\\+\\d{1,3}[ .-]?)?(\\(\\d{1,5}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,5}){1,5}(?![\\w,]|\\.\\d)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString s = m.captured(0);
        int digits = 0;
        int dashes = 0;
        bool zeroGroup = false;
        bool longAfterShort = false;
        qsizetype groupStart = 0;
        qsizetype previousLength = 0;
        for (qsizetype k = 0; k <= s.size(); ++k) {
            if (k < s.size() && isAsciiDigit(s.at(k))) {
                ++digits;
                continue;
            }
            const qsizetype length = k - groupStart;
            if (length > 0 && groupStart > 0 && (s.at(groupStart - 1) == u'-' || s.at(groupStart - 1) == u'.')) {
                zeroGroup = zeroGroup || s.at(groupStart) == u'0';
                longAfterShort = longAfterShort || (length == 4 && previousLength == 3);
            }
            if (length > 0) {
                previousLength = length;
            }
            if (k < s.size() && (s.at(k) == u'-' || s.at(k) == u'.')) {
                ++dashes;
            }
            groupStart = k + 1;
        }
        const bool phone = digits >= 7 && (!m.captured(1).isEmpty() || !m.captured(2).isEmpty() || s.at(0) == u'0' ||
                                           dashes >= 2 || zeroGroup || longAfterShort);
        if (phone) {
            out.emplace_back(m.capturedStart(0), m.capturedEnd(0));
        }
    }
    return out;
}

bool Parser::inPhoneNumber(qsizetype at) const
{
    for (const auto& [a, b] : m_phones) {
        if (at >= a && at < b) {
            return true;
        }
    }
    return false;
}

} // namespace corrob::text::figures
