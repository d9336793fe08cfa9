// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/html/TextBuilder.h"

namespace corrob::io::html {

bool isParagraphBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

TextBuilder::Break TextBuilder::breakFor(GumboTag tag)
{
    if (isParagraphBlock(tag)) {
        return Paragraph;
    }
    switch (tag) {
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HGROUP:
        return Paragraph;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LEGEND:
        return Line;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Tab;
    default:
        return None;
    }
}

void TextBuilder::request(Break b)
{
    if (b > m_pending) {
        m_pending = b;
    }
}

void TextBuilder::flush()
{
    if (!m_out.isEmpty()) {
        switch (m_pending) {
        case Space:
            m_out += u' ';
            break;
        case Tab:
            m_out += u'\t';
            break;
        case Line:
            m_out += u'\n';
            break;
        case Paragraph:
            m_out += QStringLiteral("\n\n");
            break;
        case None:
            break;
        }
    }
    m_pending = None;
}

void TextBuilder::appendText(const QString& text, bool preformatted)
{
    if (preformatted) {
        if (!text.isEmpty()) {
            flush();
            m_out += text;
        }
        return;
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            request(Space);
            continue;
        }
        if (m_pending != None) {
            flush();
        }
        m_out += c;
    }
}

void TextBuilder::openElement(GumboTag tag)
{
    // A cell's tab separates it from the previous cell; at a row's start the row's line break wins.
    request(breakFor(tag));
}

void TextBuilder::closeElement(GumboTag tag)
{
    const Break b = breakFor(tag);
    if (b != Tab) {
        request(b);
    }
}

void TextBuilder::lineBreak()
{
    // Two <br> in a row end a paragraph.
    request(m_pending >= Line ? Paragraph : Line);
}

} // namespace corrob::io::html
