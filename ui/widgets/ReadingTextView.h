// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QTextBrowser>

namespace corrob::ui {

// A read-only view of long plain text set for reading: a larger font, generous line spacing, a gap after each
// paragraph (blank lines collapse so texts with and without them look alike), and a text column no wider than
// about kMaxLineChars characters, centred in whatever width the view has. The line at the top stays at the top when
// the text re-wraps (the view is resized or its font changes). The keyboard selects as in a web browser: with caret
// browsing off the arrows scroll and the selection keys (Shift+arrows, Ctrl+Shift+arrows, Shift+Home/End,
// Ctrl+Shift+Home/End, Shift+Page Up/Down, Ctrl+A) select from the last click; with it on, a visible caret moves
// with the arrows as in an editor.
class ReadingTextView : public QTextBrowser
{
    Q_OBJECT
public:
    static constexpr int kMaxLineChars = 80;

    explicit ReadingTextView(QWidget* parent = nullptr);

    // Replaces the text (shown as plain text, never interpreted as HTML) and scrolls to its start. Every character
    // stays in the document, so document positions are working-text offsets.
    void setReadingText(const QString& text);

    // Caret browsing (F7 in a web browser): a visible text cursor that the arrow keys move. Turned on, the caret
    // starts where the last click put it, or at the first line shown when that is out of view.
    void setCaretBrowsing(bool on);
    [[nodiscard]] bool isCaretBrowsing() const;

    // The document position the reader is at: the start of the first line shown, as the user last scrolled to it (or
    // scrollToPosition() put it). Resizing the view or changing its font re-wraps the text; the line holding this
    // position then stays the first one shown.
    [[nodiscard]] int topPosition() const { return m_top.position; }
    // Scrolls so the line holding position (clamped to the text) is the first one shown.
    void scrollToPosition(int position);

    // Pixels from the view's left edge to where the text column starts.
    [[nodiscard]] int columnIndent() const;
    // The text column's left and right edges in viewport coordinates (following horizontal scrolling).
    [[nodiscard]] int columnLeft() const;
    [[nodiscard]] int columnRight() const;

    // A bar in the left margin beside [start, end) (document positions), e.g. one per marked claim.
    struct MarginMark
    {
        int start = 0;
        int end = 0;
        QColor colour;
    };
    void setMarginMarks(QList<MarginMark> marks);
    [[nodiscard]] const QList<MarginMark>& marginMarks() const { return m_marks; }

Q_SIGNALS:
    // The text column moved (the view was resized or its font changed); indent is columnIndent().
    void columnIndentChanged(int indent);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Where the reader is: a document position and how many pixels of its line are scrolled above the top edge.
    struct TopLine
    {
        int position = 0;
        int above = 0;
    };
    void updateColumn();
    // Selects with a selection key when caret browsing is off (Qt's read-only view would ignore it); false for
    // other keys.
    bool extendSelection(QKeyEvent* event);
    // The line at the top edge now, from the layout.
    [[nodiscard]] TopLine lineAtTop() const;
    // Scrolls so m_top is at the top again, after the layout changed under it.
    void restoreTop();

    QList<MarginMark> m_marks;
    TopLine m_top;
    bool m_restoringTop = false; // scrolling done by restoreTop() is not the reader's
};

} // namespace corrob::ui
