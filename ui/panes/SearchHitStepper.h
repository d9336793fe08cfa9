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

    // How many hits are in hidden text (page furniture not shown, map): they are neither highlighted nor stepped to.
    [[nodiscard]] int hiddenCount(const TextOffsetMap& map) const;
    // A bold yellow highlight on each hit shown (map: full to displayed offsets of text).
    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections(QTextDocument* text, const TextOffsetMap& map,
                                                              const QPalette& palette) const;
    // Selects the next hit shown after the view's selection (forward) or the one before it, wrapping around (its
    // owner scrolls it into view); false when no hit is shown.
    bool step(ReadingTextView& view, const TextOffsetMap& map, bool forward) const;
    // Which of the hits shown the view's selection is (from 1; 0 when none), and how many are shown.
    [[nodiscard]] std::pair<int, int> position(const ReadingTextView& view, const TextOffsetMap& map) const;
    // Puts the cursor at full working-text offset `from` (the start when 0) and selects the first hit shown from there
    // on (wrapping); false when none is.
    bool selectFrom(ReadingTextView& view, const TextOffsetMap& map, qsizetype from = 0) const;

private:
    [[nodiscard]] QList<Hit> shown(const TextOffsetMap& map) const;

    QList<Hit> m_hits;
};

} // namespace corrob::ui
