// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "ui/document/TextOffsetMap.h"

#include <QColor>
#include <QString>
#include <QTextEdit>

#include <optional>

class QPalette;

namespace corrob::ui {

// The passage the Suggestions dock proposes for a claim, as a ReportPane marks it: tinted and underlined with dashes
// in the colour of the guessed link type (ReportPaneArea joins it to the claim with a dashed curve). The pane owns
// one, clears it when another report is shown and asks it for its extra selection and tooltip.
class SuggestedPassageMark
{
public:
    static constexpr int kProperty = 0x100104; // bool QTextFormat property: the extra selection marks the passage

    struct Suggestion
    {
        ClaimId claim;       // the claim it is proposed for
        qsizetype start = 0; // full working-text span
        qsizetype end = 0;
        QColor colour; // the guessed link type's
        QString toolTip;
    };

    void set(std::optional<Suggestion> suggestion) { m_suggestion = std::move(suggestion); }
    void clear() { m_suggestion.reset(); }
    [[nodiscard]] const std::optional<Suggestion>& suggestion() const { return m_suggestion; }

    // The passage's tint and dashed underline (map: full to displayed offsets of text); nullopt when there is none,
    // it runs past the text's end or it is wholly hidden.
    [[nodiscard]] std::optional<QTextEdit::ExtraSelection> selection(QTextDocument* text, const TextOffsetMap& map,
                                                                     const QPalette& palette) const;
    // The passage's tooltip when it holds the full-text offset, or empty.
    [[nodiscard]] QString toolTipAt(qsizetype fullOffset) const;

private:
    std::optional<Suggestion> m_suggestion;
};

} // namespace corrob::ui
