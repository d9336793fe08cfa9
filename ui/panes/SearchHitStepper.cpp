// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/SearchHitStepper.h"

#include "ui/document/ReadableColours.h"
#include "ui/widgets/ReadingTextView.h"

#include <QPalette>
#include <QTextCursor>

#include <algorithm>

namespace corrob::ui {

QList<SearchHitStepper::Hit> SearchHitStepper::shown(const TextOffsetMap& map) const
{
    QList<Hit> out;
    for (const Hit& hit : m_hits) {
        if (!map.isHidden(hit.first)) {
            out.append(hit);
        }
    }
    return out;
}

int SearchHitStepper::hiddenCount(const TextOffsetMap& map) const
{
    return int(std::count_if(m_hits.begin(), m_hits.end(), [&map](const Hit& h) { return map.isHidden(h.first); }));
}

QList<QTextEdit::ExtraSelection> SearchHitStepper::selections(QTextDocument* text, const TextOffsetMap& map,
                                                              const QPalette& palette) const
{
    QList<QTextEdit::ExtraSelection> out;
    QTextCharFormat format;
    format.setProperty(kProperty, true);
    format.setBackground(readableTint(QColor(255, 200, 0), 200, palette));
    format.setFontWeight(QFont::Bold);
    for (const auto& [start, end] : shown(map)) {
        QTextCursor cursor(text);
        cursor.setPosition(int(map.toDisplay(start)));
        cursor.setPosition(int(std::min<qsizetype>(map.toDisplay(end), text->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
        out.append({cursor, format});
    }
    return out;
}

bool SearchHitStepper::selectFrom(ReadingTextView& view, const TextOffsetMap& map, qsizetype from) const
{
    if (shown(map).isEmpty()) {
        return false;
    }
    QTextCursor cursor = view.textCursor();
    cursor.setPosition(from > 0 ? int(std::min<qsizetype>(map.toDisplay(from), view.document()->characterCount() - 1))
                                : 0);
    view.setTextCursor(cursor);
    return step(view, map, true);
}

bool SearchHitStepper::step(ReadingTextView& view, const TextOffsetMap& map, bool forward) const
{
    const QList<Hit> hits = shown(map);
    if (hits.isEmpty()) {
        return false;
    }
    // After the selection going forward, before it going back; wrapping around.
    const QTextCursor now = view.textCursor();
    const qsizetype after = map.toFull(now.selectionEnd());
    const qsizetype before = map.toFull(now.selectionStart());
    const Hit* chosen = forward ? &hits.front() : &hits.back();
    if (forward) {
        for (const Hit& hit : hits) {
            if (hit.first >= after && !(hit.first == before && now.hasSelection())) {
                chosen = &hit;
                break;
            }
        }
    } else {
        for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
            if (it->second <= before && it->first < before) {
                chosen = &*it;
                break;
            }
        }
    }
    QTextCursor cursor(view.document());
    cursor.setPosition(int(map.toDisplay(chosen->first)));
    cursor.setPosition(int(map.toDisplay(chosen->second)), QTextCursor::KeepAnchor);
    view.setTextCursor(cursor); // the pane scrolls it into view (a third from the top, not at an edge)
    return true;
}

std::pair<int, int> SearchHitStepper::position(const ReadingTextView& view, const TextOffsetMap& map) const
{
    const QList<Hit> hits = shown(map);
    const QTextCursor now = view.textCursor();
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (now.hasSelection() && map.toDisplay(hits.at(i).first) == now.selectionStart()) {
            return {int(i) + 1, int(hits.size())};
        }
    }
    return {0, int(hits.size())};
}

} // namespace corrob::ui
