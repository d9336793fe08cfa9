// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ReadingTextView.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace corrob::ui {
namespace {

constexpr int kMinSideMargin = 24; // pixels between the text and the view's edges, at least
constexpr int kLineHeightPercent = 140;
constexpr int kCaretWidth = 2; // wider than an editor's: a reader has to find it in a page of text

// The keys that select in a text editor, and how each moves the selection's moving end.
struct SelectionKey
{
    QKeySequence::StandardKey key;
    QTextCursor::MoveOperation move;
};
constexpr SelectionKey kSelectionKeys[] = {
    {QKeySequence::SelectNextChar, QTextCursor::Right},
    {QKeySequence::SelectPreviousChar, QTextCursor::Left},
    {QKeySequence::SelectNextWord, QTextCursor::WordRight},
    {QKeySequence::SelectPreviousWord, QTextCursor::WordLeft},
    {QKeySequence::SelectNextLine, QTextCursor::Down},
    {QKeySequence::SelectPreviousLine, QTextCursor::Up},
    {QKeySequence::SelectStartOfLine, QTextCursor::StartOfLine},
    {QKeySequence::SelectEndOfLine, QTextCursor::EndOfLine},
    {QKeySequence::SelectStartOfBlock, QTextCursor::StartOfBlock},
    {QKeySequence::SelectEndOfBlock, QTextCursor::EndOfBlock},
    {QKeySequence::SelectStartOfDocument, QTextCursor::Start},
    {QKeySequence::SelectEndOfDocument, QTextCursor::End},
};

} // namespace

ReadingTextView::ReadingTextView(QWidget* parent) : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    QFont readingFont = font();
    readingFont.setPointSizeF(std::max(readingFont.pointSizeF() * 1.2, 11.0));
    setFont(readingFont);
    document()->setDocumentMargin(kMinSideMargin);
    updateColumn();
    // Where the reader is, whenever the view scrolls: by the reader, or by the program showing something.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_restoringTop) {
            m_top = lineAtTop();
        }
    });
}

void ReadingTextView::setCaretBrowsing(bool on)
{
    if (on == isCaretBrowsing()) {
        return;
    }
    Qt::TextInteractionFlags flags = textInteractionFlags();
    flags.setFlag(Qt::TextSelectableByKeyboard, on);
    setTextInteractionFlags(flags);
    setCursorWidth(on ? kCaretWidth : 1);
    if (on && !textCursor().hasSelection() && !viewport()->rect().contains(cursorRect().center())) {
        // The caret starts where the reader is, not where a click long scrolled away left it.
        QTextCursor cursor(document());
        cursor.setPosition(std::clamp(lineAtTop().position, 0, document()->characterCount() - 1));
        setTextCursor(cursor);
    }
}

bool ReadingTextView::isCaretBrowsing() const
{
    return textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard);
}

void ReadingTextView::keyPressEvent(QKeyEvent* event)
{
    if (!isCaretBrowsing() && extendSelection(event)) {
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

bool ReadingTextView::extendSelection(QKeyEvent* event)
{
    const bool pageDown = event->matches(QKeySequence::SelectNextPage);
    const bool pageUp = event->matches(QKeySequence::SelectPreviousPage);
    const auto key = std::find_if(std::cbegin(kSelectionKeys), std::cend(kSelectionKeys),
                                  [event](const SelectionKey& k) { return event->matches(k.key); });
    if (key == std::cend(kSelectionKeys) && !pageDown && !pageUp) {
        return false;
    }
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() && !viewport()->rect().contains(cursorRect(cursor).center())) {
        // The arrows scrolled the last click out of view: select from the first line shown instead.
        cursor.setPosition(std::clamp(lineAtTop().position, 0, document()->characterCount() - 1));
    }
    if (key != std::cend(kSelectionKeys)) {
        cursor.movePosition(key->move, QTextCursor::KeepAnchor);
    } else {
        const int step = viewport()->height() * (pageDown ? 1 : -1);
        const QTextCursor target = cursorForPosition(cursorRect(cursor).center() + QPoint(0, step));
        cursor.setPosition(target.position(), QTextCursor::KeepAnchor);
    }
    setTextCursor(cursor); // and scrolls it into view
    return true;
}

ReadingTextView::TopLine ReadingTextView::lineAtTop() const
{
    const QTextCursor top = cursorForPosition(QPoint(columnLeft(), 0));
    return {top.position(), -cursorRect(top).top()};
}

void ReadingTextView::restoreTop()
{
    const QScopedValueRollback restoring(m_restoringTop, true);
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(m_top.position, 0, document()->characterCount() - 1));
    QScrollBar* bar = verticalScrollBar();
    // Near the end of the text the scroll bar stops short: the place is still the reader's, for when the text grows
    // taller again.
    bar->setValue(bar->value() + cursorRect(cursor).top() + m_top.above);
}

