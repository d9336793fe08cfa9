// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/FigureParser.h"

#include "core/text/FigureParserImpl.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace corrob::text {
namespace figures {
namespace {

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

} // namespace

Parser::Parser(const QString& text)
    : m_text(text), m_lower(lowerUnits(text)), m_tokens(tokenize(text, m_lower)), m_phones(findPhoneNumbers(text))
{
}

QList<Figure> Parser::run()
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

// Whether a figure can begin at this token: a number, or a word that opens a qualifier, a number word
// or a vague plural. Most words cannot, and are skipped with one hash lookup.
bool Parser::canStart(const Token& t)
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
             {u"a",        u"an",        u"dozens",   u"scores",   u"tens",   u"hundreds", u"thousands", u"millions",
              u"billions", u"one",       u"two",      u"three",    u"four",   u"five",     u"six",       u"seven",
              u"eight",    u"nine",      u"ten",      u"eleven",   u"twelve", u"thirteen", u"fourteen",  u"fifteen",
              u"sixteen",  u"seventeen", u"eighteen", u"nineteen", u"twenty", u"thirty",   u"forty",     u"fifty",
              u"sixty",    u"seventy",   u"eighty",   u"ninety"}) {
            out.insert(w);
        }
        return out;
    }();
    return starters.contains(std::u16string_view(t.lower.utf16(), size_t(t.lower.size())));
}

// The qualifier phrase starting at token i, or none; sets `after` to the token after it.
std::optional<Bound> Parser::matchQualifier(qsizetype i, qsizetype& after) const
{
    // The phrases by their first word, in the order above (longest first), each as its words.
    struct Phrase
    {
        std::vector<std::u16string_view> words;
        Bound bound;
    };
    static const std::unordered_map<std::u16string_view, std::vector<Phrase>> phrasesByFirstWord = [] {
        std::unordered_map<std::u16string_view, std::vector<Phrase>> out;
        for (const auto& q : s_qualifiers) {
            Phrase phrase{{}, q.bound};
            std::u16string_view rest(q.words);
            for (size_t space = rest.find(u' '); space != std::u16string_view::npos; space = rest.find(u' ')) {
                phrase.words.push_back(rest.substr(0, space));
                rest.remove_prefix(space + 1);
            }
            phrase.words.push_back(rest);
            out[phrase.words.front()].push_back(std::move(phrase));
        }
        return out;
    }();
    const Token* head = tok(i);
    if (!head || head->kind != Token::Kind::Word) {
        return std::nullopt;
    }
    const auto candidates =
        phrasesByFirstWord.find(std::u16string_view(head->lower.utf16(), size_t(head->lower.size())));
    if (candidates == phrasesByFirstWord.end()) {
        return std::nullopt;
    }
    for (const Phrase& phrase : candidates->second) {
        qsizetype k = i;
        bool ok = true;
        for (size_t w = 0; w < phrase.words.size(); ++w) {
            const Token* t = tok(k);
            if (!t || t->kind != Token::Kind::Word || t->lower != QStringView(phrase.words[w]) ||
                (w > 0 && !spaced(k - 1))) {
                ok = false;
                break;
            }
            ++k;
        }
        if (ok && spaced(k - 1)) {
            after = k;
            return phrase.bound;
        }
    }
    return std::nullopt;
}

// The ISO 4217 code of a currency written before an amount ("€480,000", "$2.5 million", "₴300") or named after
// it ("480,000 euros"); empty for anything else.
QString currencySymbolCode(QStringView t)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("€"), QStringLiteral("EUR")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("£"), QStringLiteral("GBP")}, {QStringLiteral("₴"), QStringLiteral("UAH")},
        {QStringLiteral("₽"), QStringLiteral("RUB")}, {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("₹"), QStringLiteral("INR")}, {QStringLiteral("₺"), QStringLiteral("TRY")},
    };
    return codes.value(t.toString());
}

