// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace corrob::model {

// A person, organisation, place or military unit the reports mention, owned by the investigator: found by the
// extractor, then confirmed, renamed, merged, split, retyped or deleted (docs/decisions/0021-entities.md).
struct Entity
{
    EntityId id;
    QString canonical;      // the name every mention folds to
    QString type;           // "person", "organisation", "place", "unit"
    QStringList aliases;    // the other spellings, one per entity key
    bool confirmed = false; // the investigator kept it
    bool deleted = false;   // the investigator deleted it: its names are no entity any more
    SourceId source;        // the source it became, if any
    qint64 mentions = 0;    // read-only counts over the current reports: not deleted, not superseded by a new version
    qint64 reports = 0;

    bool operator==(const Entity&) const = default;
};

// One stored mention of an entity: UTF-16 offsets of the report's working text.
struct EntityMentionRow
{
    ReportId report;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    QString nameKey; // entity key of the canonical name the extractor gave
    QString textKey; // entity key of the words as written
    EntityId entity;

    bool operator==(const EntityMentionRow&) const = default;
};

// Every stored row of some entities: what an entity edit takes before and after itself, to undo and redo.
struct EntityRows
{
    std::vector<Entity> entities;
    struct Alias
    {
        EntityId entity;
        QString alias;
        QString key;
        QString origin; // "name", "found", "investigator"
        bool operator==(const Alias&) const = default;
    };
    std::vector<Alias> aliases;
    std::vector<EntityMentionRow> mentions;

    bool operator==(const EntityRows&) const = default;
};

} // namespace corrob::model
