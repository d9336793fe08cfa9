// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/MarkdownImporter.h"

#include "core/common/Hash.h"
#include "core/io/PlainTextImporter.h"
#include "core/io/TextMetadataInference.h"
#include "core/text/TextDecoder.h"
#include "core/text/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <md4c.h>

#include <algorithm>
#include <string>
#include <vector>

namespace corrob::io {
namespace {

constexpr qsizetype kFrontMatterSearch = qsizetype{64} * 1024;
constexpr qsizetype kMaxTitle = 300;

QString cutTitle(const QString& line)
{
    const QString simple = line.simplified();
    if (simple.size() <= kMaxTitle) {
        return simple;
    }
    qsizetype cut = simple.lastIndexOf(u' ', kMaxTitle);
    return simple.left(cut > 0 ? cut : kMaxTitle) + QChar(0x2026);
}

// "&amp;", "&#8212;", "&#x2014;" -> the character; an unknown entity stays as written.
std::string decodeEntity(const char* text, unsigned size)
{
    const std::string entity(text, size);
    if (entity.size() >= 4 && entity[1] == '#') {
        const bool hex = entity[2] == 'x' || entity[2] == 'X';
        bool ok = false;
        const uint code = QByteArray::fromStdString(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)))
                              .toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return "\xEF\xBF\xBD"; // U+FFFD, as CommonMark says
        }
        const char32_t c = code;
        return QString::fromUcs4(&c, 1).toStdString();
    }
    static const QHash<QByteArray, QString> named = {
        {"&amp;", QStringLiteral("&")},         {"&lt;", QStringLiteral("<")},
        {"&gt;", QStringLiteral(">")},          {"&quot;", QStringLiteral("\"")},
        {"&apos;", QStringLiteral("'")},        {"&nbsp;", QStringLiteral("\u00a0")},
        {"&mdash;", QStringLiteral("\u2014")},  {"&ndash;", QStringLiteral("\u2013")},
        {"&hellip;", QStringLiteral("\u2026")}, {"&lsquo;", QStringLiteral("\u2018")},
        {"&rsquo;", QStringLiteral("\u2019")},  {"&ldquo;", QStringLiteral("\u201c")},
        {"&rdquo;", QStringLiteral("\u201d")},  {"&copy;", QStringLiteral("\u00a9")},
        {"&euro;", QStringLiteral("\u20ac")},   {"&laquo;", QStringLiteral("\u00ab")},
        {"&raquo;", QStringLiteral("\u00bb")},  {"&shy;", QString()},
    };
    const auto it = named.constFind(QByteArray::fromStdString(entity));
    return it == named.constEnd() ? entity : it->toStdString();
}

// The text md4c reports, gathered into reading text.
class Renderer
{
public:
    std::string out;
    std::string heading;      // the text of the first heading, while and after reading it
    bool headingDone = false; // the first heading has been read

