// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/HtmlDocument.h"

#include "core/io/html/NestingGuard.h"

#include <gumbo.h>

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <vector>

namespace corrob::io::html {

// Every allocation gumbo makes goes through here, so the tree can be freed without gumbo's recursive
// destroy_node, and a parse that balloons (misnested formatting elements are reopened again and again, which is
// quadratic) can be stopped: the allocator jumps back to parseGuarded() past gumbo's C frames, which own nothing
// that the arena does not free.
struct HtmlDocument::Arena
{
    // Each block carries a header linking it into a list (16 bytes keep malloc's alignment): O(1) to add and
    // remove, and the destructor frees whatever gumbo still owns.
    struct alignas(16) Header
    {
        Header* prev;
        Header* next;
    };

    Header head{&head, &head};
    size_t bytes = 0;
    size_t budget = 0;
    bool exhausted = false;
    std::jmp_buf escape;

    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    ~Arena()
    {
        for (Header* h = head.next; h != &head;) {
            Header* next = h->next;
            std::free(h);
            h = next;
        }
    }

    static void* allocate(void* userdata, size_t size)
    {
        auto* arena = static_cast<Arena*>(userdata);
        // Block sizes are not tracked: the budget counts bytes ever requested, a safe upper bound.
        arena->bytes += size;
        auto* h = arena->bytes > arena->budget ? nullptr : static_cast<Header*>(std::malloc(sizeof(Header) + size));
        if (!h) {
            arena->exhausted = true;
            std::longjmp(arena->escape, 1);
        }
        h->prev = &arena->head;
        h->next = arena->head.next;
        arena->head.next->prev = h;
        arena->head.next = h;
        return h + 1;
    }

    static void deallocate(void* /*userdata*/, void* ptr)
    {
        if (!ptr) {
            return;
        }
        Header* h = static_cast<Header*>(ptr) - 1;
        h->prev->next = h->next;
        h->next->prev = h->prev;
        std::free(h);
    }
};

namespace {

constexpr size_t kMinBudget = size_t(256) * 1024 * 1024;
constexpr size_t kMaxBudget = size_t(2) * 1024 * 1024 * 1024;
constexpr size_t kBudgetPerInputByte = 64;

// No object with a destructor lives in this frame: longjmp from the allocator lands here safely.
GumboOutput* parseGuarded(const GumboOptions* options, const char* data, size_t size, std::jmp_buf& escape)
{
    if (setjmp(escape) != 0) {
        return nullptr;
    }
    return gumbo_parse_with_options(options, data, size);
}

} // namespace

HtmlDocument::HtmlDocument() : m_arena(std::make_unique<Arena>())
{
}
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;
HtmlDocument::~HtmlDocument() = default; // the arena frees every node: no recursion over the tree

Result<HtmlDocument> HtmlDocument::parse(const QByteArray& utf8, const QString& where)
{
    HtmlDocument doc;
    const NestingGuard::Outcome guarded = NestingGuard::flatten(utf8, kMaxNesting);
    const QByteArray& input = guarded.flattened ? guarded.html : utf8;
    if (guarded.flattened) {
        doc.m_warnings << QStringLiteral("elements nested more than %1 levels deep were flattened (their text is kept)")
                              .arg(kMaxNesting);
    }
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = doc.m_arena.get();
    options.max_errors = 0; // real pages are full of parse errors; recording them only costs memory
    doc.m_arena->budget = std::clamp(size_t(input.size()) * kBudgetPerInputByte, kMinBudget, kMaxBudget);
    doc.m_output = parseGuarded(&options, input.constData(), size_t(input.size()), doc.m_arena->escape);
    if (!doc.m_output || doc.m_arena->exhausted) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the HTML needs more than %1 MB of memory to parse (it is too large or "
                                    "pathologically misnested); save the article alone or as text and import that")
                         .arg(doc.m_arena->budget / (1024 * 1024)),
                     where};
    }
    return doc;
}

const Node* HtmlDocument::document() const
{
    return m_output ? m_output->document : nullptr;
}

const Node* HtmlDocument::root() const
{
    return m_output ? m_output->root : nullptr;
}

bool isElement(const Node* node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

QString tagName(const Node* node)
{
    if (!isElement(node)) {
        return {};
    }
    const GumboElement& e = node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN) {
        return QString::fromLatin1(gumbo_normalized_tagname(e.tag));
    }
    GumboStringPiece piece = e.original_tag;
    if (piece.data && piece.length > 0) {
        gumbo_tag_from_original_text(&piece);
        return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
    }
    return {};
}

QString attribute(const Node* node, const char* name)
{
    if (!isElement(node)) {
        return {};
    }
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const Node* node, const char* name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QString nodeText(const Node* node)
{
    if (!node ||
        (node->type != GUMBO_NODE_TEXT && node->type != GUMBO_NODE_WHITESPACE && node->type != GUMBO_NODE_CDATA)) {
        return {};
    }
    return QString::fromUtf8(node->v.text.text);
}

bool hasShortText(const Node* node, qsizetype limit)
{
    // Counts UTF-8 lead bytes of non-space runs plus one per whitespace run; an upper bound of simplified() length.
    qsizetype chars = 0;
    bool any = false;
    std::vector<const Node*> stack{node};
    while (!stack.empty() && chars < limit) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n) {
            continue;
        }
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            bool inSpace = true;
            for (const char* p = n->v.text.text; *p && chars < limit; ++p) {
                const unsigned char c = static_cast<unsigned char>(*p);
                const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
                if ((c & 0xC0) == 0x80 || (space && inSpace)) {
                    continue;
                }
                any = any || !space;
                inSpace = space;
                ++chars;
            }
            continue;
        }
        if (!isElement(n) || n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE) {
            continue;
        }
        const GumboVector& children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const Node*>(children.data[i - 1]));
        }
    }
    return any && chars < limit;
}

QString textContent(const Node* node)
{
    QByteArray out;
    std::vector<const Node*> stack{node};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n) {
            continue;
        }
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
            continue;
        }
        if (!isElement(n) || n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE) {
            continue;
        }
        const GumboVector& children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
            stack.push_back(static_cast<const Node*>(children.data[i - 1]));
        }
    }
    return QString::fromUtf8(out);
}

} // namespace corrob::io::html
