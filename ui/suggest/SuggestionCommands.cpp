// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggest/SuggestionCommands.h"

#include "ui/document/VocabularyText.h"

namespace corrob::ui {

using Change = CaseDocument::Change;

AcceptSuggestionCommand::AcceptSuggestionCommand(CaseDocument& document, ClaimId claim,
                                                 casefile::SuggestedPassage passage, model::LinkType type)
    : EditCommand(document, std::make_unique<casefile::AcceptSuggestion>(claim, passage, type),
                  Change::Claims | Change::Links, QObject::tr("Accept suggestion (%1)").arg(linkTypeText(type))),
      m_claim(claim)
{
}

ClaimId AcceptSuggestionCommand::passageClaim() const
{
    return static_cast<const casefile::AcceptSuggestion&>(edit()).passageClaim();
}

std::optional<QList<ClaimId>> AcceptSuggestionCommand::touchedClaims() const
{
    QList<ClaimId> touched{m_claim};
    if (passageClaim().isValid()) {
        touched.append(passageClaim());
    }
    return touched;
}

DismissSuggestionCommand::DismissSuggestionCommand(CaseDocument& document, ClaimId claim,
                                                   casefile::SuggestedPassage passage)
    : EditCommand(document, std::make_unique<casefile::DismissSuggestion>(claim, passage), {},
                  QObject::tr("Dismiss suggestion"))
{
}

} // namespace corrob::ui