    static int enterBlock(MD_BLOCKTYPE type, void* detail, void* self)
    {
        static_cast<Renderer*>(self)->enter(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void* detail, void* self)
    {
        static_cast<Renderer*>(self)->leave(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void*, void* self)
    {
        auto* r = static_cast<Renderer*>(self);
        r->m_imageDepth += type == MD_SPAN_IMG ? 1 : 0;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void*, void* self)
    {
        auto* r = static_cast<Renderer*>(self);
        r->m_imageDepth -= type == MD_SPAN_IMG ? 1 : 0;
        return 0;
    }
    static int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self)
    {
        static_cast<Renderer*>(self)->addText(type, text, size);
        return 0;
    }

private:
    struct Container
    {
        MD_BLOCKTYPE type;
        unsigned next = 0; // an ordered list's next number
        int items = 0;     // a list's items so far
        bool tight = false;
    };

    void enter(MD_BLOCKTYPE type, void* detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            return;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            Container c{type};
            if (type == MD_BLOCK_OL) {
                const auto* ol = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
                c.next = ol->start;
                c.tight = ol->is_tight != 0;
            } else {
                c.tight = static_cast<const MD_BLOCK_UL_DETAIL*>(detail)->is_tight != 0;
            }
            m_containers.push_back(c);
            ++m_listDepth;
            return;
        }
        case MD_BLOCK_LI: {
            Container* list = innermostList();
            const bool nested = listLevel() > 1;
            separate(list && list->tight && (list->items > 0 || nested) ? 1 : 2);
            if (list) {
                ++list->items;
            }
            const int level = std::min(listLevel(), MarkdownImporter::kMaxDepth);
            out.append(std::string(size_t(2 * std::max(level - 1, 0)), ' '));
            if (list && list->type == MD_BLOCK_OL) {
                out.append(std::to_string(list->next++)).append(". ");
            } else {
                out.append("\xE2\x80\xA2 "); // "• "
            }
            m_afterBullet = true;
            m_containers.push_back({type});
            return;
        }
        case MD_BLOCK_QUOTE:
            m_containers.push_back({type});
            return;
        case MD_BLOCK_HTML:
            ++m_htmlDepth;
            return;
        case MD_BLOCK_H:
            if (!headingDone) {
                m_inFirstHeading = true;
            }
            [[fallthrough]];
        case MD_BLOCK_P:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TABLE:
        case MD_BLOCK_HR: {
            const Container* list = innermostList();
            separate(m_afterBullet ? 0 : (list && list->tight && insideItem() ? 1 : 2));
            m_afterBullet = false;
            return;
        }
        case MD_BLOCK_TR:
            separate(m_rowsInTable > 0 ? 1 : 0);
            m_cellsInRow = 0;
            ++m_rowsInTable;
            return;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_cellsInRow++ > 0) {
                out.push_back('\t');
            }
            return;
        default:
            return;
        }
    }

    void leave(MD_BLOCKTYPE type, void*)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
        case MD_BLOCK_LI:
        case MD_BLOCK_QUOTE:
            if (!m_containers.empty()) {
                m_containers.pop_back();
            }
            m_listDepth -= type == MD_BLOCK_UL || type == MD_BLOCK_OL ? 1 : 0;
            m_afterBullet = false;
            return;
        case MD_BLOCK_HTML:
            --m_htmlDepth;
            return;
        case MD_BLOCK_H:
            if (m_inFirstHeading) {
                m_inFirstHeading = false;
                headingDone = true;
            }
            return;
        case MD_BLOCK_TABLE:
            m_rowsInTable = 0;
            return;
        case MD_BLOCK_CODE:
            while (!out.empty() && out.back() == '\n') {
                out.pop_back(); // a code block's last line ends with '\n'
            }
            return;
        default:
            return;
        }
    }

    void addText(MD_TEXTTYPE type, const char* text, unsigned size)
    {
        if (m_imageDepth > 0 || m_htmlDepth > 0 || type == MD_TEXT_HTML) {
            return; // images are not text; raw HTML (comments too) is markup
        }
        std::string piece;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            piece = "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            piece = "\n";
            break;
        case MD_TEXT_SOFTBR:
            piece = " "; // soft-wrapped lines of a paragraph are one line
            break;
        case MD_TEXT_ENTITY:
            piece = decodeEntity(text, size);
            break;
        default:
            piece.assign(text, size);
            break;
        }
        m_afterBullet = false;
        if (type != MD_TEXT_CODE && !piece.empty() && piece.front() == ' ' && !out.empty() &&
            (out.back() == ' ' || out.back() == '\n')) {
            piece.erase(0, 1); // what was between two spaces (an image, a tag) is gone: one space is left
        }
        out.append(piece);
        if (m_inFirstHeading) {
            heading.append(piece);
        }
    }

    // Ends what is written with `newlines` line breaks (0: nothing), unless nothing is written yet.
    void separate(int newlines)
    {
        if (out.empty() || newlines == 0) {
            return;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
            out.pop_back();
        }
        int have = 0;
        for (auto it = out.rbegin(); it != out.rend() && *it == '\n' && have < 2; ++it) {
            ++have;
        }
        for (; have < newlines; ++have) {
            out.push_back('\n');
        }
    }

    Container* innermostList()
    {
        // Reverse iterators, not std::views::reverse: clang 14 with libstdc++ 12 (the fuzz build) rejects that view.
        const auto list = std::find_if(m_containers.rbegin(), m_containers.rend(), [](const Container& c) {
            return c.type == MD_BLOCK_UL || c.type == MD_BLOCK_OL;
        });
        return list == m_containers.rend() ? nullptr : &*list;
    }
    bool insideItem() const { return !m_containers.empty() && m_containers.back().type == MD_BLOCK_LI; }
    int listLevel() const { return m_listDepth; }

    std::vector<Container> m_containers;
    int m_listDepth = 0; // lists open around the current block (kept as a count: nesting can be very deep)
    int m_imageDepth = 0;
    int m_htmlDepth = 0;
    int m_rowsInTable = 0;
    int m_cellsInRow = 0;
    bool m_afterBullet = false;
    bool m_inFirstHeading = false;
};

