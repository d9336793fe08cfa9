// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QTextBrowser>

namespace corrob::ui {

// A read-only view of long plain text set for reading: a larger font, generous line spacing, a gap after each
// paragraph (blank lines collapse so texts with and without them look alike), and a text column no wider than
// about kMaxLineChars characters, centred in whatever width the view has.
class ReadingTextView : public QTextBrowser
{
    Q_OBJECT
public:
    static constexpr int kMaxLineChars = 80;

    explicit ReadingTextView(QWidget* parent = nullptr);

    // Replaces the text (shown as plain text, never interpreted as HTML) and scrolls to its start. Every character
    // stays in the document, so document positions are working-text offsets.
    void setReadingText(const QString& text);

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

private:
    void updateColumn();
    QList<MarginMark> m_marks;
};

} // namespace corrob::ui
