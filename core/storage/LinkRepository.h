// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Link.h"

#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// A link as the corroboration analysis reads it: its ends and type, without note or bookkeeping.
struct LinkEnds
{
    LinkId id;
    ClaimId from;
    ClaimId to;
    model::LinkType type = model::LinkType::Corroborates;
};

// Typed links between claims. Writes must run inside the caller's transaction. The schema refuses self-links
// and duplicates (same from, to, type); core/case's AddLink checks first to give a clearer error.
class LinkRepository
{
public:
    explicit LinkRepository(Database& db) : m_db(&db) {}

    // Stores a link. A valid link.id is kept (restoring a removed link); an invalid one gets a new id.
    Result<LinkId> insert(const model::Link& link);
    Status remove(LinkId id);
    // Rewrites a link's type, note and confidence (its ends, author and creation time never change).
    Status update(const model::Link& link);

    Result<model::Link> find(LinkId id) const;
    // The link from -> to of this type, if any.
    Result<std::optional<LinkId>> find(ClaimId from, ClaimId to, model::LinkType type) const;
    // The links from or to a claim, by id.
    Result<std::vector<model::Link>> ofClaim(ClaimId claim) const;
    // Every link, by id.
    Result<std::vector<model::Link>> all() const;
    // Every link as the analysis reads it, by id.
    Result<std::vector<LinkEnds>> allEnds() const;
    Result<qint64> count() const;

private:
    Result<std::vector<model::Link>> query(const QString& filter, qint64 param) const;
    Database* m_db;
};

} // namespace corrob::storage
