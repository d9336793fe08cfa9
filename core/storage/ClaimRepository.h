// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"

#include <vector>

namespace corrob::storage {

class Database;

// A claim as the corroboration analysis reads it: where it stands and what it says (its statement, or its quote
// when the statement is empty), without anchor texts, tags or bookkeeping.
struct ClaimEvidence
{
    ClaimId id;
    ReportId report;
    SourceId source; // invalid when nobody is named
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// Claims with their anchors (UTF-16 offsets) and tag assignments. Writes must run inside the caller's
// transaction (with the audit entry that records them). Does not validate the domain (kinds, grades, spans):
// core/case's edits do that before writing; the schema's CHECK constraints are the last line.
class ClaimRepository
{
public:
    explicit ClaimRepository(Database& db) : m_db(&db) {}

    // Stores a claim and its tags. A valid claim.id is kept (to restore a removed claim with the same id);
    // an invalid one gets a new id. Fails when the id is taken or the report does not exist.
    Result<ClaimId> insert(const model::Claim& claim);
    // Overwrites every stored field of an existing claim and replaces its tag set. NotFound when it is gone.
    Status update(const model::Claim& claim);
    // Removes a claim; its links and tag assignments go with it (ON DELETE CASCADE). NotFound when it is gone.
    Status remove(ClaimId id);

    Result<model::Claim> find(ClaimId id) const;
    Result<bool> exists(ClaimId id) const;
    // The claims of one report ordered by anchor start (then end, then id).
    Result<std::vector<model::Claim>> ofReport(ReportId report) const;
    // Every claim, by report then anchor start.
    Result<std::vector<model::Claim>> all() const;
    // Every claim as the analysis reads it, in the order of all(): a fraction of all()'s reading (a case's analysis
    // worker reads it as the case opens).
    Result<std::vector<ClaimEvidence>> allEvidence() const;
    // The claims whose anchor could not be placed again (orphaned), by report then anchor start.
    Result<std::vector<model::Claim>> orphaned() const;
    // The claims attributed to a source, by id.
    Result<std::vector<ClaimId>> attributedTo(SourceId source) const;
    // Re-attributes the listed claims (merging or un-merging sources).
    Status setSource(const std::vector<ClaimId>& claims, SourceId source);
    Result<qint64> count() const;

private:
    Result<std::vector<model::Claim>> query(const QString& filter, qint64 param, const QString& order) const;
    Database* m_db;
};

} // namespace corrob::storage