QString currencyWordCode(QStringView lower)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("euros"), QStringLiteral("EUR")},   {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("eur"), QStringLiteral("EUR")},     {QStringLiteral("dollars"), QStringLiteral("USD")},
        {QStringLiteral("usd"), QStringLiteral("USD")},     {QStringLiteral("pounds"), QStringLiteral("GBP")},
        {QStringLiteral("gbp"), QStringLiteral("GBP")},     {QStringLiteral("hryvnias"), QStringLiteral("UAH")},
        {QStringLiteral("hryvnia"), QStringLiteral("UAH")}, {QStringLiteral("uah"), QStringLiteral("UAH")},
        {QStringLiteral("roubles"), QStringLiteral("RUB")}, {QStringLiteral("rubles"), QStringLiteral("RUB")},
        {QStringLiteral("rub"), QStringLiteral("RUB")},     {QStringLiteral("yen"), QStringLiteral("JPY")},
        {QStringLiteral("francs"), QStringLiteral("CHF")},  {QStringLiteral("chf"), QStringLiteral("CHF")},
        {QStringLiteral("lira"), QStringLiteral("TRY")},    {QStringLiteral("liras"), QStringLiteral("TRY")},
        {QStringLiteral("rupees"), QStringLiteral("INR")},  {QStringLiteral("shekels"), QStringLiteral("ILS")},
    };
    return codes.value(lower.toString());
}

std::optional<Figure> Parser::matchAt(qsizetype i, qsizetype& next) const
{
    qsizetype j = i;
    const std::optional<Bound> qualifier = matchQualifier(i, j);
    const Bound bound = qualifier.value_or(Bound::Exact);
    // An amount of money: the currency written before the number, touching it ("more than $2.5 million").
    QString currency;
    const qsizetype qualifierEnd = j;
    qsizetype start = i;
    if (const Token* symbol = tok(j); symbol && symbol->kind == Token::Kind::Other && adjacent(j)) {
        currency = currencySymbolCode(symbol->lower);
        if (!currency.isEmpty()) {
            ++j;
        }
    } else if (const Token* before = tok(i - 1);
               !qualifier && before && before->kind == Token::Kind::Other && adjacent(i - 1)) {
        currency = currencySymbolCode(before->lower); // "€480,000": the figure starts at the symbol
        if (!currency.isEmpty()) {
            start = i - 1;
        }
    }
    auto first = matchNumber(j, qualifier.has_value());
    if (!first || (first->vague && qualifier)) {
        return std::nullopt;
    }
    Figure f;
    f.start = m_tokens[size_t(start)].start;
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
    if (f.unit.isEmpty() && currency.isEmpty() && tok(k) && tok(k)->kind == Token::Kind::Word && spaced(k - 1)) {
        currency = currencyWordCode(tok(k)->lower); // "480,000 euros"
        if (!currency.isEmpty()) {
            end = m_tokens[size_t(k)].end;
            ++k;
        }
    }
    next = k;
    if (!currency.isEmpty()) {
        f.unit = currency; // an amount, not a count of anything
    } else if (f.unit.isEmpty()) {
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
            for (qsizetype q = i; q < qualifierEnd; ++q) {
                words.append(m_tokens[size_t(q)].lower.toString());
            }
            f.qualifier = words.join(u' ');
        } else {
            f.qualifier = QStringLiteral("exact");
        }
    }
    // "3.3 thousand" times a thousand is 3300.0000000000005 in binary: fifteen significant digits are what was
    // written. A whole number is left as it is (a count of twenty digits reads as written).
    const auto tidy = [](double v) {
        return v == std::floor(v) ? v : QString::number(v, 'g', 15).toDouble();
    };
    f.value = tidy(f.value);
    if (f.low) {
        f.low = tidy(*f.low);
    }
    if (f.high) {
        f.high = tidy(*f.high);
    }
    f.end = end;
    f.text = m_text.mid(f.start, f.end - f.start);
    matchAsOf(f);
    return f;
}

} // namespace figures

QList<Figure> parseFigures(const QString& text)
{
    return figures::Parser(text).run();
}

} // namespace corrob::text