// Splits off a YAML front matter block ("---" on the first line ... "---" or "..." on a line) and returns its
// title; `body` is the Markdown after it.
QString takeFrontMatter(const QString& source, QString& body)
{
    body = source;
    if (!source.startsWith(u"---\n")) {
        return {};
    }
    static const QRegularExpression close(QStringLiteral(R"(\n(?:---|\.\.\.)[ \t]*(?:\n|$))"));
    const auto m = close.match(QStringView(source).left(kFrontMatterSearch), 3);
    if (!m.hasMatch()) {
        return {};
    }
    const QStringView yaml = QStringView(source).mid(4, m.capturedStart() - 3);
    body = source.mid(m.capturedEnd());
    static const QRegularExpression title(QStringLiteral(R"(^title[ \t]*:[ \t]*(.+?)[ \t]*$)"),
                                          QRegularExpression::MultilineOption);
    QString value = title.match(yaml).captured(1);
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
        value = value.mid(1, value.size() - 2);
    }
    return value.simplified();
}

} // namespace

bool MarkdownImporter::accepts(const ImportInput& input) const
{
    const QString lower = input.fileName.toLower();
    return lower.endsWith(u".md") || lower.endsWith(u".markdown");
}

MarkdownImporter::Rendered MarkdownImporter::render(const QString& markdown)
{
    Rendered rendered;
    QString body;
    const QString frontTitle = takeFrontMatter(markdown, body);
    const QByteArray utf8 = body.toUtf8();
    Renderer renderer;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = &Renderer::enterBlock;
    parser.leave_block = &Renderer::leaveBlock;
    parser.enter_span = &Renderer::enterSpan;
    parser.leave_span = &Renderer::leaveSpan;
    parser.text = &Renderer::onText;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &renderer) != 0) {
        rendered.text = markdown;
        rendered.complete = false;
        return rendered;
    }
    rendered.text = QString::fromStdString(renderer.out);
    while (!rendered.text.isEmpty() && rendered.text.back().isSpace()) {
        rendered.text.chop(1);
    }
    rendered.title = !frontTitle.isEmpty() ? cutTitle(frontTitle) : cutTitle(QString::fromStdString(renderer.heading));
    return rendered;
}

Result<model::NewReport> MarkdownImporter::read(const ImportInput& input) const
{
    if (input.bytes.size() > kMaxBytes) {
        auto plain = PlainTextImporter().read(input);
        if (plain) {
            plain->provenance.warnings << QStringLiteral("the Markdown file is larger than %1 MB: it was read as "
                                                         "plain text")
                                              .arg(kMaxBytes / (qsizetype{1024} * 1024));
        }
        return plain;
    }
    auto decoded = text::decodeText(input.bytes, input.where);
    CORROB_TRY(decoded);
    const Rendered rendered = render(text::foldTypesetting(text::normalizeWorkingText(decoded->text)));
    model::NewReport report;
    report.workingText = text::normalizeWorkingText(rendered.text);
    if (report.workingText.trimmed().isEmpty()) {
        return Error{ErrorCode::Unsupported,
                     QStringLiteral("the Markdown file has no text (only markup, spaces or control characters)"),
                     input.where};
    }
    report.original = input.bytes;
    report.sha256 = sha256Hex(QByteArrayView(input.bytes));
    TextInference inferred = inferFromText(report.workingText);
    report.metadata = std::move(inferred.metadata);
    report.excludedRanges = std::move(inferred.excluded);
    if (!rendered.title.isEmpty()) {
        report.metadata.title = rendered.title;
    } else if (report.metadata.title.isEmpty()) {
        report.metadata.title = PlainTextImporter::titleFromText(report.workingText);
    }
    report.provenance.fileName = input.fileName;
    report.provenance.mediaType = QStringLiteral("text/markdown");
    report.provenance.encoding = decoded->encoding;
    report.provenance.warnings = decoded->warnings;
    if (!rendered.complete) {
        report.provenance.warnings << QStringLiteral("the Markdown could not be parsed; its source text was kept");
    }
    return report;
}

} // namespace corrob::io
