// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Query.h"

#include "core/model/Vocabulary.h"
#include "core/search/FilterLifting.h"
#include "core/search/QueryParts.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace corrob::search {

using detail::phraseNode;
using detail::Token;
using detail::wordNode;

namespace detail {

std::optional<QueryNode> wordNode(const QString& raw)
{
    QueryNode n;
    n.type = QueryNode::Type::Term;
    n.text = raw;
    if (n.text.size() > 1 && n.text.endsWith(u'*')) {
        while (n.text.endsWith(u'*')) {
            n.text.chop(1);
        }
        n.prefix = true;
    }
    // A name's possessive is the name, as stemming makes "reports" "report": Kyiv's finds every Kyiv, not only "Kyiv's"
    // (the index splits the 's off as a word of its own). Only a capitalised word: "it's" and "that's" are other
    // words, not possessives. Quoted, "Kyiv's mayor" stays as written.
    if (!n.prefix && n.text.size() > 2 && n.text.front().isUpper() &&
        (n.text.endsWith(QStringLiteral("'s"), Qt::CaseInsensitive) ||
         n.text.endsWith(QStringLiteral("\u2019s"), Qt::CaseInsensitive))) {
        static const QStringList contractions = {
            QStringLiteral("it"),  QStringLiteral("that"), QStringLiteral("he"),    QStringLiteral("she"),
            QStringLiteral("let"), QStringLiteral("what"), QStringLiteral("there"), QStringLiteral("here"),
            QStringLiteral("who"), QStringLiteral("where")};
        const QString word = n.text.left(n.text.size() - 2);
        if (word.back().isLetterOrNumber() && !contractions.contains(word.toLower())) {
            n.text = word;
        }
    }
    if (!hasWordCharacters(n.text)) {
        return std::nullopt;
    }
    return n;
}

std::optional<QueryNode> phraseNode(const QString& raw)
{
    const QString text = raw.simplified();
    if (!hasWordCharacters(text)) {
        return std::nullopt;
    }
    QueryNode n;
    n.type = QueryNode::Type::Phrase;
    n.text = text;
    return n;
}

} // namespace detail

