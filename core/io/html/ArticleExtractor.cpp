// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/ArticleExtractor.h"

#include "core/io/html/ElementRules.h"
#include "core/io/html/HtmlMetadata.h"
#include "core/io/html/TextBuilder.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace corrob::io::html {
namespace {

// The cleaning rules of one attempt; later attempts switch them off one by one.
struct Flags
{
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
};

// One indexed element. Indices are in document order, so a parent always precedes its descendants and sums
// can flow upward in one reverse pass (no recursion).
struct Elem
{
    const Node* node = nullptr;
    int parent = -1;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool inLink = false;
    bool inList = false;
    bool hasBlockChild = false;
    int directText = 0; // characters of the element's own text children
    int text = 0;       // characters in the subtree (whitespace runs count as one)
    int linkText = 0;
    int listText = 0;
    int headingText = 0;
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    bool hasCode = false;
    bool scored = false; // a candidate: has a content score
    double score = 0;
    int classWeight = 0;
    bool removed = false; // cleaned away from the article
};

const GumboVector& childrenOf(const Node* node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

class Attempt
{
public:
    Attempt(const HtmlDocument& doc, Flags flags) : m_doc(doc), m_flags(flags) {}

    [[nodiscard]] const QString& byline() const { return m_byline; }

    QString run()
    {
        const Node* body = findBody();
        if (!body) {
            return {};
        }
        index(body);
        aggregate();
        scoreParagraphs();
        const int top = pickTopCandidate();
        if (top < 0) {
            return {};
        }
        const std::vector<int> parts = articleParts(top);
        for (int part : parts) {
            clean(part);
        }
        TextBuilder builder;
        for (int part : parts) {
            render(part, builder);
        }
        return builder.text();
    }

private:
    const Node* findBody() const
    {
        const Node* root = m_doc.root();
        if (!root) {
            return nullptr;
        }
        const GumboVector& children = root->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const Node*>(children.data[i]);
            if (isElement(child) && child->v.element.tag == GUMBO_TAG_BODY) {
                return child;
            }
        }
        return root;
    }

    bool isUnlikely(const Node* node, GumboTag tag) const
    {
        if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_A || tag == GUMBO_TAG_HTML) {
            return false;
        }
        if (hasRole(node)) {
            return true;
        }
        if (!m_flags.stripUnlikely) {
            return false;
        }
        const QString match = attribute(node, "class") + u' ' + attribute(node, "id");
        return match.size() > 1 && unlikelyRe().match(match).hasMatch() && !maybeRe().match(match).hasMatch();
    }

    // Readability's byline rule: a byline element with a short text, checked before the unlikely-candidate rule.
    bool takeByline(const Node* node, GumboTag tag)
    {
        if (!m_byline.isEmpty() || tag == GUMBO_TAG_BODY || !isBylineElement(node)) {
            return false;
        }
        // Allow for the spaces simplified() trims at the ends: the count is an upper bound.
        if (!hasShortText(node, 102) || textContent(node).simplified().size() >= 100) {
            return false;
        }
        m_byline = bylineText(node);
        return true;
    }

