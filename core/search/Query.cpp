// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Query.h"

#include <QRegularExpression>

#include <algorithm>

namespace corrob::search {
namespace {

struct Token
{
    enum class Type
    {
        Word,
        Phrase,
        LParen,
        RParen,
        Or,
        And,
        Not,
        Near,
        Filter,
    };
    Type type = Type::Word;
    QString text;
    QueryNode node; // Near and Filter: the group or the filter, already read
};

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

bool isDate(const QString& s)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    return date.match(s).hasMatch();
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

std::vector<Token> tokenize(const QString& text)
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
            }
            i = j;
            if (colon > 0 && isField(run.left(colon))) {
                if (auto filter = filterToken(run.left(colon), run.mid(colon + 1))) {
                    out.push_back(std::move(*filter));
                    continue;
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
        const bool nextOk = next && isOperandStart(*next) && next->type != Token::Type::Not;
        if (t.type == Token::Type::Not) {
            if (!next || !isOperandStart(*next)) {
                t.type = Token::Type::Word;
            }
        } else if (t.type == Token::Type::Or || t.type == Token::Type::And) {
            const bool nextStarts = next && isOperandStart(*next);
            if (!prev || !isOperandEnd(*prev) || !nextStarts) {
                t.type = Token::Type::Word;
            }
            Q_UNUSED(nextOk);
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

// The one field a filter sets, for "any of" (outlet:Reuters OR outlet:AP is one filter of two outlets); -1 when it
// sets several, a date range (two ranges are no one range) or exclusions.
constexpr int kAnyOfFields = 6; // outlet, source, tag, kind, report, in

int anyOfField(const QueryFilters& f)
{
    if (!f.publishedFrom.isEmpty() || !f.publishedTo.isEmpty() || !f.excluded.empty()) {
        return -1;
    }
    const bool set[kAnyOfFields] = {!f.outlets.isEmpty(), !f.sources.isEmpty(), !f.tags.isEmpty(),
                                    !f.kinds.isEmpty(),   !f.reports.isEmpty(), !f.in.empty()};
    int field = -1;
    for (int i = 0; i < int(std::size(set)); ++i) {
        if (set[i]) {
            if (field >= 0) {
                return -1;
            }
            field = i;
        }
    }
    return field;
}

// The fields a set of filters ANDed holds already, to tell whether one more filter can join it: not a second date range
// (both must hold), nor values ORed beside the same field ANDed (outlet:A (outlet:A OR outlet:B) is A's reports).
class TakenFields
{
public:
    [[nodiscard]] bool admits(const QueryNode& filter) const
    {
        const int field = anyOfField(filter.filter);
        return !(isDated(filter) && m_dated) && (field < 0 || !(m_ored[field] || (filter.ored && m_plain[field])));
    }
    void take(const QueryNode& filter)
    {
        m_dated = m_dated || isDated(filter);
        if (const int field = anyOfField(filter.filter); field >= 0) {
            (filter.ored ? m_ored : m_plain)[field] = true;
        }
    }

private:
    static bool isDated(const QueryNode& filter)
    {
        return !filter.filter.publishedFrom.isEmpty() || !filter.filter.publishedTo.isEmpty();
    }
    bool m_ored[kAnyOfFields] = {};
    bool m_plain[kAnyOfFields] = {};
    bool m_dated = false;
};

// Filters of one field ORed become one filter of any of their values, at every level of the tree; so do those ANDed
// side by side (outlet:A outlet:B is either outlet, as in the whole query: a report has one, so both would be
// nothing), so that a group means what it would mean alone. A filter of values ORed and one of the same field ANDed
// with it stay apart: outlet:A (outlet:A OR outlet:B) is A's reports.
void mergeAlternatives(QueryNode& node)
{
    for (QueryNode& c : node.children) {
        mergeAlternatives(c);
    }
    if (node.type != QueryNode::Type::Or && node.type != QueryNode::Type::And) {
        return;
    }
    const bool ored = node.type == QueryNode::Type::Or;
    std::vector<QueryNode> kept;
    for (QueryNode& c : node.children) {
        const int field = c.type == QueryNode::Type::Filter && (ored || !c.ored) ? anyOfField(c.filter) : -1;
        const auto same = std::find_if(kept.begin(), kept.end(), [field, ored](const QueryNode& k) {
            return field >= 0 && k.type == QueryNode::Type::Filter && (ored || !k.ored) &&
                   anyOfField(k.filter) == field;
        });
        if (same != kept.end()) {
            same->filter.add(c.filter);
            same->ored = ored;
        } else {
            kept.push_back(std::move(c));
        }
    }
    if (kept.size() == 1) {
        QueryNode only = std::move(kept.front());
        node = std::move(only);
    } else {
        node.children = std::move(kept);
    }
}

// What NOT x leaves out when x is filters alone: one exclusion per alternative (NOT (outlet:A OR outlet:B)), or one
// of all of them (NOT (outlet:A in:claims)). Nothing when x has words.
std::optional<std::vector<QueryFilters>> exclusionsOf(const QueryNode& x)
{
    std::vector<QueryFilters> out;
    if (x.type == QueryNode::Type::Filter) {
        out.push_back(x.filter);
        return out;
    }
    const bool allFilters = !x.children.empty() && std::all_of(x.children.begin(), x.children.end(), [](const auto& c) {
        return c.type == QueryNode::Type::Filter;
    });
    if (!allFilters || (x.type != QueryNode::Type::Or && x.type != QueryNode::Type::And)) {
        return std::nullopt;
    }
    if (x.type == QueryNode::Type::Or) {
        for (const QueryNode& c : x.children) {
            out.push_back(c.filter);
        }
    } else {
        // What all of them select, when one set of filters can say it (otherwise a condition in the tree).
        QueryFilters all;
        TakenFields taken;
        for (const QueryNode& c : x.children) {
            if (!taken.admits(c)) {
                return std::nullopt;
            }
            taken.take(c);
            all.add(c.filter);
        }
        out.push_back(std::move(all));
    }
    return out;
}

// Takes the filters that the whole query must meet out of the tree into q.filters (the root, an operand of the root's
// AND, and what NOT leaves out there); the filters that only some words go with stay in it. A root of exclusions alone
// finds nothing (onlyExclusions), unless filters select something for them to be taken from (-Putin outlet:TASS): the
// root is then a NOT.
void liftFilters(Query& q)
{
    if (!q.root) {
        return;
    }
    mergeAlternatives(*q.root);
    // A filter that cannot join those taken already stays in the tree (TakenFields).
    TakenFields taken;
    const auto take = [&](const QueryNode& n) {
        if (n.type == QueryNode::Type::Filter) {
            if (!taken.admits(n)) {
                return false;
            }
            taken.take(n);
            q.filters.add(n.filter);
            return true;
        }
        if (n.type == QueryNode::Type::Not && !n.children.empty()) {
            if (auto excluded = exclusionsOf(n.children.front())) {
                for (QueryFilters& e : *excluded) {
                    q.filters.excluded.push_back(std::move(e));
                }
                return true;
            }
        }
        return false;
    };
    QueryNode& root = *q.root;
    if (root.type == QueryNode::Type::And) {
        std::vector<QueryNode> kept;
        for (QueryNode& c : root.children) {
            if (!take(c)) {
                kept.push_back(std::move(c));
            }
        }
        const bool onlyNots =
            std::all_of(kept.begin(), kept.end(), [](const QueryNode& c) { return c.type == QueryNode::Type::Not; });
        if (kept.empty()) {
            q.root.reset();
        } else if (kept.size() == 1) {
            QueryNode only = std::move(kept.front());
            root = std::move(only);
        } else if (onlyNots) { // a NOT b NOT c: NOT (b OR c), as the parser makes it
            QueryNode any;
            any.type = QueryNode::Type::Or;
            for (QueryNode& c : kept) {
                any.children.push_back(std::move(c.children.front()));
            }
            root = QueryNode{};
            root.type = QueryNode::Type::Not;
            root.children.push_back(std::move(any));
        } else {
            root.children = std::move(kept);
        }
    } else if (take(root)) {
        q.root.reset();
    }
    if (!q.root || q.root->type != QueryNode::Type::Not) {
        return;
    }
    const auto hasWords = [](const QueryNode& n, const auto& self) -> bool {
        return n.type == QueryNode::Type::Term || n.type == QueryNode::Type::Phrase ||
               n.type == QueryNode::Type::Near ||
               std::any_of(n.children.begin(), n.children.end(), [&](const QueryNode& c) { return self(c, self); });
    };
    if (!q.filters.selects() && hasWords(*q.root, hasWords)) {
        q.onlyExclusions = true; // what they leave out had nothing to be taken from
        q.root.reset();
    }
    // Otherwise the root stays a NOT: what the filters select, without it (-Putin outlet:TASS), or, of filters alone
    // that one set of filters cannot say (NOT (published:2021 published:2022)), what they leave.
}

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

bool QueryFilters::empty() const
{
    return !selects() && excluded.empty();
}

bool QueryFilters::selects() const
{
    return !outlets.isEmpty() || !sources.isEmpty() || !tags.isEmpty() || !kinds.isEmpty() || !reports.isEmpty() ||
           !in.empty() || !publishedFrom.isEmpty() || !publishedTo.isEmpty();
}

void QueryFilters::add(const QueryFilters& other)
{
    outlets << other.outlets;
    sources << other.sources;
    tags << other.tags;
    kinds << other.kinds;
    reports << other.reports;
    in.insert(in.end(), other.in.begin(), other.in.end());
    if (!other.publishedFrom.isEmpty() || !other.publishedTo.isEmpty()) {
        publishedFrom = other.publishedFrom;
        publishedTo = other.publishedTo;
    }
    excluded.insert(excluded.end(), other.excluded.begin(), other.excluded.end());
}

QString QueryFilters::toString() const
{
    QStringList parts;
    const auto field = [&parts](const char* name, const QStringList& values) {
        if (!values.isEmpty()) {
            parts << QLatin1String(name) + u':' + values.join(u'|');
        }
    };
    field("outlet", outlets);
    field("source", sources);
    field("tag", tags);
    field("kind", kinds);
    field("report", reports);
    QStringList docKinds;
    for (DocKind k : in) {
        docKinds << docKindName(k);
    }
    field("in", docKinds);
    if (!publishedFrom.isEmpty() || !publishedTo.isEmpty()) {
        parts << QStringLiteral("published:%1..%2").arg(publishedFrom, publishedTo);
    }
    for (const QueryFilters& e : excluded) {
        parts << QStringLiteral("NOT(%1)").arg(e.toString());
    }
    return parts.join(u' ');
}

bool containsFilter(const QueryNode& node)
{
    return node.type == QueryNode::Type::Filter || std::any_of(node.children.begin(), node.children.end(),
                                                               [](const QueryNode& c) { return containsFilter(c); });
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
    std::vector<Token> read = tokenize(text);
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
