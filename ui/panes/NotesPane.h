// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace corrob::ui {

class CaseDocument;

// The Notes dock: every note of the case (on the case, a report, a claim, a link or a source), newest last;
// activating a claim note makes that claim current.
class NotesPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit NotesPane(CaseDocument& document, QWidget* parent = nullptr);

    // What the empty list says (where notes come from), drawn in its middle while it has no note.
    [[nodiscard]] QString placeholderText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    CaseDocument& m_document;
};

} // namespace corrob::ui