    // <header>, <aside> and <footer> are dropped, but the byline often sits in one of them (next to the headline,
    // or under the article with the date).
    void takeBylineWithin(const Node* header)
    {
        std::vector<const Node*> stack{header};
        while (!stack.empty() && m_byline.isEmpty()) {
            const Node* n = stack.back();
            stack.pop_back();
            if (!isElement(n) || isDropped(n->v.element.tag) != (n == header) || isHidden(n)) {
                continue;
            }
            if (n != header && takeByline(n, n->v.element.tag)) {
                return;
            }
            const GumboVector& children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i) {
                stack.push_back(static_cast<const Node*>(children.data[i - 1]));
            }
        }
    }

    int classWeight(const Node* node) const
    {
        if (!m_flags.weightClasses) {
            return 0;
        }
        int weight = 0;
        for (const char* attr : {"class", "id"}) {
            const QString value = attribute(node, attr);
            if (value.isEmpty()) {
                continue;
            }
            if (negativeRe().match(value).hasMatch()) {
                weight -= 25;
            }
            if (positiveRe().match(value).hasMatch()) {
                weight += 25;
            }
        }
        return weight;
    }

    // Pre-order walk with an explicit stack: indexes every element that may hold article text.
    void index(const Node* body)
    {
        std::vector<std::pair<const Node*, int>> stack{{body, -1}};
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                node->type == GUMBO_NODE_WHITESPACE) {
                if (parent >= 0) {
                    Elem& p = m_elems[size_t(parent)];
                    int chars = 0;
                    int commas = 0;
                    measureText(node->v.text.text, chars, commas);
                    if (node->type != GUMBO_NODE_WHITESPACE) {
                        p.directText += chars;
                        p.commas += commas;
                    }
                }
                continue;
            }
            if (node->type != GUMBO_NODE_ELEMENT) {
                continue; // comments, and <template> contents are inert
            }
            const GumboTag tag = node->v.element.tag;
            if (parent >= 0) {
                Elem& p = m_elems[size_t(parent)];
                if (tag == GUMBO_TAG_IMG) {
                    ++p.images;
                } else if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA) {
                    ++p.inputs;
                } else if (tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_IFRAME) {
                    ++p.embeds;
                }
                if (isBlock(tag)) {
                    p.hasBlockChild = true;
                }
            }
            if ((tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER) && m_byline.isEmpty() &&
                !isHidden(node)) {
                takeBylineWithin(node);
            }
            if (isDropped(tag) || node->v.element.tag_namespace == GUMBO_NAMESPACE_SVG || isHidden(node)) {
                continue;
            }
            if (takeByline(node, tag)) {
                continue; // the byline is metadata, not article text
            }
            if (isUnlikely(node, tag)) {
                continue;
            }
            Elem e;
            e.node = node;
            e.parent = parent;
            e.tag = tag;
            if (parent >= 0) {
                const Elem& p = m_elems[size_t(parent)];
                e.inLink = p.inLink;
                e.inList = p.inList;
            }
            e.inLink = e.inLink || tag == GUMBO_TAG_A;
            e.inList = e.inList || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
            e.paragraphs = tag == GUMBO_TAG_P ? 1 : 0;
            e.listItems = tag == GUMBO_TAG_LI ? 1 : 0;
            e.hasCode = tag == GUMBO_TAG_CODE || tag == GUMBO_TAG_PRE;
            e.classWeight = classWeight(node);
            const int self = int(m_elems.size());
            m_elems.push_back(e);
            m_indexOf.emplace(node, self);
            const GumboVector& children = childrenOf(node);
            for (unsigned i = children.length; i > 0; --i) {
                stack.emplace_back(static_cast<const Node*>(children.data[i - 1]), self);
            }
        }
    }

    void aggregate()
    {
        for (Elem& e : m_elems) {
            e.text = e.directText;
            e.linkText = e.inLink ? e.directText : 0;
            e.listText = e.inList ? e.directText : 0;
            e.headingText = isHeading(e.tag) ? e.directText : 0;
        }
        for (size_t i = m_elems.size(); i-- > 1;) {
            const Elem& e = m_elems[i];
            if (e.parent < 0) {
                continue;
            }
            Elem& p = m_elems[size_t(e.parent)];
            p.text += e.text;
            p.linkText += e.linkText;
            p.listText += e.listText;
            p.headingText += isHeading(p.tag) ? e.text : e.headingText;
            p.commas += e.commas;
            p.paragraphs += e.paragraphs;
            p.images += e.images;
            p.listItems += e.listItems;
            p.inputs += e.inputs;
            p.embeds += e.embeds;
            p.hasCode = p.hasCode || e.hasCode;
        }
    }

    [[nodiscard]] double linkDensity(const Elem& e) const
    {
        return e.text > 0 ? double(e.linkText) / double(e.text) : 0.0;
    }

    // A div that holds only inline content reads as a paragraph (Readability turns it into a <p>).
    [[nodiscard]] bool isParagraphLike(const Elem& e) const
    {
        switch (e.tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            return true;
        case GUMBO_TAG_DIV:
            return !e.hasBlockChild;
        default:
            return false;
        }
    }

    void initialize(int i)
    {
        Elem& e = m_elems[size_t(i)];
        if (e.scored) {
            return;
        }
        e.scored = true;
        switch (e.tag) {
        case GUMBO_TAG_DIV:
            e.score = 5;
            break;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_BLOCKQUOTE:
            e.score = 3;
            break;
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_FORM:
            e.score = -3;
            break;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_TH:
            e.score = -5;
            break;
        default:
            break;
        }
        e.score += e.classWeight;
    }

    void addScore(int start, int text, int commas)
    {
        if (text < 25) {
            return;
        }
        const double score = 1.0 + commas + std::min(text / 100, 3);
        int level = 0;
        for (int a = start; a >= 0 && level < 5; a = m_elems[size_t(a)].parent, ++level) {
            initialize(a);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_elems[size_t(a)].score += score / divider;
        }
    }

    void scoreParagraphs()
    {
        for (size_t i = 0; i < m_elems.size(); ++i) {
            const Elem& e = m_elems[i];
            if (isParagraphLike(e)) {
                addScore(e.parent, e.text, e.commas);
            } else if (e.hasBlockChild && e.directText >= 25) {
                // Loose text between blocks: Readability wraps it in a <p> scored under this element.
                addScore(int(i), e.directText, 0);
            }
        }
        for (Elem& e : m_elems) {
            if (e.scored) {
                e.score *= 1.0 - linkDensity(e);
            }
        }
    }

    [[nodiscard]] std::vector<int> ancestors(int i) const
    {
        std::vector<int> out;
        for (int a = m_elems[size_t(i)].parent; a >= 0; a = m_elems[size_t(a)].parent) {
            out.push_back(a);
        }
        return out;
    }

    int pickTopCandidate()
    {
        std::vector<int> candidates;
        for (size_t i = 0; i < m_elems.size(); ++i) {
            if (m_elems[i].scored) {
                candidates.push_back(int(i));
            }
        }
        if (candidates.empty()) {
            return 0; // the body
        }
        constexpr size_t kTopCandidates = 5;
        const size_t keep = std::min(kTopCandidates, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(),
                          [this](int a, int b) { return m_elems[size_t(a)].score > m_elems[size_t(b)].score; });
        int top = candidates.front();
        const double topScore = m_elems[size_t(top)].score;

        // Several near-best candidates under one ancestor: the ancestor is the article (split-up content).
        std::vector<std::vector<int>> alternatives;
        for (size_t k = 1; k < keep; ++k) {
            if (topScore > 0 && m_elems[size_t(candidates[k])].score / topScore >= 0.75) {
                alternatives.push_back(ancestors(candidates[k]));
            }
        }
        constexpr size_t kMinAlternatives = 3;
        if (alternatives.size() >= kMinAlternatives) {
            for (int a = m_elems[size_t(top)].parent; a > 0; a = m_elems[size_t(a)].parent) {
                size_t containing = 0;
                for (const auto& list : alternatives) {
                    containing += std::find(list.begin(), list.end(), a) != list.end() ? 1 : 0;
                }
                if (containing >= kMinAlternatives) {
                    top = a;
                    break;
                }
            }
        }
        initialize(top);

        // Climb while the parent scores higher (the article's text is spread over the parent's children).
        double lastScore = m_elems[size_t(top)].score;
        const double threshold = lastScore / 3.0;
        for (int a = m_elems[size_t(top)].parent; a > 0; a = m_elems[size_t(a)].parent) {
            const Elem& p = m_elems[size_t(a)];
            if (!p.scored) {
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > lastScore) {
                top = a;
                break;
            }
            lastScore = p.score;
        }
        // A lone child stands for its parent.
        for (int p = m_elems[size_t(top)].parent; p > 0 && elementChildren(p).size() == 1;
             p = m_elems[size_t(top)].parent) {
            top = p;
        }
        initialize(top);
        return top;
    }

    [[nodiscard]] std::vector<int> elementChildren(int i) const
    {
        std::vector<int> out;
        const GumboVector& children = childrenOf(m_elems[size_t(i)].node);
        for (unsigned k = 0; k < children.length; ++k) {
            const auto it = m_indexOf.find(static_cast<const Node*>(children.data[k]));
            if (it != m_indexOf.end()) {
                out.push_back(it->second);
            }
        }
        return out;
    }

    // The top candidate and those of its siblings that look like more of the same article.
    std::vector<int> articleParts(int top)
    {
        const Elem& t = m_elems[size_t(top)];
        if (t.parent < 0) {
            return {top};
        }
        const double threshold = std::max(10.0, t.score * 0.2);
        const QString topClass = attribute(t.node, "class");
        std::vector<int> parts;
        for (int s : elementChildren(t.parent)) {
            const Elem& e = m_elems[size_t(s)];
            if (s == top) {
                parts.push_back(s);
                continue;
            }
            const double bonus = (!topClass.isEmpty() && attribute(e.node, "class") == topClass) ? t.score * 0.2 : 0;
            if (e.scored && e.score + bonus >= threshold) {
                parts.push_back(s);
                continue;
            }
            if (e.tag == GUMBO_TAG_P || (e.tag == GUMBO_TAG_DIV && !e.hasBlockChild)) {
                const double density = linkDensity(e);
                if (e.text > 80 && density < 0.25) {
                    parts.push_back(s);
                } else if (e.text > 0 && e.text < 80 && density == 0) {
                    const QString text = textContent(e.node).simplified();
                    if (text.endsWith(u'.') || text.contains(QStringLiteral(". "))) {
                        parts.push_back(s);
                    }
                }
            }
        }
        return parts;
    }

    [[nodiscard]] bool isDataTable(const Elem& e) const
    {
        if (attribute(e.node, "role") == u"presentation") {
            return false;
        }
        if (!attribute(e.node, "summary").isEmpty()) {
            return true;
        }
        int rows = 0;
        int cells = 0;
        std::vector<const Node*> stack{e.node};
        while (!stack.empty()) {
            const Node* n = stack.back();
            stack.pop_back();
            if (!isElement(n)) {
                continue;
            }
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TH ||
                tag == GUMBO_TAG_COLGROUP) {
                return true;
            }
            if (n != e.node && tag == GUMBO_TAG_TABLE) {
                return false; // layout tables nest tables
            }
            rows += tag == GUMBO_TAG_TR ? 1 : 0;
            cells += (tag == GUMBO_TAG_TD) ? 1 : 0;
            const GumboVector& children = n->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                stack.push_back(static_cast<const Node*>(children.data[i]));
            }
        }
        return rows >= 10 || cells > 4 * std::max(rows, 1) ||
               (rows > 1 && cells / std::max(rows, 1) > 1 && cells >= 10);
    }

    [[nodiscard]] bool hasAncestor(int i, GumboTag tag, int stopAt) const
    {
        for (int a = m_elems[size_t(i)].parent; a >= 0 && a != stopAt; a = m_elems[size_t(a)].parent) {
            if (m_elems[size_t(a)].tag == tag) {
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] bool shouldRemove(int i, int part) const
    {
        const Elem& e = m_elems[size_t(i)];
        const QString classAndId = attribute(e.node, "class") + u' ' + attribute(e.node, "id");
        static const QRegularExpression share(QStringLiteral("share|sharedaddy"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (e.text < 500 && i != part && share.match(classAndId).hasMatch() && m_flags.weightClasses) {
            return true;
        }
        if ((e.tag == GUMBO_TAG_H1 || e.tag == GUMBO_TAG_H2) && e.classWeight < 0) {
            return true;
        }
        if (!m_flags.cleanConditionally || i == part) {
            return false;
        }
        const bool divAsParagraph = e.tag == GUMBO_TAG_DIV && !e.hasBlockChild;
        if ((e.tag != GUMBO_TAG_TABLE && e.tag != GUMBO_TAG_UL && e.tag != GUMBO_TAG_DIV &&
             e.tag != GUMBO_TAG_FIELDSET && e.tag != GUMBO_TAG_SECTION) ||
            divAsParagraph) {
            return false;
        }
        if (e.tag == GUMBO_TAG_TABLE && isDataTable(e)) {
            return false;
        }
        if (e.hasCode) {
            return false;
        }
        const bool isList =
            e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL || (e.text > 0 && e.listText * 10 > e.text * 9);
        const int weight = e.classWeight;
        if (weight < 0) {
            return true;
        }
        if (e.commas >= 10) {
            return false;
        }
        const int p = e.paragraphs;
        const int img = e.images;
        const int li = e.listItems - 100;
        const double headingDensity = e.text > 0 ? double(e.headingText) / double(e.text) : 0.0;
        const double density = linkDensity(e);
        const bool inFigure = hasAncestor(i, GUMBO_TAG_FIGURE, -1);
        return (img > 1 && double(p) / img < 0.5 && !inFigure) || (!isList && li > p) || (e.inputs > p / 3) ||
               (!isList && headingDensity < 0.9 && e.text < 25 && (img == 0 || img > 2) && !inFigure) ||
               (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) ||
               (e.embeds == 1 && e.text < 75) || e.embeds > 1;
    }

    // Marks the boilerplate inside one part of the article; a removed element takes its subtree with it.
    void clean(int part)
    {
        std::vector<int> stack{part};
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            if (shouldRemove(i, part)) {
                m_elems[size_t(i)].removed = true;
                continue;
            }
            for (int c : elementChildren(i)) {
                stack.push_back(c);
            }
        }
    }

    void render(int part, TextBuilder& out) const
    {
        struct Frame
        {
            const Node* node;
            bool closing;
        };
        std::vector<Frame> stack{{m_elems[size_t(part)].node, false}};
        int preDepth = 0;
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            const Node* node = f.node;
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                node->type == GUMBO_NODE_WHITESPACE) {
                out.appendText(QString::fromUtf8(node->v.text.text), preDepth > 0);
                continue;
            }
            if (node->type != GUMBO_NODE_ELEMENT) {
                continue;
            }
            const GumboTag tag = node->v.element.tag;
            if (f.closing) {
                preDepth -= tag == GUMBO_TAG_PRE ? 1 : 0;
                out.closeElement(tag);
                continue;
            }
            if (tag == GUMBO_TAG_BR) {
                out.lineBreak();
                continue;
            }
            const auto it = m_indexOf.find(node);
            if (it == m_indexOf.end() || m_elems[size_t(it->second)].removed) {
                continue;
            }
            preDepth += tag == GUMBO_TAG_PRE ? 1 : 0;
            out.openElement(tag);
            stack.push_back({node, true});
            const GumboVector& children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i) {
                stack.push_back({static_cast<const Node*>(children.data[i - 1]), false});
            }
        }
    }

    const HtmlDocument& m_doc;
    const Flags m_flags;
    std::vector<Elem> m_elems;
    std::unordered_map<const Node*, int> m_indexOf;
    QString m_byline;
};

} // namespace

Article ArticleExtractor::extract(const HtmlDocument& doc)
{
    static constexpr Flags kAttempts[] = {
        {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    Article best;
    for (const Flags& flags : kAttempts) {
        Attempt attempt(doc, flags);
        Article article{attempt.run(), attempt.byline()};
        if (article.text.size() >= kMinArticleChars) {
            return article;
        }
        if (article.text.size() > best.text.size() || best.text.isEmpty()) {
            best = std::move(article);
        }
    }
    return best;
}

} // namespace corrob::io::html