void ReadingTextView::scrollToPosition(int position)
{
    m_top = {std::clamp(position, 0, document()->characterCount() - 1), 0};
    restoreTop();
}

void ReadingTextView::setReadingText(const QString& text)
{
    const QScopedValueRollback restoring(m_restoringTop, true);
    m_top = {};
    setPlainText(text);
    QTextBlockFormat paragraph;
    paragraph.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    paragraph.setBottomMargin(fontMetrics().height() * 0.8);
    // Some articles separate paragraphs with blank lines, others with single line breaks: the paragraph gap
    // does the separating, and blank lines shrink to nothing instead of doubling it.
    QTextBlockFormat blank;
    blank.setLineHeight(1, QTextBlockFormat::FixedHeight);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(block.text().trimmed().isEmpty() ? blank : paragraph);
    }
    cursor.endEditBlock();
    updateColumn();
    verticalScrollBar()->setValue(0);
}

void ReadingTextView::resizeEvent(QResizeEvent* event)
{
    {
        // The text re-wraps to the new width (and the column moves): the scroll bar's value no longer means the same
        // place, so the reader's line is put back at the top.
        const QScopedValueRollback restoring(m_restoringTop, true);
        QTextBrowser::resizeEvent(event);
        updateColumn();
    }
    restoreTop();
}

void ReadingTextView::changeEvent(QEvent* event)
{
    if (event->type() != QEvent::FontChange) {
        QTextBrowser::changeEvent(event);
        return;
    }
    {
        const QScopedValueRollback restoring(m_restoringTop, true);
        QTextBrowser::changeEvent(event);
        updateColumn();
    }
    restoreTop();
}

void ReadingTextView::updateColumn()
{
    // Lines much longer than ~80 characters are hard to follow; centre a column of that width instead of
    // stretching the text across a wide window. The margins live on the document's root frame so the whole
    // viewport still scrolls and selects; on the left and right they replace the document margin.
    const int column = fontMetrics().averageCharWidth() * kMaxLineChars;
    const int side = std::max(kMinSideMargin, (viewport()->width() - column) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == side) {
        return;
    }
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
    Q_EMIT columnIndentChanged(columnIndent());
}

int ReadingTextView::columnLeft() const
{
    return int(document()->rootFrame()->frameFormat().leftMargin()) - horizontalScrollBar()->value();
}

int ReadingTextView::columnRight() const
{
    return columnLeft() + int(document()->textWidth()) - int(document()->rootFrame()->frameFormat().leftMargin()) -
           int(document()->rootFrame()->frameFormat().rightMargin());
}

void ReadingTextView::setMarginMarks(QList<MarginMark> marks)
{
    m_marks = std::move(marks);
    viewport()->update();
}

void ReadingTextView::paintEvent(QPaintEvent* event)
{
    QTextBrowser::paintEvent(event);
    if (m_marks.isEmpty()) {
        return;
    }
    // Only the marks that can be seen: a mark is located through the layout, which is cheap but not free.
    QPainter painter(viewport());
    const int x = columnLeft() - 14;
    const int height = viewport()->height();
    QTextCursor cursor(document());
    for (const MarginMark& mark : m_marks) {
        cursor.setPosition(std::clamp(mark.start, 0, document()->characterCount() - 1));
        const QRect top = cursorRect(cursor);
        if (top.top() > height) {
            break; // marks come in document order
        }
        cursor.setPosition(std::clamp(mark.end, 0, document()->characterCount() - 1));
        const QRect bottom = cursorRect(cursor);
        if (bottom.bottom() < 0) {
            continue;
        }
        painter.fillRect(QRect(QPoint(x, top.top()), QPoint(x + 4, bottom.bottom())), mark.colour);
    }
}

int ReadingTextView::columnIndent() const
{
    return frameWidth() + int(document()->rootFrame()->frameFormat().leftMargin());
}

} // namespace corrob::ui
