// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Tag.h"

#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// The case's codebook: a tree of tags, and which claims carry which tag. Writes must run inside the caller's
// transaction. Removing a tag removes its subtree and their assignments (ON DELETE CASCADE): core/case's
// DeleteTag records them first so undo can restore them.
class TagRepository
{
public:
    explicit TagRepository(Database& db) : m_db(&db) {}

    // Stores a tag. A valid tag.id is kept (restoring a removed tag); an invalid one gets a new id. Fails when a
    // sibling already has the name.
    Result<TagId> insert(const model::Tag& tag);
    // Overwrites every field of an existing tag (name, parent, colour, description, position).
    Status update(const model::Tag& tag);
    Status remove(TagId id);
    // How many claims carry the tag and tags sit under it.
    Result<qint64> uses(TagId id) const;

    Result<model::Tag> find(TagId id) const;
    // The child of parent (invalid: top level) with this name, compared case-insensitively.
    Result<std::optional<TagId>> findChild(TagId parent, const QString& name) const;
    // Every tag in tree order: parents before children, siblings by position then name.
    Result<std::vector<model::Tag>> tree() const;
    // tag and all its descendants, parents first.
    Result<std::vector<model::Tag>> subtree(TagId tag) const;
    // The position after the last child of parent.
    Result<int> nextPosition(TagId parent) const;
    Result<qint64> count() const;

    // The claims carrying a tag, by id.
    Result<std::vector<ClaimId>> claimsWith(TagId tag) const;
    // Adds or removes assignments (adding an existing one, or removing a missing one, is not an error).
    Status assign(const std::vector<ClaimId>& claims, TagId tag);
    Status unassign(const std::vector<ClaimId>& claims, TagId tag);

private:
    Database* m_db;
};

} // namespace corrob::storage
