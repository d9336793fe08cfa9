// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/QueryParts.h"

#include <QRegularExpression>

#include <algorithm>

namespace corrob::search::detail {
namespace {

// The distance of an infix NEAR written between two words ("a NEAR b", "a NEAR/3 b", as SQLite's FTS3 and many
// search tools write it), or nullopt for any other word. "NEAR" alone is FTS5's default, 10 words.
std::optional<int> infixNearDistance(const Token& t)
{
    if (t.type != Token::Type::Word || !t.text.startsWith(QStringLiteral("NEAR"))) {
        return std::nullopt;
    }
    if (t.text.size() == 4) {
        return 10;
    }
    static const QRegularExpression slash(QStringLiteral("^NEAR/(\\d{1,4})$"));
    const auto m = slash.match(t.text);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

// "(Kyiv OR Kharkiv) NEAR shelling": a group of words and phrases joined by OR beside an infix NEAR is one operand of
// it, any of its words near the other side (FTS5's NEAR takes phrases only: the group is rendered as its choices).
// "(Obama president) NEAR/5 Romney", a group of words ANDed (side by side or with AND), puts each of its words in the
// NEAR group: all of them close together, as NEAR(Obama president Romney, 5) reads. Each such group becomes one token
// holding an OR node or an AND node of its words; other groups (mixed, nested, beside no NEAR) stay as they are.
std::vector<Token> readNearAlternatives(std::vector<Token> in)
{
    const auto isNear = [&in](std::size_t at) { // at or after the token being read: still in `in`
        return at < in.size() && infixNearDistance(in[at]).has_value();
    };
    const auto isWord = [](const Token& t) {
        return (t.type == Token::Type::Word && !infixNearDistance(t)) || t.type == Token::Type::Phrase;
    };
    std::vector<Token> out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        std::vector<std::size_t> members; // the group's words and phrases
        bool ored = false;
        bool anded = false;      // side by side, or joined by AND
        std::size_t end = i + 1; // at the group's closing parenthesis once read
        if (in[i].type == Token::Type::LParen) {
            while (end < in.size() && isWord(in[end])) {
                members.push_back(end++);
                if (end < in.size() && (in[end].type == Token::Type::Or || in[end].type == Token::Type::And) &&
                    end + 1 < in.size() && isWord(in[end + 1])) {
                    (in[end].type == Token::Type::Or ? ored : anded) = true;
                    ++end;
                } else if (end < in.size() && isWord(in[end])) {
                    anded = true;
                }
            }
        }
        const bool group =
            members.size() >= 2 && ored != anded && end < in.size() && in[end].type == Token::Type::RParen;
        // What came before is in out already (moved out of in).
        if (!group || !(isNear(end + 1) || (!out.empty() && infixNearDistance(out.back())))) {
            out.push_back(std::move(in[i]));
            continue;
        }
        QueryNode words;
        words.type = ored ? QueryNode::Type::Or : QueryNode::Type::And;
        for (const std::size_t k : members) {
            if (auto node = in[k].type == Token::Type::Phrase ? phraseNode(in[k].text) : wordNode(in[k].text)) {
                words.children.push_back(std::move(node).value());
            }
        }
        if (words.children.size() < 2) {
            out.push_back(std::move(in[i]));
            continue;
        }
        out.push_back(
            Token{Token::Type::Near, ored ? QStringLiteral("alternatives") : QStringLiteral("all"), std::move(words)});
        i = end; // past the closing parenthesis
    }
    return out;
}

} // namespace

// "a NEAR b", "a NEAR/3 b NEAR c": the words and phrases on either side of an infix NEAR become one NEAR group (of
// the smallest distance written in it), as NEAR(a b, 3) does; a NEAR without a word on both sides stays a word, and
// is listed in unread unless it is still being typed.
std::vector<Token> readInfixNear(std::vector<Token> in, QStringList& unread)
{
    in = readNearAlternatives(std::move(in));
    const auto operand = [](const Token& t) {
        return t.type == Token::Type::Word || t.type == Token::Type::Phrase || t.type == Token::Type::Near;
    };
    const auto nodeOf = [](const Token& t) -> std::optional<QueryNode> {
        if (t.type == Token::Type::Near) {
            return t.node;
        }
        return t.type == Token::Type::Phrase ? phraseNode(t.text) : wordNode(t.text);
    };
    // An operand's place in a NEAR group: the words of an ANDed group each take one, anything else one.
    const auto addTo = [](QueryNode& group, const QueryNode& side) {
        if (side.type == QueryNode::Type::And) {
            group.children.insert(group.children.end(), side.children.begin(), side.children.end());
        } else {
            group.children.push_back(side);
        }
    };
    std::vector<Token> out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::optional<int> distance = infixNearDistance(in[i]);
        if (!distance) {
            out.push_back(std::move(in[i]));
            continue;
        }
        // At either end, or before a group not closed yet, it is being typed ("Kyiv NEAR", "NEAR(", "Kyiv NEAR
        // (Bucha OR Irpin"): nothing is said of it yet.
        const auto beingTyped = [&in](std::size_t at) {
            int depth = 0;
            for (std::size_t k = at + 1; k < in.size(); ++k) {
                depth += in[k].type == Token::Type::LParen ? 1 : in[k].type == Token::Type::RParen ? -1 : 0;
            }
            return at + 1 >= in.size() || depth > 0;
        };
        const auto keepAsWord = [&] {
            if (!out.empty() && !beingTyped(i)) {
                unread << in[i].text;
            }
            out.push_back(std::move(in[i]));
        };
        if (out.empty() || !operand(out.back()) || i + 1 >= in.size() || !operand(in[i + 1]) ||
            infixNearDistance(out.back()) || infixNearDistance(in[i + 1])) {
            keepAsWord();
            continue;
        }
        const std::optional<QueryNode> left = nodeOf(out.back());
        const std::optional<QueryNode> right = nodeOf(in[i + 1]);
        if (!left || !right || right->type == QueryNode::Type::Near) {
            keepAsWord();
            continue;
        }
        QueryNode group;
        if (left->type == QueryNode::Type::Near && out.back().text == QStringLiteral("infix")) {
            group = *left; // a NEAR b NEAR c: one group
            group.distance = std::min(group.distance, *distance);
        } else if (left->type == QueryNode::Type::Near) {
            keepAsWord();
            continue;
        } else {
            group.type = QueryNode::Type::Near;
            group.distance = *distance;
            addTo(group, *left);
        }
        addTo(group, *right);
        out.back() = Token{Token::Type::Near, QStringLiteral("infix"), std::move(group)};
        ++i;
    }
    return out;
}

} // namespace corrob::search::detail
