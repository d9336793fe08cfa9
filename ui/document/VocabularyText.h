// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Source.h"

#include <QString>

class QComboBox;

namespace corrob::ui {

// The model's words as the window shows them, translated (context "Vocabulary"). In English they are the stored
// names themselves ("corroborates", "figure"), which the case file, the CLI and the audit log keep using.
QString claimKindText(model::ClaimKind kind);
QString sourceKindText(model::SourceKind kind);
QString linkTypeText(model::LinkType type);
QString noteTargetText(model::NoteTarget target);
QString conflictKindText(analysis::ConflictKind kind);

// Combo boxes of the model's words: each item shows the text above and holds the stored name as its data, so a
// translated window still reads and selects by name (selectName; the chosen name is currentData().toString()).
void addClaimKindItems(QComboBox& combo);
void addSourceKindItems(QComboBox& combo);
void selectName(QComboBox& combo, const QString& name);

} // namespace corrob::ui
