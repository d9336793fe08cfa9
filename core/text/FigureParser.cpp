// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/FigureParser.h"

#include "core/text/FigureTokens.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace corrob::text {
namespace {

using namespace figures;

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

struct QualifierPhrase
{
    const char16_t* words;
    Bound bound;
};

// Longest phrases first where one is the start of another.
constexpr QualifierPhrase s_qualifiers[] = {
    {u"at least", Bound::LowerInclusive},
    {u"no fewer than", Bound::LowerInclusive},
    {u"no less than", Bound::LowerInclusive},
    {u"not less than", Bound::LowerInclusive},
    {u"a minimum of", Bound::LowerInclusive},
    {u"more than", Bound::LowerExclusive},
    {u"over", Bound::LowerExclusive},
    {u"above", Bound::LowerExclusive},
    {u"in excess of", Bound::LowerExclusive},
    {u"upwards of", Bound::LowerExclusive},
    {u"greater than", Bound::LowerExclusive},
    {u"exceeding", Bound::LowerExclusive},
    {u"up to", Bound::UpperInclusive},
    {u"as many as", Bound::UpperInclusive},
    {u"at most", Bound::UpperInclusive},
    {u"no more than", Bound::UpperInclusive},
    {u"not more than", Bound::UpperInclusive},
    {u"a maximum of", Bound::UpperInclusive},
    {u"fewer than", Bound::UpperExclusive},
    {u"less than", Bound::UpperExclusive},
    {u"under", Bound::UpperExclusive},
    {u"below", Bound::UpperExclusive},
    {u"about", Bound::Approximate},
    {u"around", Bound::Approximate},
    {u"approximately", Bound::Approximate},
    {u"roughly", Bound::Approximate},
    {u"some", Bound::Approximate},
    {u"an estimated", Bound::Approximate},
    {u"estimated", Bound::Approximate},
    {u"circa", Bound::Approximate},
    {u"nearly", Bound::Nearly},
    {u"almost", Bound::Nearly},
    {u"close to", Bound::Nearly},
    {u"just under", Bound::Nearly},
    {u"between", Bound::Between},
    {u"from", Bound::FromTo},
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
    explicit Parser(const QString& text)
        : m_text(text), m_lower(lowerUnits(text)), m_tokens(tokenize(text, m_lower)), m_phones(findPhoneNumbers(text))
    {
    }

    QList<Figure> run()
    {
        QList<Figure> figures;
        qsizetype i = 0;
        const auto count = qsizetype(m_tokens.size());
        while (i < count) {
            qsizetype next = i + 1;
            if (!canStart(m_tokens[size_t(i)])) {
                ++i;
                continue;
            }
            if (auto figure = matchAt(i, next)) {
                figures.append(std::move(*figure));
            }
            i = std::max(next, i + 1);
        }
        return figures;
    }

private:
    // Whether a figure can begin at this token: a number, or a word that opens a qualifier, a number word
    // or a vague plural. Most words cannot, and are skipped with one hash lookup.
    static bool canStart(const Token& t)
    {
        if (t.kind != Token::Kind::Word) {
            return t.kind == Token::Kind::Number;
        }
        static const std::unordered_set<std::u16string_view> starters = [] {
            std::unordered_set<std::u16string_view> out;
            for (const auto& q : s_qualifiers) {
                std::u16string_view phrase(q.words);
                out.insert(phrase.substr(0, phrase.find(u' ')));
            }
            for (std::u16string_view w :
                 {u"a",         u"an",        u"dozens",   u"scores",   u"tens",     u"hundreds",
                  u"thousands", u"millions",  u"billions", u"one",      u"two",      u"three",
                  u"four",      u"five",      u"six",      u"seven",    u"eight",    u"nine",
                  u"ten",       u"eleven",    u"twelve",   u"thirteen", u"fourteen", u"fifteen",
                  u"sixteen",   u"seventeen", u"eighteen", u"nineteen", u"twenty",   u"thirty",
                  u"forty",     u"fifty",     u"sixty",    u"seventy",  u"eighty",   u"ninety"}) {
                out.insert(w);
            }
            return out;
        }();
        return starters.contains(std::u16string_view(t.lower.utf16(), size_t(t.lower.size())));
    }

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

    // The qualifier phrase starting at token i, or none; sets `after` to the token after it.
    std::optional<Bound> matchQualifier(qsizetype i, qsizetype& after) const
    {
        static const std::vector<std::pair<QStringList, Bound>> phrases = [] {
            std::vector<std::pair<QStringList, Bound>> out;
            for (const auto& q : s_qualifiers) {
                out.emplace_back(QString::fromUtf16(q.words).split(u' '), q.bound);
            }
            return out;
        }();
        const Token* head = tok(i);
        if (!head || head->kind != Token::Kind::Word) {
            return std::nullopt;
        }
        for (const auto& [words, bound] : phrases) {
            if (words.first() != head->lower) {
                continue;
            }
            qsizetype k = i;
            bool ok = true;
            for (qsizetype w = 0; w < words.size(); ++w) {
                const Token* t = tok(k);
                if (!t || t->kind != Token::Kind::Word || t->lower != words.at(w) || (w > 0 && !spaced(k - 1))) {
                    ok = false;
                    break;
                }
                ++k;
            }
            if (ok && spaced(k - 1)) {
                after = k;
                return bound;
            }
        }
        return std::nullopt;
    }

    // A number starting at token i. `qualified` relaxes the rules for ambiguous forms (years, lone "one").
    // `joined`: the second number of a range, which may sit right after a dash ("20-30").
    std::optional<NumberMatch> matchNumber(qsizetype i, bool qualified, bool joined = false) const
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

    std::optional<NumberMatch> matchDigits(qsizetype i, bool qualified, bool joined) const
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
    bool countedNounFollows(qsizetype i) const
    {
        const Token* u = tok(i);
        return u && spaced(i - 1) && u->kind == Token::Kind::Word && !u->capital && !isStopWord(u->lower) &&
               (looksPlural(u->lower) || u->lower == u"people");
    }

    // An all-capital word right before: a model or version ("BY-NC-ND 3.0", "MH 17"), not a count.
    bool acronymBefore(qsizetype i) const
    {
        const Token* p = tok(i - 1);
        return p && p->kind == Token::Kind::Word && spaced(i - 1) && p->end - p->start >= 2 &&
               m_text.mid(p->start, p->end - p->start) == m_text.mid(p->start, p->end - p->start).toUpper();
    }

    // A capitalised noun right before, not a month or weekday: a number that names ("Resolution 2334", "Article
    // 5", "Flight 17"), unless a counted noun follows.
    bool nameBefore(qsizetype i) const
    {
        const Token* p = tok(i - 1);
        return p && p->kind == Token::Kind::Word && p->capital && spaced(i - 1) && !isMonth(p->lower) &&
               !isWeekday(p->lower) && !isStopWord(p->lower);
    }

    bool isDateNeighbour(qsizetype i) const
    {
        const Token* prev = tok(i - 1);
        if (prev && prev->kind == Token::Kind::Word && prev->capital && isMonth(prev->lower) && spaced(i - 1)) {
            return true;
        }
        const Token* next = tok(i + 1);
        return next && next->kind == Token::Kind::Word && next->capital && isMonth(next->lower) && spaced(i);
    }

    // "hundreds", "dozens", "thousands", "tens of thousands", "hundreds of thousands".
    std::optional<NumberMatch> matchVague(qsizetype i) const
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
                scale = u->lower == u"thousands"  ? 1e3
                        : u->lower == u"millions" ? 1e6
                        : u->lower == u"billions" ? 1e9
                                                  : 0;
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
    std::optional<NumberMatch> matchWords(qsizetype i, bool qualified) const
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
        } else if (const Token* s = tok(k);
                   s && spaced(k - 1) && s->kind == Token::Kind::Word && scaleWord(s->lower) > 0) {
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

    static bool isWeekday(QStringView w)
    {
        static const std::unordered_set<std::u16string_view> days = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                                                     u"friday", u"saturday", u"sunday"};
        return days.contains(std::u16string_view(w.utf16(), size_t(w.size())));
    }

