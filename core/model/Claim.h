// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/model/Anchor.h"

#include <QList>
#include <QString>

namespace corrob::model {

// What a claim is. Stored and written as the names of claimKindName() ("legal" for a legal qualification).
enum class ClaimKind
{
    Figure,
    Allegation,
    Denial,
    Legal,
    Quote,
    Other,
};

// A statement marked in a report: where it sits, what it says, who says it, how credible it is.
struct Claim
{
    ClaimId id;
    ReportId report;
    Anchor anchor;     // UTF-16 offsets into the report's working text
    QString statement; // the short normalised statement, editable
    ClaimKind kind = ClaimKind::Other;
    SourceId source;       // who makes the claim; invalid when not attributed yet
    int credibility = 0;   // 1-6 (Admiralty information credibility), 0 when not graded
    QList<TagId> tags;     // sorted by id
    bool orphaned = false; // the anchor no longer matches the working text
    QString createdAt;     // UTC ISO 8601
    QString createdBy;
    QString updatedAt;

    bool operator==(const Claim&) const = default;
};

} // namespace corrob::model