namespace {

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Characters that show nothing and mean nothing in a name: the soft hyphen (which the importers take out of new
// texts), the byte order mark and the direction marks, embeddings and isolates. A zero-width space or word joiner
// stays: the index splits its text's words there too, so a query pasted from such a text still finds it; zero-width
// joiners and non-joiners are spelling in Persian or Indic words.
bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0xFEFF || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

bool isOperandStart(const Token& t)
{
    return t.type == Token::Type::Word || t.type == Token::Type::Phrase || t.type == Token::Type::LParen ||
           t.type == Token::Type::Not || t.type == Token::Type::Near || t.type == Token::Type::Filter;
}

bool isOperandEnd(const Token& t)
{
    return t.type == Token::Type::Word || t.type == Token::Type::Phrase || t.type == Token::Type::RParen ||
           t.type == Token::Type::Near || t.type == Token::Type::Filter;
}

bool isDate(const QString& s)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (!date.match(s).hasMatch()) {
        return false;
    }
    // A month or a day that no calendar has (2022-13, 2022-02-30) is no date.
    const int month = s.size() >= 7 ? s.mid(5, 2).toInt() : 1;
    const int day = s.size() == 10 ? s.mid(8, 2).toInt() : 1;
    return QDate(s.left(4).toInt(), month, day).isValid();
}

// Applies field:value to the filters; false when it is no filter (the token is then taken as a word).
bool applyField(const QString& field, const QString& value, QueryFilters& f)
{
    const QString name = field.toLower();
    if (value.trimmed().isEmpty()) {
        return false;
    }
    if (name == u"outlet") {
        f.outlets << value;
    } else if (name == u"source") {
        f.sources << value;
    } else if (name == u"tag") {
        // A path as written everywhere else ("Violence/Shelling"), its parts trimmed.
        QStringList parts = value.split(u'/');
        for (QString& part : parts) {
            part = part.simplified();
        }
        f.tags << parts.join(u'/');
    } else if (name == u"kind") {
        if (!model::parseClaimKind(value)) {
            return false; // kind:bogus narrowed to nothing without a word said
        }
        f.kinds << value.toLower();
    } else if (name == u"report") {
        f.reports << value;
    } else if (name == u"in") {
        std::vector<DocKind> kinds;
        for (const QString& part : value.toLower().split(QRegularExpression(QStringLiteral("[|,]")))) {
            if (part == u"claims" || part == u"claim") {
                kinds.push_back(DocKind::Claim);
            } else if (part == u"reports" || part == u"report") {
                kinds.push_back(DocKind::Report);
            } else if (part == u"notes" || part == u"note") {
                kinds.push_back(DocKind::Note);
            } else if (part == u"sources" || part == u"source") {
                kinds.push_back(DocKind::Source);
            } else {
                return false;
            }
        }
        f.in.insert(f.in.end(), kinds.begin(), kinds.end());
    } else if (name == u"published") {
        const qsizetype dots = value.indexOf(QStringLiteral(".."));
        const QString from = dots < 0 ? value : value.left(dots);
        const QString to = dots < 0 ? value : value.mid(dots + 2);
        if ((from.isEmpty() && to.isEmpty()) || (!from.isEmpty() && !isDate(from)) || (!to.isEmpty() && !isDate(to))) {
            return false;
        }
        // A range typed backwards (2022-05..2022-03) means the same months: read it forwards rather than find
        // nothing. Compared on the precision both share, so 2022-03-10..2022-03 (to the month's end) stays as it is.
        const qsizetype shared = std::min(from.size(), to.size());
        const bool reversed = !from.isEmpty() && !to.isEmpty() && from.left(shared) > to.left(shared);
        f.publishedFrom = reversed ? to : from;
        f.publishedTo = reversed ? from : to;
    } else {
        return false;
    }
    return true;
}

bool isField(const QString& name)
{
    static const QStringList fields = {QStringLiteral("outlet"),   QStringLiteral("source"), QStringLiteral("tag"),
                                       QStringLiteral("kind"),     QStringLiteral("report"), QStringLiteral("in"),
                                       QStringLiteral("published")};
    return fields.contains(name.toLower());
}

// Reads the inside of NEAR( ... ): words and quoted phrases, and an optional ", N" at the end.
std::optional<QueryNode> readNear(const QString& inside)
{
    QString words = inside;
    int distance = 10;
    // FTS5 takes any distance; past 9,999 words every distance means the same, the whole text (NEAR(a b, 10000)
    // used to be read as a third word, "10000", and found nothing).
    static const QRegularExpression tail(QStringLiteral(",\\s*(\\d+)\\s*$"));
    if (const auto m = tail.match(words); m.hasMatch()) {
        QString digits = m.captured(1);
        while (digits.size() > 1 && digits.front() == u'0') {
            digits.remove(0, 1); // 00005 is 5
        }
        distance = digits.size() > 4 ? 9999 : digits.toInt();
        words = words.left(m.capturedStart());
    }
    QueryNode near;
    near.type = QueryNode::Type::Near;
    near.distance = distance;
    qsizetype i = 0;
    while (i < words.size()) {
        if (isSpace(words[i]) || words[i] == u',') {
            ++i;
            continue;
        }
        std::optional<QueryNode> n;
        if (words[i] == u'"') {
            const qsizetype close = words.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? words.size() : close;
            n = phraseNode(words.mid(i + 1, end - i - 1));
            i = end + 1;
        } else {
            qsizetype j = i;
            while (j < words.size() && !isSpace(words[j]) && words[j] != u'"' && words[j] != u',') {
                ++j;
            }
            n = wordNode(words.mid(i, j - i)); // a prefix stays one: FTS5's NEAR takes "word"* as a phrase
            i = j;
        }
        if (n) {
            near.children.push_back(*n);
        }
    }
    if (near.children.empty()) {
        return std::nullopt;
    }
    if (near.children.size() == 1) {
        return near.children.front();
    }
    return near;
}

// field:value as an operand of the query, when it is a filter.
std::optional<Token> filterToken(const QString& field, const QString& value)
{
    Token t{Token::Type::Filter, {}, {}};
    t.node.type = QueryNode::Type::Filter;
    if (!applyField(field, value, t.node.filter)) {
        return std::nullopt;
    }
    return t;
}

// unread: what is written as a filter of a known field with a value it does not take (in:bogus, published:"soon"),
// then read as words.
std::vector<Token> tokenize(const QString& text, QStringList& unread)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == u'(') {
            out.push_back({Token::Type::LParen, {}, {}});
            ++i;
        } else if (c == u')') {
            out.push_back({Token::Type::RParen, {}, {}});
            ++i;
        } else if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            out.push_back({Token::Type::Phrase, text.mid(i + 1, end - i - 1), {}});
            i = end + 1;
        } else {
            qsizetype j = i;
            while (j < n && !isSpace(text[j]) && text[j] != u'(' && text[j] != u')' && text[j] != u'"') {
                ++j;
            }
            const QString run = text.mid(i, j - i);
            // -word, -"a phrase", -outlet:Reuters, -(a group): an exclusion, as web searches write it (the word, the
            // phrase, the filter or the group is read next). A hyphen inside a word (state-of) or before a digit (-5%)
            // stays what it is.
            const char32_t second = run.size() > 2 && run.at(1).isHighSurrogate()
                                        ? QChar::surrogateToUcs4(run.at(1), run.at(2))
                                        : char32_t(run.size() > 1 ? run.at(1).unicode() : 0);
            if (run.front() == u'-' && ((run.size() > 1 && QChar::isLetter(second)) ||
                                        (run.size() == 1 && j < n && (text[j] == u'"' || text[j] == u'(')))) {
                out.push_back({Token::Type::Not, QStringLiteral("-"), {}});
                ++i;
                continue;
            }
            const qsizetype colon = run.indexOf(u':');
            // NEAR( ... )
            if (run == u"NEAR" && j < n && text[j] == u'(') {
                const qsizetype close = text.indexOf(u')', j + 1);
                if (close >= 0) {
                    if (auto group = readNear(text.mid(j + 1, close - j - 1))) {
                        out.push_back({Token::Type::Near, {}, std::move(*group)});
                    }
                    i = close + 1;
                    continue;
                }
            }
            // field:"quoted value"
            if (colon > 0 && colon == run.size() - 1 && j < n && text[j] == u'"' && isField(run.left(colon))) {
                const qsizetype close = text.indexOf(u'"', j + 1);
                const qsizetype end = close < 0 ? n : close;
                if (auto filter = filterToken(run.left(colon), text.mid(j + 1, end - j - 1).simplified())) {
                    out.push_back(std::move(*filter));
                    i = end + 1;
                    continue;
                }
                unread << run + text.mid(j, std::min(end + 1, n) - j);
            }
            i = j;
            const bool field = colon > 0 && isField(run.left(colon));
            if (field) {
                if (auto filter = filterToken(run.left(colon), run.mid(colon + 1))) {
                    out.push_back(std::move(*filter));
                    continue;
                }
                if (colon + 1 < run.size()) {
                    unread << run;
                }
            }
            if (run == u"OR") {
                out.push_back({Token::Type::Or, run, {}});
            } else if (run == u"AND") {
                out.push_back({Token::Type::And, run, {}});
            } else if (run == u"NOT") {
                out.push_back({Token::Type::Not, run, {}});
            } else {
                out.push_back({Token::Type::Word, run, {}});
            }
        }
    }
    return out;
}