    // A word that can stand in a counted phrase: a content word, not a number, month or weekday.
    bool isCountedWord(qsizetype k) const
    {
        const Token* u = tok(k);
        return u && u->kind == Token::Kind::Word && spaced(k - 1) && !isStopWord(u->lower) && !isMonth(u->lower) &&
               !isWeekday(u->lower) && smallNumberWord(u->lower) == 0;
    }

    // The counted noun after the number: a run of up to three content words; the last if it looks plural
    // ("civilian bodies", "war crime probes"), else the first ("people killed"). Adverbs in -ly ("internally
    // displaced") and "of" after a vague or scaled number are skipped. A capitalised adjective may open the run
    // when a lower-case word follows ("Ukrainian refugees"). A plural followed by "of" and content words takes
    // them into what is counted ("cases of unlawful killings", "allegations of torture"); the unit stays the head.
    void matchUnit(qsizetype k, bool allowOf, Figure& f, qsizetype& end) const
    {
        bool afterOf = false;
        if (allowOf && isWord(k, u"of") && spaced(k - 1) && spaced(k)) {
            ++k;
            afterOf = true;
        }
        std::vector<qsizetype> run;
        while (run.size() < 3) {
            if (!isCountedWord(k)) {
                break;
            }
            const Token* u = tok(k);
            if (u->capital && !(afterOf && run.empty())) {
                const bool adjective = run.empty() && isCountedWord(k + 1) && !tok(k + 1)->capital;
                if (!adjective) {
                    break;
                }
            }
            if (!(run.empty() && u->lower.endsWith(u"ly"))) {
                run.push_back(k);
            }
            ++k;
        }
        if (run.empty()) {
            return;
        }
        qsizetype chosen = -1;
        for (qsizetype r : run) {
            if (chosen < 0 && !m_tokens[size_t(r)].capital) {
                chosen = r;
            }
        }
        if (chosen < 0) {
            chosen = run.front();
        }
        bool plural = false;
        for (qsizetype r : run) {
            if (looksPlural(m_tokens[size_t(r)].lower) || m_tokens[size_t(r)].lower == u"people") {
                chosen = r;
                plural = true;
            }
        }
        f.unit = m_tokens[size_t(chosen)].lower.toString();
        end = m_tokens[size_t(chosen)].end;
        // "cases of unlawful killings", "allegations of torture": lower-case content words after "of", up to three,
        // ending at the last plural among them, else only the first ("years of investigation", not "years of
        // investigation plagued").
        if (plural && chosen == run.back() && isWord(chosen + 1, u"of") && spaced(chosen)) {
            // Adjectives before the noun: "sexual violence", "unlawful detention", "excessive force".
            auto adjectival = [this](qsizetype q) {
                const QStringView w = tok(q)->lower;
                for (const char16_t* ending : {u"al", u"ful", u"ous", u"ive", u"ic", u"ary", u"ible", u"able"}) {
                    if (w.endsWith(QStringView(ending))) {
                        return true;
                    }
                }
                return false;
            };
            qsizetype last = -1;
            qsizetype lastPlural = -1;
            for (qsizetype q = chosen + 2; q < chosen + 5 && isCountedWord(q) && !tok(q)->capital; ++q) {
                if (last < 0 || (last == q - 1 && adjectival(last))) {
                    last = q;
                }
                if (looksPlural(tok(q)->lower)) {
                    lastPlural = q;
                }
            }
            if (lastPlural >= 0) {
                last = lastPlural;
            }
            if (last >= 0) {
                end = m_tokens[size_t(last)].end;
            }
        }
        const qsizetype from = m_tokens[size_t(run.front())].start;
        f.counted = m_text.mid(from, end - from);
    }

