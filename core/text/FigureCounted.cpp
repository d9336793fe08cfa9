// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a figure counts ("civilian bodies", "cases of unlawful killings") and the date it is as of ("by May 11").
#include "core/text/FigureParserImpl.h"

#include <QRegularExpression>

#include <algorithm>

namespace corrob::text::figures {

// A word that can stand in a counted phrase: a content word, not a number, month or weekday.
bool Parser::isCountedWord(qsizetype k) const
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
void Parser::matchUnit(qsizetype k, bool allowOf, Figure& f, qsizetype& end) const
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
std::pair<qsizetype, qsizetype> Parser::clauseAround(qsizetype from, qsizetype to) const
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
bool Parser::opensDateAt(qsizetype k, qsizetype end) const
{
    const QStringView rest = QStringView(m_lower).mid(k, end - k);
    if (rest.isEmpty()) {
        return false;
    }
    switch (rest.front().unicode()) {
    case u'b':
        return rest.startsWith(u"by");
    case u'a':
        return rest.startsWith(u"as") || rest.startsWith(u"a\u017f");
    case u'u':
        return rest.startsWith(u"until");
    case u't':
        return rest.startsWith(u"till") || rest.startsWith(u"through");
    default:
        return false;
    }
}

const std::vector<qsizetype>& Parser::dateOpeners() const
{
    if (!m_dateOpeners) {
        std::vector<qsizetype> at;
        for (qsizetype k = 0; k < m_lower.size(); ++k) {
            if ((k == 0 || !(charAt(k - 1).isLetterOrNumber() || charAt(k - 1) == u'_')) &&
                opensDateAt(k, m_lower.size())) {
                at.push_back(k);
            }
        }
        m_dateOpeners = std::move(at);
    }
    return *m_dateOpeners;
}

void Parser::matchAsOf(Figure& f) const
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?i:by|as of|as at|as on|until|till|through)\\s+"
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
    // Every phrase the expression finds starts with one of the words opensDateAt looks for, at a word start (a
    // character before it that is no letter, digit or '_', where \\b can hold) or at the clause's start (the search
    // starts there); a clause without any, most of them, is not searched. The text's word starts are found once.
    bool opens = opensDateAt(a, b);
    const std::vector<qsizetype>& openers = dateOpeners();
    for (auto k = std::upper_bound(openers.begin(), openers.end(), a); !opens && k != openers.end() && *k < b; ++k) {
        opens = opensDateAt(*k, b);
    }
    if (!opens) {
        return;
    }
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

} // namespace corrob::text::figures
