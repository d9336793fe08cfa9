// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable steps of the Suggestions dock, over the core edits AcceptSuggestion and DismissSuggestion.
#pragma once

#include "core/case/edits/SuggestionEdits.h"
#include "ui/commands/EditCommand.h"

namespace corrob::ui {

// Accepts a suggestion: marks the passage as a claim unless it is one, and links it to the claim, as one step.
class AcceptSuggestionCommand final : public EditCommand
{
public:
    AcceptSuggestionCommand(CaseDocument& document, ClaimId claim, casefile::SuggestedPassage passage,
                            model::LinkType type);
    // The passage's claim (new or existing; valid once applied).
    [[nodiscard]] ClaimId passageClaim() const;

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override;

private:
    ClaimId m_claim;
};

// Dismisses a suggestion: remembered in the case, never proposed again for that claim.
class DismissSuggestionCommand final : public EditCommand
{
public:
    DismissSuggestionCommand(CaseDocument& document, ClaimId claim, casefile::SuggestedPassage passage);

protected:
    [[nodiscard]] std::optional<QList<ClaimId>> touchedClaims() const override { return QList<ClaimId>{}; }
};

} // namespace corrob::ui
