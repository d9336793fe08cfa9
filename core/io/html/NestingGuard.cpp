// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/NestingGuard.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace corrob::io::html {
namespace {

// How far down the open-element stack an end tag is looked for; deeper matches are ignored (bounded work per tag).
constexpr size_t kEndTagSearch = 64;
// Same-name elements that close an open one a few levels up (<p>a<p>b, <li>, table cells, <a>).
constexpr size_t kAutoCloseSearch = 3;

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

template <size_t N> bool oneOf(std::string_view name, const std::array<std::string_view, N>& names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isVoid(std::string_view name)
{
    static constexpr std::array<std::string_view, 19> names = {
        "area", "base",  "basefont", "bgsound", "br",   "col",   "embed",  "frame", "hr", "image",
        "img",  "input", "keygen",   "link",    "meta", "param", "source", "track", "wbr"};
    return oneOf(name, names);
}

// Elements whose content is text up to their end tag (no tags inside).
bool isRawText(std::string_view name)
{
    static constexpr std::array<std::string_view, 9> names = {"script", "style",   "textarea", "title",    "xmp",
                                                              "iframe", "noembed", "noframes", "plaintext"};
    return oneOf(name, names);
}

bool closesSameName(std::string_view name)
{
    static constexpr std::array<std::string_view, 15> names = {
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "a", "optgroup", "rp", "rt", "tbody", "thead", "tfoot"};
    return oneOf(name, names);
}

// Start tags that close an open <p> (HTML's "close a p element" for block-level starts).
bool closesParagraph(std::string_view name)
{
    static constexpr std::array<std::string_view, 29> names = {
        "address", "article", "aside", "blockquote", "details", "dialog", "div",     "dl",    "fieldset", "figcaption",
        "figure",  "footer",  "form",  "h1",         "h2",      "h3",     "h4",      "h5",    "h6",       "header",
        "hr",      "main",    "menu",  "nav",        "ol",      "pre",    "section", "table", "ul"};
    return oneOf(name, names);
}

// Position of the end tag "</name" (any case) at or after `from`, or -1.
qsizetype findEndTag(const QByteArray& html, qsizetype from, std::string_view name)
{
    const qsizetype n = html.size();
    for (qsizetype pos = html.indexOf("</", from); pos >= 0; pos = html.indexOf("</", pos + 2)) {
        const qsizetype start = pos + 2;
        if (start + qsizetype(name.size()) > n) {
            return -1;
        }
        bool same = true;
        for (size_t k = 0; k < name.size() && same; ++k) {
            const char c = html.at(start + qsizetype(k));
            same = (c | 0x20) == name[k];
        }
        const qsizetype after = start + qsizetype(name.size());
        if (same && (after == n || isSpace(html.at(after)) || html.at(after) == '>' || html.at(after) == '/')) {
            return pos;
        }
    }
    return -1;
}

class Scanner
{
public:
    Scanner(const QByteArray& html, int maxDepth) : m_html(html), m_maxDepth(size_t(maxDepth)) {}

    NestingGuard::Outcome run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = m_html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            i = lt + 1;
            const char c = m_html.at(i);
            if (c == '!' || c == '?') {
                i = skipMarkupDeclaration(lt);
                continue;
            }
            const bool endTag = c == '/';
            qsizetype j = endTag ? i + 1 : i;
            if (j >= n || !isAsciiAlpha(m_html.at(j))) {
                continue; // a literal '<' in text
            }
            std::string name;
            while (j < n && !isSpace(m_html.at(j)) && m_html.at(j) != '/' && m_html.at(j) != '>') {
                name += char(m_html.at(j) | 0x20);
                ++j;
            }
            const qsizetype tagEnd = endTag ? skipTo(j, '>') : skipAttributes(j);
            i = endTag ? handleEndTag(name, lt, tagEnd) : handleStartTag(name, lt, tagEnd);
        }
        NestingGuard::Outcome out;
        if (m_flattened) {
            m_out.append(m_html.constData() + m_copyFrom, n - m_copyFrom);
            out.flattened = true;
            out.html = std::move(m_out);
        }
        return out;
    }

private:
    qsizetype skipTo(qsizetype from, char c) const
    {
        const qsizetype at = m_html.indexOf(c, from);
        return at < 0 ? m_html.size() : at + 1;
    }

    qsizetype skipMarkupDeclaration(qsizetype lt) const
    {
        if (m_html.mid(lt, 4) == "<!--") {
            const qsizetype end = m_html.indexOf("-->", lt + 4);
            return end < 0 ? m_html.size() : end + 3;
        }
        return skipTo(lt + 1, '>');
    }

    // Past the '>' that ends a start tag, honouring quoted attribute values (which may contain '>').
    qsizetype skipAttributes(qsizetype j) const
    {
        const qsizetype n = m_html.size();
        bool afterEquals = false;
        while (j < n) {
            const char c = m_html.at(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '=') {
                afterEquals = true;
                ++j;
                continue;
            }
            if (afterEquals && (c == '"' || c == '\'')) {
                const qsizetype close = m_html.indexOf(c, j + 1);
                if (close < 0) {
                    return n;
                }
                j = close + 1;
                afterEquals = false;
                continue;
            }
            if (!isSpace(c)) {
                afterEquals = false;
            }
            ++j;
        }
        return n;
    }

    void drop(qsizetype begin, qsizetype end)
    {
        m_out.append(m_html.constData() + m_copyFrom, begin - m_copyFrom);
        m_copyFrom = end;
        m_flattened = true;
    }

    qsizetype handleStartTag(const std::string& name, qsizetype begin, qsizetype end)
    {
        if (isVoid(name)) {
            return end;
        }
        if (isRawText(name)) {
            // Never dropped (its text would become visible); holds no elements, so it adds no depth.
            if (name == "plaintext") {
                return m_html.size();
            }
            const qsizetype close = findEndTag(m_html, end, name);
            return close < 0 ? m_html.size() : close;
        }
        if (closesSameName(name) || closesParagraph(name)) {
            const std::string_view closes = closesSameName(name) ? std::string_view(name) : std::string_view("p");
            const size_t limit = std::min(kAutoCloseSearch, m_stack.size());
            for (size_t k = 1; k <= limit; ++k) {
                if (m_stack[m_stack.size() - k] == closes) {
                    m_stack.resize(m_stack.size() - k);
                    break;
                }
            }
        }
        if (m_stack.size() >= m_maxDepth) {
            drop(begin, end);
            ++m_suppressed[name];
            return end;
        }
        m_stack.push_back(name);
        return end;
    }

    qsizetype handleEndTag(const std::string& name, qsizetype begin, qsizetype end)
    {
        if (auto it = m_suppressed.find(name); it != m_suppressed.end() && it->second > 0) {
            --it->second;
            drop(begin, end);
            return end;
        }
        const size_t limit = std::min(kEndTagSearch, m_stack.size());
        for (size_t k = 1; k <= limit; ++k) {
            if (m_stack[m_stack.size() - k] == name) {
                m_stack.resize(m_stack.size() - k);
                break;
            }
        }
        return end;
    }

    const QByteArray& m_html;
    const size_t m_maxDepth;
    std::vector<std::string> m_stack;
    std::unordered_map<std::string, qsizetype> m_suppressed;
    QByteArray m_out;
    qsizetype m_copyFrom = 0;
    bool m_flattened = false;
};

} // namespace

NestingGuard::Outcome NestingGuard::flatten(const QByteArray& html, int maxDepth)
{
    return Scanner(html, maxDepth).run();
}

} // namespace corrob::io::html