// Parentheses nested deeper than this are read as if they were not there (the words inside still count): the
// parser recurses once per level, and SQLite's FTS5 refuses a MATCH nested much deeper ("parser stack overflow").
constexpr int kMaxGroupDepth = 12;

// Operators without operands become words; unmatched parentheses are dropped or closed, and those nested deeper than
// kMaxGroupDepth dropped.
std::vector<Token> repair(std::vector<Token> in)
{
    std::vector<Token> balanced;
    std::vector<bool> open; // for each open parenthesis: whether it was kept
    int depth = 0;          // kept parentheses open
    for (Token& t : in) {
        if (t.type == Token::Type::RParen) {
            if (open.empty()) {
                continue;
            }
            const bool kept = open.back();
            open.pop_back();
            if (!kept) {
                continue;
            }
            --depth;
        } else if (t.type == Token::Type::LParen) {
            open.push_back(depth < kMaxGroupDepth);
            if (!open.back()) {
                continue;
            }
            ++depth;
        }
        balanced.push_back(std::move(t));
    }
    for (; depth > 0; --depth) {
        balanced.push_back({Token::Type::RParen, {}, {}});
    }
    // Decide from the right so that "NOT NOT x" reads as the word NOT, then NOT x.
    for (qsizetype k = qsizetype(balanced.size()) - 1; k >= 0; --k) {
        Token& t = balanced[size_t(k)];
        const Token* next = size_t(k + 1) < balanced.size() ? &balanced[size_t(k + 1)] : nullptr;
        const Token* prev = k > 0 ? &balanced[size_t(k - 1)] : nullptr;
        if (t.type == Token::Type::Not) {
            if (!next || !isOperandStart(*next)) {
                t.type = Token::Type::Word;
            }
        } else if (t.type == Token::Type::Or || t.type == Token::Type::And) {
            const bool nextStarts = next && isOperandStart(*next);
            if (!prev || !isOperandEnd(*prev) || !nextStarts) {
                t.type = Token::Type::Word;
            }
        }
    }
    return balanced;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    // Anything left (cannot happen with balanced parentheses) is ignored.
    std::optional<QueryNode> parse() { return parseOr(); }

private:
    [[nodiscard]] const Token* peek() const { return m_pos < m_tokens.size() ? &m_tokens[m_pos] : nullptr; }

    static std::optional<QueryNode> combine(QueryNode::Type type, std::vector<QueryNode> items)
    {
        std::vector<QueryNode> flat;
        for (QueryNode& item : items) {
            if (item.type == type) {
                for (QueryNode& c : item.children) {
                    flat.push_back(std::move(c));
                }
            } else {
                flat.push_back(std::move(item));
            }
        }
        if (type == QueryNode::Type::Or && flat.size() > 1) {
            std::erase_if(flat, [](const QueryNode& c) { return c.type == QueryNode::Type::Not; });
        }
        if (type == QueryNode::Type::And && !flat.empty() &&
            std::none_of(flat.begin(), flat.end(), [](const QueryNode& c) { return c.type != QueryNode::Type::Not; })) {
            // Only exclusions, as in the group of "rice (NOT netanyahu)": one NOT of them all (NOT a NOT b is
            // NOT (a OR b)), for the AND around the group to take away; at the root it matches nothing unless filters
            // select what it is taken from (liftFilters).
            if (flat.size() == 1) {
                return std::move(flat.front());
            }
            QueryNode any;
            any.type = QueryNode::Type::Or;
            for (QueryNode& c : flat) {
                any.children.push_back(std::move(c.children.front()));
            }
            QueryNode n;
            n.type = QueryNode::Type::Not;
            n.children.push_back(std::move(any));
            return n;
        }
        if (flat.empty()) {
            return std::nullopt;
        }
        if (flat.size() == 1) {
            return std::move(flat.front());
        }
        QueryNode n;
        n.type = type;
        n.children = std::move(flat);
        return n;
    }

    std::optional<QueryNode> parseOr()
    {
        std::vector<QueryNode> items;
        if (auto left = parseAnd()) {
            items.push_back(std::move(*left));
        }
        while (peek() && peek()->type == Token::Type::Or) {
            ++m_pos;
            if (auto right = parseAnd()) {
                items.push_back(std::move(*right));
            }
        }
        return combine(QueryNode::Type::Or, std::move(items));
    }

    std::optional<QueryNode> parseAnd()
    {
        std::vector<QueryNode> items;
        while (const Token* t = peek()) {
            if (t->type == Token::Type::RParen || t->type == Token::Type::Or) {
                break;
            }
            if (t->type == Token::Type::And) {
                ++m_pos;
                continue;
            }
            if (auto item = parseUnary()) {
                items.push_back(std::move(*item));
            }
        }
        return combine(QueryNode::Type::And, std::move(items));
    }

    std::optional<QueryNode> parseUnary()
    {
        // NOT NOT x reads as NOT x, as does any run of NOTs (counted, not recursed: a run can be as long as the text).
        bool negated = false;
        while (peek() && peek()->type == Token::Type::Not) {
            ++m_pos;
            negated = true;
        }
        auto operand = parsePrimary();
        if (!negated || !operand || operand->type == QueryNode::Type::Not) {
            return operand;
        }
        QueryNode n;
        n.type = QueryNode::Type::Not;
        n.children.push_back(std::move(*operand));
        return n;
    }

    std::optional<QueryNode> parsePrimary()
    {
        const Token* t = peek();
        if (!t) {
            return std::nullopt;
        }
        ++m_pos;
        switch (t->type) {
        case Token::Type::LParen: {
            auto inner = parseOr();
            if (peek() && peek()->type == Token::Type::RParen) {
                ++m_pos;
            }
            return inner;
        }
        case Token::Type::Word:
        case Token::Type::Or:
        case Token::Type::And:
        case Token::Type::Not:
            return wordNode(t->text);
        case Token::Type::Phrase:
            return phraseNode(t->text);
        case Token::Type::Near:
        case Token::Type::Filter:
            return t->node;
        case Token::Type::RParen:
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

} // namespace

bool hasWordCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString docKindName(DocKind kind)
{
    switch (kind) {
    case DocKind::Report:
        return QStringLiteral("report");
    case DocKind::Claim:
        return QStringLiteral("claim");
    case DocKind::Note:
        return QStringLiteral("note");
    case DocKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

QString QueryNode::toString() const
{
    QStringList parts;
    for (const QueryNode& c : children) {
        parts << c.toString();
    }
    switch (type) {
    case Type::Term:
        return QStringLiteral("term(%1%2)").arg(text, prefix ? QStringLiteral("*") : QString());
    case Type::Phrase:
        return QStringLiteral("phrase(%1)").arg(text);
    case Type::And:
        return QStringLiteral("and(%1)").arg(parts.join(u' '));
    case Type::Or:
        return QStringLiteral("or(%1)").arg(parts.join(u' '));
    case Type::Not:
        return QStringLiteral("not(%1)").arg(parts.join(u' '));
    case Type::Near:
        return QStringLiteral("near/%1(%2)").arg(distance).arg(parts.join(u' '));
    case Type::Filter:
        return QStringLiteral("filter(%1)").arg(filter.toString());
    }
    return {};
}

Query parseQuery(const QString& typed)
{
    // A NUL ends the MATCH string for SQLite's FTS5 ("unterminated string", found by the fuzz target): a space here.
    Query q;
    QString text = typed;
    if (text.size() > kMaxQueryCharacters) {
        // Cut at a space, so that no word, filter or NEAR group is read half (a surrogate pair never split).
        qsizetype cut = kMaxQueryCharacters;
        while (cut > 0 && !text.at(cut).isSpace()) {
            --cut;
        }
        if (cut == 0) {
            cut = kMaxQueryCharacters - (text.at(kMaxQueryCharacters - 1).isHighSurrogate() ? 1 : 0);
        }
        text.truncate(cut);
        q.truncated = true;
    }
    text.replace(QChar(u'\0'), QChar(u' '));
    // Invisible characters pasted with a name (a soft hyphen, a direction mark, a byte order mark) split or hide it;
    // the index does not hold them inside its words either (isInvisible).
    text.removeIf([](QChar c) { return isInvisible(c); });
    std::vector<Token> read = detail::readInfixNear(tokenize(text, q.unreadFilters), q.unreadNear);
    q.unreadNear.removeDuplicates();
    q.unreadFilters.removeDuplicates();
    int operands = 0;
    int filters = 0;         // counted apart: a long pasted text does not push out the filter typed after it
    std::vector<Token> kept; // such filters, read past the cut
    for (std::size_t i = 0; i < read.size(); ++i) {
        const Token::Type t = read[i].type;
        const bool word = t == Token::Type::Word || t == Token::Type::Phrase || t == Token::Type::Near;
        if (!((word && ++operands > kMaxQueryWords) || (t == Token::Type::Filter && ++filters > kMaxQueryFilters))) {
            continue;
        }
        // The filters after the cut, outside any group and not after an OR or a NOT, still narrow what was read
        // ("<a pasted paragraph> outlet:Reuters").
        int depth = 0;
        for (std::size_t k = i + 1; word && k < read.size() && filters < kMaxQueryFilters; ++k) {
            const Token::Type u = read[k].type;
            depth += u == Token::Type::LParen ? 1 : (u == Token::Type::RParen && depth > 0 ? -1 : 0);
            if (u == Token::Type::Filter && depth == 0 && read[k - 1].type != Token::Type::Or &&
                read[k - 1].type != Token::Type::Not) {
                kept.push_back(std::move(read[k]));
                ++filters;
            }
        }
        read.resize(i);
        q.truncated = true;
        break;
    }
    if (q.truncated) {
        // What the cut left waiting for an operand (an OR, a NOT, an open group) goes too: repair() would read it
        // as a word, and "a NOT b" cut after NOT would require the word "not".
        while (!read.empty() && (read.back().type == Token::Type::Or || read.back().type == Token::Type::And ||
                                 read.back().type == Token::Type::Not || read.back().type == Token::Type::LParen)) {
            read.pop_back();
        }
        if (!kept.empty()) {
            int open = 0; // the groups the cut left open close before the kept filters, which apply to all of it
            for (const Token& t : read) {
                open += t.type == Token::Type::LParen ? 1 : (t.type == Token::Type::RParen && open > 0 ? -1 : 0);
            }
            for (; open > 0; --open) {
                read.push_back({Token::Type::RParen, {}, {}});
            }
            for (Token& f : kept) {
                read.push_back(std::move(f));
            }
        }
    }
    std::vector<Token> tokens = repair(std::move(read));
    q.root = Parser(std::move(tokens)).parse();
    liftFilters(q);
    return q;
}

} // namespace corrob::search
