// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ClaimKindGuess.h"

#include "core/text/CheckWorthiness.h"

namespace corrob::casefile {

model::ClaimKind likelyClaimKind(const QString& quote)
{
    text::CheckReasons reasons;
    for (const text::CheckWorthySentence& s : text::findCheckWorthySentences(quote)) {
        reasons |= s.reasons;
    }
    if (reasons.testFlag(text::CheckReason::Denial)) {
        return model::ClaimKind::Denial;
    }
    if (reasons.testFlag(text::CheckReason::Figure)) {
        return model::ClaimKind::Figure;
    }
    if (reasons.testFlag(text::CheckReason::LegalQualification)) {
        return model::ClaimKind::Legal;
    }
    if (reasons.testFlag(text::CheckReason::Allegation)) {
        return model::ClaimKind::Allegation;
    }
    return model::ClaimKind::Other;
}

} // namespace corrob::casefile
