// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where a report pane's claims and spans are on screen, and scrolling them into view (ReportPane.h); the rest of the
// pane is in ReportPane.cpp.
#include "ui/panes/ReportPane.h"

#include "ui/widgets/ReadingTextView.h"

#include <QScrollBar>
#include <QTextCursor>

#include <algorithm>

namespace corrob::ui {

QRect ReportPane::linesRect(int from, int to) const
{
    QTextCursor cursor(m_textView->document());
    cursor.setPosition(from);
    const QRect first = m_textView->cursorRect(cursor);
    cursor.setPosition(to);
    const QRect last = m_textView->cursorRect(cursor);
    return QRect(QPoint(m_textView->columnLeft(), first.top()), QPoint(m_textView->columnRight(), last.bottom()));
}

std::optional<QRect> ReportPane::claimRect(ClaimId claim) const
{
    const ShownClaim* found = shown(claim);
    if (!found) {
        return std::nullopt;
    }
    return linesRect(found->start, found->end);
}

std::optional<QRect> ReportPane::spanRect(qsizetype start, qsizetype end) const
{
    if (!m_report.isValid() || start >= end || end > m_map.fullLength()) {
        return std::nullopt;
    }
    const int from = int(m_map.toDisplay(start));
    const int to = int(m_map.toDisplay(end));
    if (from >= to) {
        return std::nullopt; // all of it is hidden furniture
    }
    return linesRect(from, to);
}

void ReportPane::revealSpan(qsizetype start, qsizetype end)
{
    if (const std::optional<QRect> rect = spanRect(start, end)) {
        revealRect(*rect);
    }
}

void ReportPane::revealClaim(ClaimId claim)
{
    if (const std::optional<QRect> rect = claimRect(claim)) {
        revealRect(*rect);
    }
}

void ReportPane::revealRect(const QRect& rect)
{
    const QRect visible = m_textView->viewport()->rect();
    const int line = m_textView->fontMetrics().lineSpacing();
    const int bottom = rect.bottom() + line; // claimRect's bottom is the top of its last line
    if (rect.top() >= 0 && bottom <= visible.bottom()) {
        return; // all of it is in view already
    }
    // A third from the top, or as high as it takes to show all of a long claim (its start stays in view).
    const int height = bottom - rect.top();
    const int offset = std::clamp(visible.height() - height - line, line / 2, visible.height() / 3);
    QScrollBar* bar = m_textView->verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - offset);
    // Never leave half a line at the top edge: move up to that line's start.
    QTextCursor top = m_textView->cursorForPosition(QPoint(m_textView->columnLeft(), 1));
    if (const int cut = m_textView->cursorRect(top).top(); cut < 0) {
        bar->setValue(bar->value() + cut);
    }
}

qsizetype ReportPane::topTextPosition() const
{
    if (!m_report.isValid()) {
        return 0;
    }
    return m_map.toFull(m_textView->topPosition());
}

void ReportPane::scrollToTextPosition(qsizetype fullOffset)
{
    if (!m_report.isValid()) {
        return;
    }
    m_textView->scrollToPosition(int(m_map.toDisplay(std::clamp<qsizetype>(fullOffset, 0, m_map.fullLength()))));
}

void ReportPane::revealSelection()
{
    // Setting the cursor has scrolled the selection just into view, onto the first or last line shown: a hit stepped
    // to comes a third of the way down instead, with the lines around it, unless it is well inside the view already.
    const QTextCursor cursor = m_textView->textCursor();
    const QRect rect = m_textView->cursorRect(cursor);
    const QRect visible = m_textView->viewport()->rect();
    const int line = m_textView->fontMetrics().lineSpacing();
    if (rect.top() >= line && rect.bottom() + 2 * line <= visible.bottom()) {
        return;
    }
    QTextCursor start(cursor);
    start.setPosition(cursor.selectionStart());
    QScrollBar* bar = m_textView->verticalScrollBar();
    bar->setValue(bar->value() + m_textView->cursorRect(start).top() - visible.height() / 3);
}

} // namespace corrob::ui
