// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Claim.h"

#include <QString>

namespace corrob::casefile {

// The kind a claim marked on these words most likely is, from the cues the claim finder reads
// (text::findCheckWorthySentences): a denial ("denied", "rejected"), a figure (a count or an amount), a legal
// qualification ("war crimes", "unlawful"), an allegation ("accused", "documented"), else Other. A default the
// investigator changes in the Inspector; the first of those cues found in that order wins.
model::ClaimKind likelyClaimKind(const QString& quote);

} // namespace corrob::casefile
