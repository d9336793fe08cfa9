// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gumbo.h>

namespace corrob::io::html {

// The elements that stand as a paragraph of their own both for the text (a blank line around them) and for article
// extraction (a block): p, div, section, article, main, blockquote, h1–h6, lists, table, pre, figure, address, hr.
bool isParagraphBlock(GumboTag tag);

// Builds the plain text of rendered HTML: collapses whitespace as browsers do, and turns element boundaries into
// the strongest break they call for (paragraph: a blank line; list item, table row, <br>: a line; table cell: a
// tab). Breaks never pile up and never lead or trail the text.
class TextBuilder
{
public:
    void appendText(const QString& text, bool preformatted);
    void openElement(GumboTag tag);
    void closeElement(GumboTag tag);
    void lineBreak();

    [[nodiscard]] QString text() const { return m_out; }

private:
    enum Break
    {
        None,
        Space,
        Tab,
        Line,
        Paragraph,
    };
    static Break breakFor(GumboTag tag);
    void request(Break b);
    void flush();

    QString m_out;
    Break m_pending = None;
};

} // namespace corrob::io::html
