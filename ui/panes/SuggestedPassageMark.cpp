// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/SuggestedPassageMark.h"

#include "ui/document/ReadableColours.h"

#include <QPalette>
#include <QTextCursor>

namespace corrob::ui {

std::optional<QTextEdit::ExtraSelection> SuggestedPassageMark::selection(QTextDocument* text, const TextOffsetMap& map,
                                                                         const QPalette& palette) const
{
    if (!m_suggestion || m_suggestion->end > map.fullLength()) {
        return std::nullopt;
    }
    const int start = int(map.toDisplay(m_suggestion->start));
    const int end = int(map.toDisplay(m_suggestion->end));
    if (start >= end) {
        return std::nullopt;
    }
    QTextCursor cursor(text);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setProperty(kProperty, true);
    format.setBackground(readableTint(m_suggestion->colour, 70, palette));
    format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    format.setUnderlineColor(m_suggestion->colour);
    return QTextEdit::ExtraSelection{cursor, format};
}

QString SuggestedPassageMark::toolTipAt(qsizetype fullOffset) const
{
    if (m_suggestion && m_suggestion->start <= fullOffset && fullOffset < m_suggestion->end) {
        return m_suggestion->toolTip;
    }
    return {};
}

} // namespace corrob::ui
