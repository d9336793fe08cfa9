// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"
#include "core/model/Entity.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace corrob::storage {

class Database;

// Every stored row of some entities (core/model/Entity.h, where the entity edits see it without storage).
using EntityRows = model::EntityRows;

// Entities, their aliases (every name an entity goes by, its canonical name included, each key naming one entity)
// and their mentions cached per report (a report row is one version of a report). Writes run inside the caller's
// transaction.
class EntityRepository
{
public:
    explicit EntityRepository(Database& db) : m_db(&db) {}

    // Every entity not deleted, with its aliases and counts, by canonical key.
    Result<std::vector<model::Entity>> all() const;
    Result<model::Entity> find(EntityId id) const;
    // The entity one of whose names has this key (text::entityKey), deleted ones included.
    Result<std::optional<EntityId>> findByKey(const QString& key) const;
    // What an alias key names: the entity, whether the investigator decided it, whether the entity is deleted.
    struct AliasTarget
    {
        EntityId entity;
        bool decided = false;
        bool deleted = false;
    };
    Result<QHash<QString, AliasTarget>> aliasTable() const;

    // Stores a new entity (a valid id is kept) with its canonical name as an alias. Fails when the name's key
    // names another entity.
    Result<EntityId> insert(const model::Entity& entity, const QString& now);
    // Writes canonical, type, confirmed, deleted and source.
    Status update(const model::Entity& entity);
    // Adds an alias; origin "found" is ignored when the key is taken, others fail then.
    Status addAlias(EntityId entity, const QString& alias, const QString& key, const QString& origin);
    Status removeAlias(const QString& key);

    // The mentions of a report, in text order.
    Result<std::vector<model::EntityMentionRow>> mentionsOf(ReportId report) const;
    // Replaces a report's mentions and records that they were computed by extractor version `version`.
    Status storeMentions(ReportId report, const std::vector<model::EntityMentionRow>& rows, int version);
    // Reports not deleted whose mentions were never computed, or computed by another extractor version.
    Result<std::vector<ReportId>> reportsToScan(int version) const;
    Status pointMentions(EntityId from, EntityId to);
    Status pointMentionsWithKey(EntityId from, const QString& key, EntityId to);

    // Reports that mention every one of the entities.
    Result<std::vector<ReportId>> reportsMentioningAll(const std::vector<EntityId>& entities) const;
    // The entities mentioned in the same reports as this one, with the number of such reports, most first.
    Result<std::vector<std::pair<EntityId, qint64>>> coMentioned(EntityId entity) const;

    Result<EntityRows> rows(const std::vector<EntityId>& ids) const;
    // Deletes every row of the listed entities, then writes rows.
    Status replaceRows(const std::vector<EntityId>& ids, const EntityRows& rows);

private:
    Result<std::vector<model::Entity>> query(const QString& where, qint64 param) const;
    Database* m_db;
};

} // namespace corrob::storage
