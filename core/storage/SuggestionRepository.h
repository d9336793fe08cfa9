// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// A suggestion the investigator dismissed (dismissed_suggestions, docs/schema.md): never proposed again for the
// claim. start/end are UTF-16 code units of the report's working text; passageSha256 is the SHA-256 of the
// passage's text (schema 6; empty for rows of earlier versions), which keeps it dismissed when the offsets move.
struct DismissedSuggestion
{
    qint64 id = 0;
    ClaimId claim;
    ReportId report;
    qint64 start = 0;
    qint64 end = 0;
    std::optional<ClaimId> targetClaim; // the suggested passage was this claim
    QString passageSha256;
    QString dismissedBy;
    QString dismissedAt;
};

// The dismissed suggestions. Writes run inside the caller's transaction (DismissSuggestion's).
class SuggestionRepository
{
public:
    explicit SuggestionRepository(Database& db) : m_db(&db) {}
    // Stores a dismissal; a valid (non-zero) id is kept (redo), 0 gets a new one.
    Result<qint64> insert(const DismissedSuggestion& row);
    // Fails with NotFound when there is no such row.
    Status remove(qint64 id);
    // The dismissals of one claim, by id.
    Result<std::vector<DismissedSuggestion>> ofClaim(ClaimId claim);
    // The dismissals a deleted claim takes with it (ON DELETE CASCADE): those for it and those of it as the
    // suggested passage, by id.
    Result<std::vector<DismissedSuggestion>> involving(ClaimId claim);
    // The dismissal of this passage for this claim (same span, or same text hash in that report), if any.
    Result<std::optional<DismissedSuggestion>> find(ClaimId claim, ReportId report, qint64 start, qint64 end,
                                                    const QString& passageSha256);

private:
    Database* m_db;
};

} // namespace corrob::storage
