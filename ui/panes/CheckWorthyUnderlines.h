// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/TextOffsetMap.h"

#include <QList>
#include <QString>
#include <QTextEdit>

class QPalette;

namespace corrob::ui {

// The sentences the claim finder underlines faintly in a ReportPane (full working-text spans, sorted, each with its
// tooltip: why it is worth checking). The pane owns one, clears it when another report is shown and asks it for its
// extra selections and tooltips.
class CheckWorthyUnderlines
{
public:
    static constexpr int kProperty = 0x100103; // bool QTextFormat property: the extra selection underlines a sentence

    struct Underline
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString toolTip;
    };

    void set(QList<Underline> sentences) { m_sentences = std::move(sentences); }
    void clear() { m_sentences.clear(); }
    [[nodiscard]] const QList<Underline>& sentences() const { return m_sentences; }

    // A faint dotted underline in the palette's text colour under each sentence shown (map: full to displayed
    // offsets of text); none for a sentence past the text's end or wholly hidden.
    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections(QTextDocument* text, const TextOffsetMap& map,
                                                              const QPalette& palette) const;
    // The tooltip of the sentence holding the full-text offset, or empty.
    [[nodiscard]] QString toolTipAt(qsizetype fullOffset) const;

private:
    QList<Underline> m_sentences;
};

} // namespace corrob::ui
