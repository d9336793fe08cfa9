// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/CheckWorthyUnderlines.h"

#include <QPalette>
#include <QTextCursor>

namespace corrob::ui {

QList<QTextEdit::ExtraSelection> CheckWorthyUnderlines::selections(QTextDocument* text, const TextOffsetMap& map,
                                                                   const QPalette& palette) const
{
    QList<QTextEdit::ExtraSelection> underlined;
    QColor faint = palette.color(QPalette::Text);
    faint.setAlpha(120);
    QTextCharFormat format;
    format.setProperty(kProperty, true);
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(faint);
    for (const Underline& sentence : m_sentences) {
        if (sentence.end > map.fullLength()) {
            continue;
        }
        const int start = int(map.toDisplay(sentence.start));
        const int end = int(map.toDisplay(sentence.end));
        if (start < end) {
            QTextCursor cursor(text);
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            underlined.append({cursor, format});
        }
    }
    return underlined;
}

QString CheckWorthyUnderlines::toolTipAt(qsizetype fullOffset) const
{
    for (const Underline& sentence : m_sentences) {
        if (sentence.start <= fullOffset && fullOffset < sentence.end) {
            return sentence.toolTip;
        }
    }
    return {};
}

} // namespace corrob::ui
