// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace corrob::io::html {

using Node = GumboInternalNode;

// An HTML5 document parsed by gumbo (the WHATWG tree-construction algorithm, as browsers parse). Parsing only
// builds a tree: nothing is executed and nothing is fetched. Move-only; owns every node it hands out.
//
// Hostile input is bounded: elements nested deeper than kMaxNesting are flattened before parsing (gumbo 0.10.1 has
// no depth limit and its tree builder is quadratic in depth), and a parse that needs more than a memory budget
// (tens of times the input) is abandoned with an Error. Destruction never recurses over the tree.
class HtmlDocument
{
public:
    // Deeper elements lose their tags (their text is kept), as browsers cap DOM depth.
    static constexpr int kMaxNesting = 512;

    // Parses UTF-8 text. `where` names the input in errors.
    static Result<HtmlDocument> parse(const QByteArray& utf8, const QString& where);

    HtmlDocument(HtmlDocument&&) noexcept;
    HtmlDocument& operator=(HtmlDocument&&) noexcept;
    ~HtmlDocument();

    // The document node (children: doctype-less tree with <html> as the element child).
    [[nodiscard]] const Node* document() const;
    // The <html> element.
    [[nodiscard]] const Node* root() const;
    // Findings worth telling the user (e.g. flattened nesting).
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

private:
    struct Arena;
    HtmlDocument();

    std::unique_ptr<Arena> m_arena;
    GumboInternalOutput* m_output = nullptr;
    QStringList m_warnings;
};

// Node helpers. All accept any node and return empty / false for nodes of the wrong kind.
bool isElement(const Node* node);
// The lower-case tag name ("p", "my-widget"); empty for non-elements.
QString tagName(const Node* node);
// The value of an attribute (names are lower case), or a null QString when absent.
QString attribute(const Node* node, const char* name);
bool hasAttribute(const Node* node, const char* name);
// The text of text, whitespace and CDATA nodes (entities already decoded).
QString nodeText(const Node* node);
// Whether the whitespace-collapsed text of all descendants (as textContent) is shorter than `limit` characters, and
// not empty. Stops walking as soon as the answer is known, so it is cheap on large subtrees.
bool hasShortText(const Node* node, qsizetype limit);
// The concatenated text of all descendants, in document order (iterative walk), without script/style contents.
QString textContent(const Node* node);

} // namespace corrob::io::html