    // The end of the clause holding [from, to): the next '.', '!', '?', ';' or line break that is not a decimal
    // point or an abbreviation's dot followed by a lower-case word; and its start, the same backwards.
    std::pair<qsizetype, qsizetype> clauseAround(qsizetype from, qsizetype to) const
    {
        auto ends = [this](qsizetype k) {
            const QChar c = m_text.at(k);
            if (c == u'\n' || c == u';' || c == u'!' || c == u'?') {
                return true;
            }
            return c == u'.' && !(isAsciiDigit(charAt(k - 1)) && isAsciiDigit(charAt(k + 1))) &&
                   (k + 1 >= m_text.size() || m_text.at(k + 1).isSpace());
        };
        constexpr qsizetype kMaxClause = 400;
        qsizetype a = from;
        while (a > 0 && from - a < kMaxClause && !ends(a - 1)) {
            --a;
        }
        qsizetype b = to;
        while (b < m_text.size() && b - to < kMaxClause && !ends(b)) {
            ++b;
        }
        return {a, b};
    }

    // "by May 11", "as of March 20, 2022", "by the end of April", "until Tuesday", "as at 1 June": the date the
    // figure is stated as of, the nearest such phrase after the figure in its clause, else before it.
    void matchAsOf(Figure& f) const
    {
        static const QRegularExpression re(
            QStringLiteral(
                "\\b(?i:by|as of|as at|as on|until|till|through)\\s+"
                "(?:(?:the\\s+)?(?:end|middle|start|beginning)\\s+of\\s+|(?:early|mid|late)[- ]\\s*)?"
                "(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
                "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)"
                "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d\\d)?"
                "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August|September|"
                "October|November|December)(?:\\s+(?:19|20)\\d\\d)?)"
                "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                "|(?:19|20)\\d\\d\\b|(?:the\\s+)?(?:weekend|week|month|year)'?s?\\s+end|(?:last|this)\\s+"
                "(?:week|month|year|weekend)|yesterday|today)"),
            QRegularExpression::UseUnicodePropertiesOption);
        const auto [a, b] = clauseAround(f.start, f.end);
        QRegularExpressionMatch best;
        auto it = re.globalMatch(QStringView(m_text).mid(a, b - a));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = a + m.capturedStart();
            if (start < f.end && a + m.capturedEnd() > f.start) {
                continue; // inside the figure ("up to 40 people")
            }
            if (start >= f.end) {
                best = m;
                break;
            }
            best = m;
        }
        if (best.hasMatch()) {
            f.asOfStart = a + best.capturedStart();
            f.asOfEnd = a + best.capturedEnd();
            f.asOf = m_text.mid(f.asOfStart, f.asOfEnd - f.asOfStart);
        }
    }

    std::optional<Figure> matchAt(qsizetype i, qsizetype& next) const
    {
        qsizetype j = i;
        const std::optional<Bound> qualifier = matchQualifier(i, j);
        const Bound bound = qualifier.value_or(Bound::Exact);
        auto first = matchNumber(j, qualifier.has_value());
        if (!first || (first->vague && qualifier)) {
            return std::nullopt;
        }
        Figure f;
        f.start = m_tokens[size_t(i)].start;
        f.value = first->value;
        f.precision = first->precision;
        qsizetype k = first->next;

        // A second number: "between 20 and 30", "from 20 to 30", "20 to 30", "20-30".
        std::optional<NumberMatch> second;
        if (!first->vague) {
            const Token* joiner = tok(k);
            const bool wanted =
                bound == Bound::Between ? isWord(k, u"and")
                : bound == Bound::Exact || bound == Bound::FromTo
                    ? (isWord(k, u"to") || (joiner && (joiner->lower == u"-" || joiner->lower == u"\u2013")))
                    : false;
            if (wanted) {
                second = matchNumber(k + 1, true, true);
                if (second && (second->vague || second->value <= 0)) {
                    second.reset();
                }
            }
        }
        if ((bound == Bound::Between || bound == Bound::FromTo) && !second) {
            return std::nullopt;
        }
        if (second) {
            double lo = first->value;
            // "between 20 and 30 million": the scale written once applies to both.
            double loPrecision = first->precision;
            if (!first->scaled && second->scaled) {
                lo *= second->scale;
                loPrecision *= second->scale;
            }
            if (lo >= second->value) {
                second.reset();
                if (bound != Bound::Exact) {
                    return std::nullopt;
                }
            } else {
                f.low = lo;
                f.high = second->value;
                f.value = (lo + second->value) / 2;
                f.precision = std::min(loPrecision, second->precision);
                f.qualifier = QStringLiteral("between");
                k = second->next;
            }
        }

        // Percent: "35%", "35 per cent", "35 percent".
        qsizetype end = m_tokens[size_t(k - 1)].end;
        if (const Token* p = tok(k); p && p->lower == u"%" && adjacent(k - 1)) {
            f.unit = QStringLiteral("%");
            end = p->end;
            ++k;
        } else if (isWord(k, u"percent") && spaced(k - 1)) {
            f.unit = QStringLiteral("%");
            end = m_tokens[size_t(k)].end;
            ++k;
        } else if (isWord(k, u"per") && isWord(k + 1, u"cent") && spaced(k - 1) && spaced(k)) {
            f.unit = QStringLiteral("%");
            end = m_tokens[size_t(k + 1)].end;
            k += 2;
        }
        next = k;
        if (f.unit.isEmpty()) {
            matchUnit(k, first->vague || first->scaled, f, end);
        }

        if (!second) {
            const double v = first->value;
            switch (bound) {
            case Bound::Exact:
                if (first->vague) {
                    f.low = first->low;
                    f.high = first->high;
                    f.qualifier = QStringLiteral("vague");
                } else {
                    f.low = v;
                    f.high = v;
                }
                break;
            case Bound::LowerInclusive:
                f.low = v;
                break;
            case Bound::LowerExclusive:
                f.low = v;
                f.lowInclusive = false;
                break;
            case Bound::UpperInclusive:
                f.high = v;
                break;
            case Bound::UpperExclusive:
                f.high = v;
                f.highInclusive = false;
                break;
            case Bound::Approximate:
                f.low = v * 0.9;
                f.high = v * 1.1;
                break;
            case Bound::Nearly:
                f.low = v * 0.9;
                f.high = v;
                f.highInclusive = false;
                break;
            case Bound::Between:
            case Bound::FromTo:
                break;
            }
        }
        if (f.qualifier.isEmpty()) {
            if (qualifier) {
                QStringList words;
                for (qsizetype q = i; q < j; ++q) {
                    words.append(m_tokens[size_t(q)].lower.toString());
                }
                f.qualifier = words.join(u' ');
            } else {
                f.qualifier = QStringLiteral("exact");
            }
        }
        f.end = end;
        f.text = m_text.mid(f.start, f.end - f.start);
        matchAsOf(f);
        return f;
    }

    // Phone numbers: digit groups with at least seven digits in all, written as phone numbers are ("+380 44 123
    // 4567", "(202) 555-0147", "0800 123 456", "202-555-0147", "555-0147"), not as counts ("1 000 000", "30-50").
    static std::vector<std::pair<qsizetype, qsizetype>> findPhoneNumbers(const QString& text)
    {
        std::vector<std::pair<qsizetype, qsizetype>> out;
        if (!text.contains(u'-') && !text.contains(u'+') && !text.contains(u'(') && !text.contains(u' ')) {
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
            const bool phone = digits >= 7 && (!m.captured(1).isEmpty() || !m.captured(2).isEmpty() ||
                                               s.at(0) == u'0' || dashes >= 2 || zeroGroup || longAfterShort);
            if (phone) {
                out.emplace_back(m.capturedStart(0), m.capturedEnd(0));
            }
        }
        return out;
    }

    bool inPhoneNumber(qsizetype at) const
    {
        for (const auto& [a, b] : m_phones) {
            if (at >= a && at < b) {
                return true;
            }
        }
        return false;
    }

    const QString& m_text;
    const QString m_lower; // m_text lower-cased unit by unit: the tokens' views point here
    std::vector<Token> m_tokens;
    std::vector<std::pair<qsizetype, qsizetype>> m_phones;
};

} // namespace

QList<Figure> parseFigures(const QString& text)
{
    return Parser(text).run();
}

} // namespace corrob::text
