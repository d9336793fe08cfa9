// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"
#include "core/model/Source.h"

#include <QStringList>

namespace corrob::model {

// The words the case file, the CLI and the audit log use for the model's enumerations, and their validation.
// Every parse function accepts exactly the listed lower-case names (surrounding spaces and letter case are
// ignored) and otherwise fails with InvalidArgument naming the bad value and the allowed ones.

QString claimKindName(ClaimKind kind);
QStringList claimKindNames();
Result<ClaimKind> parseClaimKind(const QString& name);

QString sourceKindName(SourceKind kind);
QStringList sourceKindNames();
Result<SourceKind> parseSourceKind(const QString& name);

QString linkTypeName(LinkType type);
QStringList linkTypeNames();
Result<LinkType> parseLinkType(const QString& name);

QString noteTargetName(NoteTarget target);
QStringList noteTargetNames();
Result<NoteTarget> parseNoteTarget(const QString& name);

// Admiralty grades. A credibility is 1..6; a reliability is one letter A..F (any case; returned upper-case).
Status checkCredibility(int credibility);
Result<QString> parseReliability(const QString& grade);
// A link's confidence is 0..1.
Status checkConfidence(double confidence);
// A tag colour is "#rrggbb" (returned lower-case).
Result<QString> parseColour(const QString& colour);

} // namespace corrob::model
