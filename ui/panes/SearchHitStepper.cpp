// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/SearchHitStepper.h"

#include "ui/document/ReadableColours.h"
#include "ui/widgets/ReadingTextView.h"

#include <QPalette>
#include <QTextCursor>

#include <algorithm>

namespace corrob::ui {

QList<QTextEdit::ExtraSelection> SearchHitStepper::selections(QTextDocument* text, const TextOffsetMap& map,
                                                              const QPalette& palette) const
{
    QList<QTextEdit::ExtraSelection> out;
    QTextCharFormat format;
    format.setProperty(kProperty, true);
    format.setBackground(readableTint(QColor(255, 200, 0), 200, palette));
    format.setFontWeight(QFont::Bold);
    for (const auto& [start, end] : m_hits) {
        QTextCursor cursor(text);
        cursor.setPosition(int(map.toDisplay(start)));
        cursor.setPosition(int(std::min<qsizetype>(map.toDisplay(end), text->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
        out.append({cursor, format});
    }
    return out;
}

bool SearchHitStepper::selectFirst(ReadingTextView& view, const TextOffsetMap& map) const
{
    if (m_hits.isEmpty()) {
        return false;
    }
    QTextCursor cursor = view.textCursor();
    cursor.setPosition(0);
    view.setTextCursor(cursor);
    return step(view, map, true);
}

bool SearchHitStepper::step(ReadingTextView& view, const TextOffsetMap& map, bool forward) const
{
    if (m_hits.isEmpty()) {
        return false;
    }
    // After the selection going forward, before it going back; wrapping around.
    const QTextCursor now = view.textCursor();
    const qsizetype after = map.toFull(now.selectionEnd());
    const qsizetype before = map.toFull(now.selectionStart());
    const Hit* chosen = forward ? &m_hits.front() : &m_hits.back();
    if (forward) {
        for (const Hit& hit : m_hits) {
            if (hit.first >= after && !(hit.first == before && now.hasSelection())) {
                chosen = &hit;
                break;
            }
        }
    } else {
        for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
            if (it->second <= before && it->first < before) {
                chosen = &*it;
                break;
            }
        }
    }
    QTextCursor cursor(view.document());
    cursor.setPosition(int(map.toDisplay(chosen->first)));
    cursor.setPosition(int(map.toDisplay(chosen->second)), QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    view.ensureCursorVisible();
    return true;
}

} // namespace corrob::ui
