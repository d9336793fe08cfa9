// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace corrob::ui {

// A combo box that shortens its current text with "…" when it is narrower than the text (Qt's own cuts the text
// off mid-word: German "Alle Berich"), and says the whole text in its tooltip then.
class ElidingComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget* parent = nullptr);

    // The current text as the box draws it at its present width.
    QString shownText() const;
    // The width at which the current text shows whole (its frame, arrow and icon included).
    [[nodiscard]] int wholeTextWidth() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The width the current text has to be drawn in.
    [[nodiscard]] int textRoom() const;
};

} // namespace corrob::ui
