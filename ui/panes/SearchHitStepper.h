// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/TextOffsetMap.h"

#include <QList>
#include <QTextEdit>

#include <utility>

class QPalette;

namespace corrob::ui {

class ReadingTextView;

// The search hits a ReportPane highlights (full working-text spans, sorted) and the stepping between them (F3 /
// Shift+F3). The pane owns one, clears it when another report is shown and asks it for its extra selections.
class SearchHitStepper
{
public:
    static constexpr int kProperty = 0x100102; // bool QTextFormat property: the extra selection marks a search hit
    using Hit = std::pair<qsizetype, qsizetype>;

    void set(QList<Hit> hits) { m_hits = std::move(hits); }
    void clear() { m_hits.clear(); }
    [[nodiscard]] const QList<Hit>& hits() const { return m_hits; }

    // A bold yellow highlight on each hit (map: full to displayed offsets of text).
    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections(QTextDocument* text, const TextOffsetMap& map,
                                                              const QPalette& palette) const;
    // Selects the next hit after the view's selection (forward) or the one before it, wrapping around, and scrolls it
    // into view; false when there is no hit.
    bool step(ReadingTextView& view, const TextOffsetMap& map, bool forward) const;
    // Puts the cursor at the start and selects the first hit; false when there is none.
    bool selectFirst(ReadingTextView& view, const TextOffsetMap& map) const;

private:
    QList<Hit> m_hits;
};

} // namespace corrob::ui
