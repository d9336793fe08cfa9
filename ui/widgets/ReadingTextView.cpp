// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ReadingTextView.h"

#include <QEvent>
#include <QPainter>
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
}

void ReadingTextView::setReadingText(const QString& text)
{
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
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void ReadingTextView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateColumn();
    }
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
